// Origins: which may call at all (cross-site request forgery), which get CORS headers, and the
// answer to a CORS preflight, given here without an upstream call.
import type { Endpoint } from '../endpoints/endpoint';
import { errorReply, HARDENING } from './reply';

const EXPOSED = 'Retry-After, retry-after-ms, x-request-id';

/**
 * Whether `origin` is listed: exactly, or by '*'. `null` (a sandboxed frame, a `file:` page) is an
 * origin anyone can take, so only an explicit 'null' entry lets it in, never '*'.
 */
const listed = (origin: string, allowOrigins: readonly string[]): boolean =>
  allowOrigins.includes(origin) || (origin !== 'null' && allowOrigins.includes('*'));

/**
 * Whether the caller may use the proxy at all: a request without `Origin` (not from a browser page,
 * or a same-origin GET), one from the proxy's own origin, or from a listed origin. Anything else is
 * refused before `authorize` runs, for every method: a browser attaches the victim's cookies to a
 * cross-site form POST, and the upstream call would happen even though the page never reads the
 * answer. `Sec-Fetch-Site: same-origin` (set by browsers, never by page code) also counts as the
 * proxy's own origin, for a proxy that sees an internal URL behind a reverse proxy.
 */
export function originAllowed(request: Request, url: URL, allowOrigins: readonly string[]): boolean {
  const origin = request.headers.get('origin');
  if (origin === null || origin === url.origin || listed(origin, allowOrigins)) return true;
  return request.headers.get('sec-fetch-site') === 'same-origin' && origin !== 'null';
}

/** The CORS headers for `request`: none unless its Origin is listed. */
export function corsHeaders(request: Request, allowOrigins: readonly string[]): Record<string, string> {
  const origin = request.headers.get('origin');
  return origin !== null && listed(origin, allowOrigins)
    ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSED, vary: 'Origin' }
    : {};
}

/** The answer to an OPTIONS preflight, never sent upstream: 204 for a listed origin, else 403. */
export function preflight(
  cors: Record<string, string>,
  forwarded: Pick<Endpoint<Record<string, unknown>, unknown>, 'method'>[],
): Response {
  if (!cors['access-control-allow-origin'])
    return errorReply(403, 'PermissionDeniedError', 'origin not allowed');
  return new Response(null, {
    status: 204,
    headers: {
      ...cors,
      ...HARDENING,
      'access-control-allow-methods': [...new Set(forwarded.map((e) => e.method))].join(', '),
      'access-control-allow-headers': 'authorization, content-type, x-request-id',
      'access-control-max-age': '600',
    },
  });
}
