// The one way a client method reaches the wire: its arguments checked by the endpoint entry, the
// wire request built from them, and sent through the client's fetcher with the call's own options
// over the client's. Every method, eager or loaded on first use, goes through here.
import { type Endpoint, type EndpointSettings, toCall } from './endpoints/endpoint';
import type { Reader } from './http/answer';
import type { Send, WasendLogger } from './http/fetcher';
import { type RetryBackoff, type RetryClass, retriesFor } from './http/retryPolicy';
import { check } from './schemas/check';
import { requestOptions } from './schemas/options';

/** Per-call options; each overrides the client's own. */
export interface RequestOptions {
  /** Aborts the whole call, retry waits included (→ `WasendAbortError`). */
  signal?: AbortSignal;
  /** ms per attempt; 0 = no timeout. */
  timeout?: number;
  /**
   * Retries of this call. Reads (GET) are retried by default (the client's `maxRetries`); idempotent
   * changes (settings, start/stop, delete) only when a call passes this; creates, joins, revokes,
   * leaves and participant changes never.
   */
  maxRetries?: number;
  /** Extra headers; `Authorization` and `X-Api-Key` are ignored in any spelling. */
  headers?: Record<string, string>;
}

/** A wire request as an endpoint entry or `request()` produces it. */
export interface WireRequest {
  method: string;
  path: string;
  search: string;
  body: string | undefined;
}

/** A client's own state, kept off the instance (no `#private` in the published types, nothing to inspect). */
export interface Internals {
  /** The key lives only inside the fetcher's closure and its headers, never in a property. */
  fetcher: Send;
  timeout: number;
  maxRetries: number;
  settings: EndpointSettings;
  /** What `retrieveConfig()` reports besides these, and the logger composites write to. */
  backoff: Required<RetryBackoff>;
  auth: 'bearer' | 'x-api-key';
  logger: WasendLogger | undefined;
}

/** Each client's internals, by client. */
export const internals = new WeakMap<object, Internals>();

/** The call's headers: a JSON body sets its own content type, an endpoint its own accept. */
function callHeaders(own: Record<string, string> | undefined, json: boolean, accept?: string) {
  if (!json && !accept) return own;
  const headers = new Headers(own);
  if (json) headers.set('content-type', 'application/json');
  if (accept) headers.set('accept', accept);
  return headers;
}

/** A wire request through the client's fetcher, with the call's own options over the client's. */
export function send<Result>(
  self: Internals,
  wire: WireRequest,
  retry: RetryClass,
  options: RequestOptions | undefined,
  read: Reader<Result>,
  input?: unknown,
  accept?: string,
): Promise<Result> {
  const o = options === undefined ? {} : check(requestOptions, options);
  return self.fetcher(
    {
      ...wire,
      headers: callHeaders(o.headers, wire.body !== undefined, accept),
      signal: o.signal,
      timeout: o.timeout ?? self.timeout,
      retries: retriesFor(retry, o.maxRetries, self.maxRetries),
      input,
    },
    read,
  );
}

/** One endpoint call: its arguments checked by the entry's schema (bad input throws before anything is sent). */
export function call<Input extends Record<string, unknown>, Result>(
  client: object,
  endpoint: Endpoint<Input, Result>,
  args: Record<string, unknown>,
  options: RequestOptions | undefined,
): Promise<Result> {
  const self = internals.get(client) as Internals;
  const input = check(endpoint.input, args);
  return send(
    self,
    toCall(endpoint, input, self.settings),
    endpoint.retry,
    options,
    endpoint.answer,
    input,
    endpoint.accept,
  );
}
