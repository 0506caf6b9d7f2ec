// WasendClient: its options checked once, one ofetch-based fetcher made once; each method is one
// endpoint entry sent through it.
import type { Endpoint } from './endpoints/endpoint';
import { toCall } from './endpoints/endpoint';
import { getInviteCode, getJoinInfo, joinGroup, revokeInviteCode } from './endpoints/invite';
import type { Reader } from './http/answer';
import { createFetcher, type Send, type WasendLogger } from './http/fetcher';
import { DEFAULT_BACKOFF, type RetryBackoff, type RetryClass, retriesFor } from './http/retryPolicy';
import type { FetchFunction } from './http/transport';
import { buildInviteLink } from './inviteLink';
import { check } from './schemas/check';
import type { GroupJoinInfo, JoinGroupInput, JoinGroupResult } from './schemas/invite';
import { clientOptions, DEFAULT_BASE_URL, requestOptions, request as requestSchema } from './schemas/options';

export interface WasendClientOptions {
  /** Your API key; `null` = send no Authorization header (the server at `baseUrl` is a key-holding proxy). */
  apiKey: string | null;
  /** Default https://api.wasend.dev; may carry a path prefix (https://your.app/wasend). */
  baseUrl?: string;
  /** ms per attempt (default 30 000); 0 = no timeout. */
  timeout?: number;
  /** Retries of GET requests (default 2). */
  maxRetries?: number;
  retryBackoff?: RetryBackoff;
  /** A custom fetch, always called unbound. Default: the global fetch, looked up at call time. */
  fetch?: FetchFunction;
  /** Extra headers on every request; can never replace Authorization. */
  headers?: Record<string, string>;
  /** `debug` one line per attempt, `warn` for each failure and retry; never the key. */
  logger?: WasendLogger;
}

/** Per-call options; each overrides the client's own. */
export interface RequestOptions {
  /** Aborts the whole call, retry waits included (→ `WasendAbortError`). */
  signal?: AbortSignal;
  /** ms per attempt; 0 = no timeout. */
  timeout?: number;
  /** Retries of GET requests (POST is never retried). */
  maxRetries?: number;
  /** Extra headers; `Authorization` is ignored in any spelling. */
  headers?: Record<string, string>;
}

/** The escape hatch's call: same pipeline, the path encoding is the caller's (`encodePathSegment`). */
export interface WasendRequest extends RequestOptions {
  method: string;
  /** Starts with '/', appended to `baseUrl`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON. */
  body?: unknown;
}

/** A wire request as an endpoint entry or `request()` produces it. */
interface WireRequest {
  method: string;
  path: string;
  search: string;
  body: string | undefined;
}

/**
 * A client's headers, built once: the default `accept`, the client's own headers, then the key.
 * ofetch lays each call's headers over a copy of these.
 */
function clientHeaders(key: string | null, own: Record<string, string>): Headers {
  const headers = new Headers({ accept: 'application/json, text/plain, */*' });
  for (const [name, value] of Object.entries(own)) headers.set(name, value);
  if (key !== null) headers.set('authorization', `Bearer ${key}`);
  return headers;
}

/** The call's headers for a JSON body: its own content type replaces any the caller gave. */
function jsonHeaders(own: Record<string, string> | undefined): Headers {
  const headers = new Headers(own);
  headers.set('content-type', 'application/json');
  return headers;
}

/** A client's own state, kept off the instance (no `#private` in the published types, nothing to inspect). */
interface Internals {
  /** The key lives only inside the fetcher's closure and its headers, never in a property. */
  fetcher: Send;
  timeout: number;
  maxRetries: number;
}
const internals = new WeakMap<WasendClient, Internals>();

export class WasendClient {
  /** The normalised base URL (no trailing '/'). */
  readonly baseUrl: string;

  constructor(options: WasendClientOptions) {
    const o = check(clientOptions, options ?? {});
    this.baseUrl = o.baseUrl ?? DEFAULT_BASE_URL;
    const custom = o.fetch;
    internals.set(this, {
      timeout: o.timeout ?? 30_000,
      maxRetries: o.maxRetries ?? 2,
      fetcher: createFetcher({
        baseUrl: this.baseUrl,
        key: o.apiKey,
        headers: clientHeaders(o.apiKey, o.headers ?? {}),
        backoff: { ...DEFAULT_BACKOFF, ...o.retryBackoff },
        logger: o.logger,
        // Called unbound; the global one is looked up per call (tests and polyfills swap it).
        fetch: custom ? (input, init) => custom(input, init) : (input, init) => globalThis.fetch(input, init),
      }),
    });
  }

  /** The group's current invite code (bare), whatever dialect the server answers in. */
  async getGroupInviteCode(sessionId: string, groupId: string, options?: RequestOptions): Promise<string> {
    return call(this, getInviteCode, { sessionId, groupId }, options);
  }

  /** `https://chat.whatsapp.com/<code>` for the group's current code. */
  async getGroupInviteLink(sessionId: string, groupId: string, options?: RequestOptions): Promise<string> {
    return buildInviteLink(await this.getGroupInviteCode(sessionId, groupId, options));
  }

  /** Revokes the current code and resolves to the NEW one. Never retried automatically. */
  async revokeGroupInviteCode(sessionId: string, groupId: string, options?: RequestOptions): Promise<string> {
    return call(this, revokeInviteCode, { sessionId, groupId }, options);
  }

  /** What a code or link leads to, before joining. */
  async getGroupJoinInfo(
    sessionId: string,
    codeOrLink: string,
    options?: RequestOptions,
  ): Promise<GroupJoinInfo> {
    return call(this, getJoinInfo, { sessionId, code: codeOrLink }, options);
  }

  /** Joins with a code or link (or `{ code }` / `{ inviteCode }` / `{ inviteLink }`). Never retried. */
  async joinGroup(
    sessionId: string,
    codeOrLink: JoinGroupInput,
    options?: RequestOptions,
  ): Promise<JoinGroupResult> {
    return call(this, joinGroup, { sessionId, code: codeOrLink }, options);
  }

  /** Any endpoint through the same pipeline; resolves to the parsed body as it came (empty → undefined). */
  async request(request: WasendRequest): Promise<unknown> {
    const wire = check(requestSchema, request);
    const { method: _method, path: _path, query: _query, body: _body, ...options } = request;
    return send(this, wire, wire.method === 'GET' ? 'A' : 'C', options, (answer) => answer.body);
  }
}

/** One endpoint call: its arguments checked by the entry's schema (bad input throws before anything is sent). */
function call<Input extends Record<string, unknown>, Result>(
  client: WasendClient,
  endpoint: Endpoint<Input, Result>,
  args: Record<string, unknown>,
  options: RequestOptions | undefined,
): Promise<Result> {
  return send(
    client,
    toCall(endpoint, check(endpoint.input, args)),
    endpoint.retry,
    options,
    endpoint.answer,
  );
}

/** A wire request through the client's fetcher, with the call's own options over the client's. */
function send<Result>(
  client: WasendClient,
  wire: WireRequest,
  retry: RetryClass,
  options: RequestOptions | undefined,
  read: Reader<Result>,
): Promise<Result> {
  const { fetcher, timeout, maxRetries } = internals.get(client) as Internals;
  const o = options === undefined ? {} : check(requestOptions, options);
  return fetcher(
    {
      ...wire,
      headers: wire.body === undefined ? o.headers : jsonHeaders(o.headers),
      signal: o.signal,
      timeout: o.timeout ?? timeout,
      retries: retriesFor(retry, o.maxRetries, maxRetries),
    },
    read,
  );
}
