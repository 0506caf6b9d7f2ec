// createWasendProxy: a Web-standard (Request) => Promise<Response> that lets browsers use the four
// invite endpoints (and the methods `allow` names) without ever holding the key: origin, route,
// authorize, forward.
import { Deadline } from './deadline';
import { abortable } from './http/body';
import type { FetchFunction } from './http/transport';
import { forward } from './proxy/forward';
import { corsHeaders, originAllowed, preflight } from './proxy/preflight';
import { errorReply } from './proxy/reply';
import { proxied, route } from './proxy/route';
import { check } from './schemas/check';
import { DEFAULT_BASE_URL } from './schemas/options';
import { proxyOptions } from './schemas/proxy';

export interface WasendProxyOptions {
  /** The real key, server side. */
  apiKey: string;
  /** How the key travels upstream, as the client's `auth`: `'bearer'` (default) or `'x-api-key'` (self-hosted WAHA). */
  auth?: 'bearer' | 'x-api-key';
  /**
   * Client method names forwarded besides the invite family, e.g. `['getGroups', 'getGroupParticipants']`.
   * Nothing else is ever forwarded; authorize, CORS and redaction apply to these too.
   */
  allow?: string[];
  /** Upstream, default https://api.wasend.dev. */
  baseUrl?: string;
  /** Path this proxy is mounted at ('/wasend'); default ''. */
  prefix?: string;
  /** Required: who may use your key. Anything but `true` answers 401 and nothing goes upstream. */
  authorize: (request: Request) => boolean | Promise<boolean>;
  /** ms `authorize` may take (default 10 000); past it the proxy answers 503 and sends nothing. */
  authorizeTimeout?: number;
  /**
   * Origins allowed to call from another origin (CORS), such as 'https://app.example.com'; '*'
   * allows any but `null`. A request from any other origin is refused (403). Default: none.
   */
  allowOrigins?: string[];
  /** A custom fetch for the upstream call, called unbound. Default: the global fetch. */
  fetch?: FetchFunction;
  /** ms for the upstream answer, body included (default 30 000; 0 = none). */
  timeout?: number;
}

export type WasendProxy = (request: Request) => Promise<Response>;

/** The proxy's own error answer, `{ error: { type, message } }`: for an app that answers in the same shape. */
export { errorReply } from './proxy/reply';

export function createWasendProxy(options: WasendProxyOptions): WasendProxy {
  const o = check(proxyOptions, options);
  const { authorize, allowOrigins = [], prefix = '', authorizeTimeout = 10_000 } = o;
  const forwarded = proxied(o.allow ?? []);
  const upstream = {
    key: o.apiKey,
    auth: o.auth ?? 'bearer',
    base: o.baseUrl ?? DEFAULT_BASE_URL,
    fetch: o.fetch,
    timeout: o.timeout ?? 30_000,
  };

  return async (request) => {
    const url = new URL(request.url);
    const cors = corsHeaders(request, allowOrigins);
    if (request.method === 'OPTIONS') return preflight(cors, forwarded);
    // Before anything else, for every method: a cross-site page must not reach authorize (it may
    // trust the victim's cookies) nor the upstream.
    if (!originAllowed(request, url, allowOrigins))
      return errorReply(403, 'PermissionDeniedError', 'origin not allowed', cors);

    const target = route(request.method, url, prefix, forwarded);
    if (!('path' in target))
      return errorReply(
        target.status,
        target.status === 404 ? 'NotFoundError' : 'BadRequestError',
        target.message,
        cors,
      );

    const verdict = await decide(authorize, request, authorizeTimeout);
    if (verdict === 'failed') return errorReply(500, 'Error', 'authorize failed', cors);
    if (verdict === 'timeout') return errorReply(503, 'Error', 'authorize did not answer in time', cors);
    if (verdict !== true)
      return errorReply(401, 'AuthenticationError', 'not authorized to use this proxy', cors);
    // The caller may have gone while authorize ran: then nothing is sent.
    if (request.signal?.aborted) return errorReply(499, 'WasendAbortError', 'the caller aborted', cors);

    return forward(request, upstream.base + target.path, upstream, cors);
  };
}

/**
 * `authorize`'s answer (only `true` lets the request through), 'failed' when it throws, or
 * 'timeout' when it takes longer than `timeoutMs` (0 = no limit).
 */
async function decide(
  authorize: (request: Request) => boolean | Promise<boolean>,
  request: Request,
  timeoutMs: number,
): Promise<boolean | 'failed' | 'timeout'> {
  // No caller signal here: a caller that goes while authorize runs is answered 499 after it.
  const deadline = new Deadline(undefined, timeoutMs);
  try {
    return (
      (await abortable(
        Promise.resolve().then(() => authorize(request)),
        deadline,
      )) === true
    );
  } catch {
    return deadline.timedOut ? 'timeout' : 'failed';
  } finally {
    deadline.dispose();
  }
}
