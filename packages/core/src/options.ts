// Option checks shared by the client and the proxy: each failure is a WasendArgumentError.
import { WasendArgumentError } from './errors';
import type { RequestOptions } from './http/request';

export const DEFAULT_BASE_URL = 'https://api.wasend.dev';

// `RequestInfo` spelled out: it is DOM-only, and a Node project (lib ES20xx + @types/node) has no such
// global, so the published .d.ts would not compile there.
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export const fail = (message: string): never => {
  throw new WasendArgumentError(message);
};

/** `undefined` passes (the default applies); else a finite number >= 0, an integer where asked. */
export function checkCount(name: string, value: unknown, integer = false): void {
  if (value === undefined) return;
  const ok =
    typeof value === 'number' && (integer ? Number.isInteger(value) : Number.isFinite(value)) && value >= 0;
  if (!ok) fail(`${name} must be ${integer ? 'an integer' : 'a finite number'} >= 0`);
}

// Anything but tab, space and visible ASCII (RFC 9110 asks senders for US-ASCII values).
const BAD_HEADER_VALUE = /[^\t\x20-\x7e]/;

/** A copy of a header record, checked now (bad names or values) rather than mid-request. */
export function checkHeaders(name: string, value: unknown): Record<string, string> {
  if (value === undefined) return {};
  try {
    if (typeof value !== 'object' || value === null) throw 0;
    // Header values are byte strings, and runtimes disagree past ASCII: above U+00FF most throw
    // while workerd sends UTF-8; U+0080–U+00FF go as Latin-1 bytes, except in workerd (UTF-8 again);
    // a control character such as DEL passes `Headers`, then Node and Chromium fail the fetch and
    // workerd sends it (the server answers 400). Checked first, so every runtime fails the same way
    // (and workerd's `Headers` never logs its non-ASCII warning).
    if (Object.values(value).some((v) => typeof v !== 'string' || BAD_HEADER_VALUE.test(v))) throw 0;
    new Headers(value as Record<string, string>);
    return { ...(value as Record<string, string>) };
  } catch {
    return fail(`${name} must be an object of valid header names and string values`);
  }
}

export function checkRequestOptions(options: RequestOptions): void {
  checkCount('timeout', options.timeout);
  checkCount('maxRetries', options.maxRetries, true);
  checkHeaders('headers', options.headers);
  if (options.signal !== undefined && typeof options.signal?.addEventListener !== 'function') {
    fail('signal must be an AbortSignal');
  }
}

/**
 * The key, outer whitespace trimmed (a pasted secret often ends in a newline); `null` = no key.
 * Messages never include the key itself.
 */
export function checkKey(apiKey: unknown): string | null {
  if (apiKey === null) return null;
  if (apiKey === undefined)
    fail('apiKey is required: pass your Wasend API key, or pass null to call a key-holding proxy');
  if (typeof apiKey !== 'string') return fail('apiKey must be a string or null');
  const key = apiKey.trim();
  if (!key) fail('apiKey is empty');
  // A key travels in a header: only visible ASCII can (whitespace, C0/C1 controls and non-Latin-1
  // characters would otherwise surface later as a bare TypeError from Headers).
  if (!/^[\x21-\x7e]+$/.test(key)) fail('apiKey contains whitespace, control or non-ASCII characters');
  return key;
}

/** An absolute http(s) URL, possibly with a path prefix, returned without trailing '/'. */
export function checkBaseUrl(baseUrl: unknown): string {
  if (baseUrl === undefined) return DEFAULT_BASE_URL;
  let url: URL | undefined;
  try {
    url = new URL(String(baseUrl));
  } catch {
    // reported below
  }
  if (typeof baseUrl !== 'string' || !url || !/^https?:$/.test(url.protocol)) {
    return fail('baseUrl must be an absolute http(s) URL');
  }
  if (url.search || url.hash || url.username || url.password) {
    fail('baseUrl must not carry a query, fragment or credentials');
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}
