// The proxy's own answers, and the headers every answer of the proxy carries.

/**
 * On every answer: an invite code must never sit in a shared cache or a CDN, and a browser must
 * never sniff a passed-back body into something it renders.
 */
export const HARDENING = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/**
 * `{ error: { type, message } }` with the request's CORS headers. Not `HeadersInit`: that name is
 * DOM-only, and core must compile without the DOM lib (Node + @types/node).
 */
export const errorReply = (
  status: number,
  type: string,
  message: string,
  headers?: Record<string, string>,
): Response => Response.json({ error: { type, message } }, { status, headers: { ...headers, ...HARDENING } });
