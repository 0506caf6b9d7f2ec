// Path segments: what may travel as one, and its percent-encoding.
import { WasendArgumentError } from './errors';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `text` can be percent-encoded: it holds no lone UTF-16 surrogate. */
export const encodable = (text: string): boolean => !LONE_SURROGATE.test(text);

/**
 * Whether `value` can travel as one path segment: a string that is not '', '.' or '..' (URL parsers
 * collapse those even when encoded) and that can be encoded. What `encodePathSegment` and the id
 * schemas both check.
 */
export const isPathSegment = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && value !== '.' && value !== '..' && encodable(value);

// What no session, group, chat or message id holds, and what a decoding hop (a reverse proxy or
// gateway that decodes paths) would turn into path or query syntax: `/`, `\`, `?`, `#`, `;`, `%`
// and control characters (C0, DEL, C1).
const NOT_IN_IDS = /[/\\?#;%\p{Cc}]/u;

/**
 * Whether `value` is an id that can travel as one path segment and stays one segment even after a
 * decoding hop: `isPathSegment`, and none of the characters above (docs/contract.md, "Every request").
 */
export const isIdSegment = (value: unknown): value is string =>
  isPathSegment(value) && !NOT_IN_IDS.test(value);

/**
 * Percent-encodes one path segment, so a `/`, `?`, `#` or `..` inside an id never changes which
 * endpoint is hit. Rejects what cannot travel safely: non-strings, '', '.' and '..' and lone UTF-16
 * surrogates (not encodable).
 */
export function encodePathSegment(value: string): string {
  if (!isPathSegment(value))
    throw new WasendArgumentError(
      "path segment must be a string other than '', '.' or '..', without a lone surrogate",
    );
  return encodeURIComponent(value);
}
