// createWasendProxy: a Web-standard (Request) => Promise<Response> that lets browsers use the four
// invite endpoints without ever holding the key: preflight, route, authorize, forward.
import type { FetchFunction } from './http/transport';
import { forward } from './proxy/forward';
import { corsHeaders, preflight } from './proxy/preflight';
import { errorReply } from './proxy/reply';
import { route } from './proxy/route';
import { check } from './schemas/check';
import { DEFAULT_BASE_URL } from './schemas/options';
import { proxyOptions } from './schemas/proxy';

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

export function createWasendProxy(options: WasendProxyOptions): WasendProxy {
  const o = check(proxyOptions, options);
  const { authorize, allowOrigins = [], prefix = '' } = o;
  const upstream = {
    key: o.apiKey,
    base: o.baseUrl ?? DEFAULT_BASE_URL,
    fetch: o.fetch,
    timeout: o.timeout ?? 30_000,
  };

  return async (request) => {
    const cors = corsHeaders(request, allowOrigins);
    if (request.method === 'OPTIONS') return preflight(cors);

    const url = new URL(request.url);
    const target = route(request, url, prefix);
    if (target === 'not-found')
      return errorReply(404, 'NotFoundError', 'not a proxied Wasend endpoint', cors);
    if (target === 'bad-segment') return errorReply(400, 'BadRequestError', 'malformed path segment', cors);

    let authorized = false;
    try {
      authorized = (await authorize(request)) === true;
    } catch {
      return errorReply(500, 'Error', 'authorize failed', cors);
    }
    if (!authorized) return errorReply(401, 'AuthenticationError', 'not authorized to use this proxy', cors);

    return forward(request, upstream.base + target.path + url.search, upstream, cors);
  };
}
