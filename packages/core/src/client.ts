// WasendClient: validates options once, then each method is one endpoint call through `send`.
import {
  type Endpoint,
  type GroupJoinInfo,
  getInviteCode,
  getJoinInfo,
  type JoinGroupInput,
  type JoinGroupResult,
  joinGroup,
  revokeInviteCode,
} from './endpoints/invite';
import {
  clientHeaders,
  type PipelineConfig,
  type RequestOptions,
  send,
  type WasendLogger,
} from './http/request';
import { DEFAULT_BACKOFF, type RetryBackoff } from './http/retryPolicy';
import { buildInviteLink } from './inviteLink';
import {
  checkBaseUrl,
  checkCount,
  checkHeaders,
  checkKey,
  checkRequestOptions,
  type FetchFunction,
  fail,
} from './options';

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

/** The escape hatch's call: same pipeline, the path encoding is the caller's (`encodePathSegment`). */
export interface WasendRequest extends RequestOptions {
  method: string;
  /** Starts with '/', appended to `baseUrl`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON. */
  body?: unknown;
}

const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

const encodable = (text: string): boolean => {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

/** Whether `JSON.stringify` (what `send` does with a body) succeeds: BigInt, cycles or a throwing toJSON fail. */
const serializable = (body: unknown): boolean => {
  try {
    JSON.stringify(body);
    return true;
  } catch {
    return false;
  }
};

export class WasendClient {
  /** The normalised base URL (no trailing '/'). */
  readonly baseUrl: string;
  // Private: the key never shows in util.inspect, JSON.stringify or an enumerable property.
  readonly #config: PipelineConfig;

  constructor(options: WasendClientOptions) {
    const o = (options ?? {}) as Partial<WasendClientOptions>;
    const key = checkKey(o.apiKey);
    this.baseUrl = checkBaseUrl(o.baseUrl);
    checkCount('timeout', o.timeout);
    checkCount('maxRetries', o.maxRetries, true);
    if (o.retryBackoff !== undefined && (typeof o.retryBackoff !== 'object' || o.retryBackoff === null)) {
      fail('retryBackoff must be an object { initialMs?, maxMs? }');
    }
    const backoff = { ...DEFAULT_BACKOFF, ...o.retryBackoff };
    checkCount('retryBackoff.initialMs', backoff.initialMs);
    checkCount('retryBackoff.maxMs', backoff.maxMs);
    const custom = o.fetch;
    if (custom !== undefined && typeof custom !== 'function') fail('fetch must be a function');
    if (o.logger !== undefined && (typeof o.logger !== 'object' || o.logger === null))
      fail('logger must be an object');
    // Called unbound; the global one is looked up per call (tests and polyfills swap it).
    const fetch: FetchFunction = custom
      ? (input, init) => custom(input, init)
      : (input, init) => globalThis.fetch(input, init);
    this.#config = {
      baseUrl: this.baseUrl,
      key,
      timeout: o.timeout ?? 30_000,
      maxRetries: o.maxRetries ?? 2,
      backoff,
      headers: clientHeaders(key, checkHeaders('headers', o.headers)),
      logger: o.logger,
      fetch,
    };
  }

  /** The group's current invite code (bare), whatever dialect the server answers in. */
  async getGroupInviteCode(sessionId: string, groupId: string, options?: RequestOptions): Promise<string> {
    return this.#call(getInviteCode, [sessionId, groupId], options);
  }

  /** `https://chat.whatsapp.com/<code>` for the group's current code. */
  async getGroupInviteLink(sessionId: string, groupId: string, options?: RequestOptions): Promise<string> {
    return buildInviteLink(await this.getGroupInviteCode(sessionId, groupId, options));
  }

  /** Revokes the current code and resolves to the NEW one. Never retried automatically. */
  async revokeGroupInviteCode(sessionId: string, groupId: string, options?: RequestOptions): Promise<string> {
    return this.#call(revokeInviteCode, [sessionId, groupId], options);
  }

  /** What a code or link leads to, before joining. */
  async getGroupJoinInfo(
    sessionId: string,
    codeOrLink: string,
    options?: RequestOptions,
  ): Promise<GroupJoinInfo> {
    return this.#call(getJoinInfo, [sessionId, codeOrLink], options);
  }

  /** Joins with a code or link (or `{ code }` / `{ inviteCode }` / `{ inviteLink }`). Never retried. */
  async joinGroup(
    sessionId: string,
    codeOrLink: JoinGroupInput,
    options?: RequestOptions,
  ): Promise<JoinGroupResult> {
    return this.#call(joinGroup, [sessionId, codeOrLink], options);
  }

  /** Any endpoint through the same pipeline; resolves to the parsed body as it came (empty → undefined). */
  async request(request: WasendRequest): Promise<unknown> {
    if (typeof request !== 'object' || request === null) fail('request expects { method, path, … }');
    const { method, path, query, body, ...options } = request;
    if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) fail('method must be an HTTP method name');
    const verb = method.toUpperCase();
    // fetch refuses these with a TypeError, which would surface as a (retried) connection error.
    if (FORBIDDEN_METHODS.has(verb)) fail(`method ${verb} cannot be sent by fetch`);
    if (typeof path !== 'string' || !path.startsWith('/')) fail("path must be a string starting with '/'");
    const search: Record<string, string> = {};
    for (const [name, value] of Object.entries(query ?? {}))
      if (value !== undefined) search[name] = String(value);
    // A lone surrogate would reach the wire as U+FFFD, silently: refused like in a path segment.
    if (![path, ...Object.keys(search), ...Object.values(search)].every(encodable))
      fail('path and query must not hold a lone surrogate');
    if (body !== undefined && (verb === 'GET' || verb === 'HEAD'))
      fail(`a ${verb} request cannot carry a body`);
    if (!serializable(body)) fail('body must be JSON-serializable (no BigInt, no cycles)');
    checkRequestOptions(options);
    const call = { method: verb, path, body, ...(query ? { query: search } : {}) };
    return send(this.#config, call, options, (answer) => answer.body);
  }

  // async: bad input (thrown by `build`) becomes a rejected promise, never a synchronous throw.
  async #call<Args extends unknown[], Result>(
    endpoint: Endpoint<Args, Result>,
    args: Args,
    options: RequestOptions | undefined,
  ): Promise<Result> {
    const call = { method: endpoint.method, ...endpoint.build(...args) };
    checkRequestOptions(options ?? {});
    return send(this.#config, call, options ?? {}, endpoint.read);
  }
}
