import { errorJson, type Handler } from 'demo-kit';

// Only the loopback names the server listens on: a page on another host name that resolves to
// 127.0.0.1 (DNS rebinding) would otherwise look same-origin to itself.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Refuses requests whose Host is not a loopback name (Deno.serve builds request.url from Host). */
export function loopbackOnly(handler: Handler): Handler {
  return (request) => {
    const { hostname } = new URL(request.url);
    if (!LOOPBACK_HOSTS.has(hostname)) {
      return Promise.resolve(errorJson(403, 'Forbidden', `unexpected Host '${hostname}'`));
    }
    return handler(request);
  };
}
