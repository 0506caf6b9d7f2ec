// createWasendProxy: a Web-standard (Request) => Promise<Response> that lets browsers use the four
// invite endpoints without ever holding the key. Reuses core's path checks, bounded reading, redaction.
import { redact } from './errors';
import { abortable, readBounded } from './http/body';
import { MAX_TIMER_MS } from './http/retryPolicy';
import { checkBaseUrl, checkCount, checkKey, type FetchFunction, fail } from './options';
import { encodePathSegment } from './path';

export interface WasendProxyOptions {
  /** The real key, server side. */
  apiKey: string;
  /** Upstream, default https://api.wasend.dev. */
  baseUrl?: string;
  /** Path this proxy is mounted at ('/wasend'); default ''. */
  prefix?: string;
  /** Required: who may use your key. Anything but `true` answers 401 and nothing goes upstream. */
  authorize: (request: Request) => boolean | Promise<boolean>;
  /** Origins allowed to call cross-origin (CORS); '*' allows any. Default: none. */
  allowOrigins?: string[];
  /** A custom fetch for the upstream call, called unbound. Default: the global fetch. */
  fetch?: FetchFunction;
  /** ms for the upstream answer, body included (default 30 000; 0 = none). */
  timeout?: number;
}

export type WasendProxy = (request: Request) => Promise<Response>;

// The forwarded endpoints, by method, matched against the raw (still encoded) path after the prefix.
const ROUTES: [method: string, path: RegExp][] = [
  ['GET', /^\/([^/]+)\/groups\/([^/]+)\/invite-code$/],
  ['POST', /^\/([^/]+)\/groups\/([^/]+)\/invite-code\/revoke$/],
  ['GET', /^\/([^/]+)\/groups\/join-info$/],
  ['POST', /^\/([^/]+)\/groups\/join$/],
];
/** Request headers worth forwarding; everything else (Authorization, cookies, hop-by-hop) stays here. */
const FORWARDED = ['accept', 'accept-language', 'content-type', 'user-agent', 'x-request-id'];
/** Answer headers passed back to the caller. */
const PASSED_BACK = ['content-type', 'retry-after', 'retry-after-ms', 'x-request-id'];
const EXPOSED = 'Retry-After, retry-after-ms, x-request-id';
const NULL_BODY = new Set([101, 204, 205, 304]);

// Not `HeadersInit`: that name is DOM-only, and core must compile without the DOM lib (Node + @types/node).
const json = (status: number, type: string, message: string, headers?: Record<string, string>): Response =>
  Response.json({ error: { type, message } }, { status, headers });

export function createWasendProxy(options: WasendProxyOptions): WasendProxy {
  const { apiKey, authorize, allowOrigins = [], fetch: custom, timeout = 30_000 } = options ?? {};
  if (typeof authorize !== 'function')
    fail('createWasendProxy needs authorize(request): who may use your key');
  const key = checkKey(apiKey) ?? fail('createWasendProxy needs the real apiKey');
  const base = checkBaseUrl(options.baseUrl);
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  if (prefix && !prefix.startsWith('/')) fail("prefix must start with '/'");
  checkCount('timeout', timeout);

  return async (request) => {
    const url = new URL(request.url);
    const origin = request.headers.get('origin');
    const allowed = origin !== null && (allowOrigins.includes(origin) || allowOrigins.includes('*'));
    const cors: Record<string, string> = allowed
      ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': EXPOSED, vary: 'Origin' }
      : {};

    // Preflights are answered here, never upstream.
    if (request.method === 'OPTIONS') {
      if (!allowed) return json(403, 'PermissionDeniedError', 'origin not allowed');
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

    const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : undefined;
    const match =
      path === undefined ? undefined : ROUTES.find(([m, p]) => m === request.method && p.test(path));
    if (!match || path === undefined)
      return json(404, 'NotFoundError', 'not a proxied Wasend endpoint', cors);
    try {
      // Each id must be one the client itself could have sent (decodable, not '', '.', '..').
      for (const segment of match[1].exec(path)?.slice(1) ?? [])
        encodePathSegment(decodeURIComponent(segment));
    } catch {
      return json(400, 'BadRequestError', 'malformed path segment', cors);
    }

    let authorized = false;
    try {
      authorized = (await authorize(request)) === true;
    } catch {
      return json(500, 'Error', 'authorize failed', cors);
    }
    if (!authorized) return json(401, 'AuthenticationError', 'not authorized to use this proxy', cors);

    const headers = new Headers();
    for (const name of FORWARDED) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    headers.set('authorization', `Bearer ${key}`);

    const controller = new AbortController();
    const abort = () => controller.abort();
    request.signal?.addEventListener('abort', abort);
    // Clamped: a longer timer would overflow and fire at once (see MAX_TIMER_MS).
    const timer = timeout > 0 ? setTimeout(abort, Math.min(timeout, MAX_TIMER_MS)) : undefined;
    try {
      let body: string | undefined;
      if (request.method === 'POST') {
        const read = await readBounded(request, controller.signal);
        if (read.overflow) return json(413, 'BadRequestError', 'request body larger than 1 MiB', cors);
        body = read.text || undefined;
      }
      const doFetch = custom ?? globalThis.fetch;
      const target = base + path + url.search;
      const answer = await abortable(
        doFetch(target, {
          method: request.method,
          headers,
          body,
          redirect: 'manual',
          signal: controller.signal,
        }),
        controller.signal,
      );
      if (answer.type === 'opaqueredirect' || (answer.status >= 300 && answer.status < 400)) {
        answer.body?.cancel().catch(() => {});
        return json(502, 'WasendConnectionError', 'upstream redirect refused', cors);
      }
      const read = await readBounded(answer, controller.signal);
      if (read.overflow) return json(502, 'WasendResponseError', 'upstream answer larger than 1 MiB', cors);
      const out = new Headers(cors);
      for (const name of PASSED_BACK) {
        const value = answer.headers.get(name);
        if (value !== null) out.set(name, redact(value, key));
      }
      const text = NULL_BODY.has(answer.status) ? null : redact(read.text, key);
      return new Response(text, { status: answer.status, headers: out });
    } catch {
      // Never echo the upstream error: it may name the URL or, from a custom fetch, anything.
      return controller.signal.aborted && !request.signal?.aborted
        ? json(504, 'WasendTimeoutError', 'upstream did not answer in time', cors)
        : json(502, 'WasendConnectionError', 'upstream unreachable', cors);
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', abort);
    }
  };
}
