// CORS: which origins may call, the headers their answers carry, and preflights answered here.
import { errorReply } from './reply';

const EXPOSED = 'Retry-After, retry-after-ms, x-request-id';

/** The CORS headers for `request`: none unless its Origin is allowed ('*' allows any). */
export function corsHeaders(request: Request, allowOrigins: string[]): Record<string, string> {
  const origin = request.headers.get('origin');
  const allowed = origin !== null && (allowOrigins.includes(origin) || allowOrigins.includes('*'));
  return allowed
    ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSED, vary: 'Origin' }
    : {};
}

/** The answer to an OPTIONS preflight, never sent upstream: 204 for an allowed origin, else 403. */
export function preflight(cors: Record<string, string>): Response {
  if (!cors['access-control-allow-origin'])
    return errorReply(403, 'PermissionDeniedError', 'origin not allowed');
  return new Response(null, {
    status: 204,
    headers: {
      ...cors,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'authorization, content-type, x-request-id',
      'access-control-max-age': '600',
    },
  });
}
