/** On every answer, so browser tests can reach the mock across origins and read retry hints. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, x-request-id, user-agent, *',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-expose-headers': 'retry-after, retry-after-ms, x-request-id',
};

export function isPreflight(request: Request): boolean {
  return request.method === 'OPTIONS';
}
