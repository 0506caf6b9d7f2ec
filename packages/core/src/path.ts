// Path segments: what may travel as one, and its percent-encoding.
import { WasendArgumentError } from './errors';

/** Whether `text` can be percent-encoded (a lone UTF-16 surrogate cannot). */
export const encodable = (text: string): boolean => {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Percent-encodes one path segment, so a `/`, `?`, `#` or `..` inside an id never changes which
 * endpoint is hit. Rejects what cannot travel safely: non-strings, '', '.' and '..' (URL parsers
 * collapse them even when encoded) and lone UTF-16 surrogates (not encodable).
 */
export function encodePathSegment(value: string): string {
  if (typeof value !== 'string')
    throw new WasendArgumentError(`path segment must be a string, got ${typeof value}`);
  if (value === '' || value === '.' || value === '..') {
    throw new WasendArgumentError(`path segment must not be ${JSON.stringify(value)}`);
  }
  try {
    return encodeURIComponent(value);
  } catch {
    throw new WasendArgumentError('path segment contains a lone surrogate and cannot be encoded');
  }
}
