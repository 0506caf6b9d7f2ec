// The client's one ofetch instance and its hooks: the attempt policy, in the order ofetch runs it.
// ofetch merges options, joins the base URL, runs the attempts and re-sends; the hooks decide.
import { createFetch, type FetchContext } from 'ofetch';
import { sleep } from '../deadline';
import {
  createAPIError,
  isWasendError,
  WasendAbortError,
  WasendConnectionError,
  type WasendError,
} from '../errors';
import type { Reader } from './answer';
import { isRecord } from './body';
import { RETRIED_STATUSES, type RetryBackoff, retryDelay } from './retryPolicy';
import { type AttemptSettings, createTransport, type FetchFunction } from './transport';

export interface WasendLogger {
  debug?(message: string, meta?: Record<string, unknown>): void;
  warn?(message: string, meta?: Record<string, unknown>): void;
}

/** What the client hands the fetcher, once, in its constructor. */
export interface FetcherConfig {
  baseUrl: string;
  key: string | null;
  /** Every request's headers, complete: the key, `accept` and the client's own headers. */
  headers: Headers;
  backoff: RetryBackoff;
  logger: WasendLogger | undefined;
  fetch: FetchFunction;
}

/** One call, ready to go: the path is encoded, the query and body are final. */
export interface Call {
  method: string;
  /** Already encoded, starts with '/'. */
  path: string;
  /** The query string as sent, '?' included; '' for none. */
  search: string;
  /** A JSON text; sent with `content-type: application/json`. */
  body?: string;
  /** The call's own headers (Authorization already dropped), laid over the client's. */
  headers?: Record<string, string> | Headers;
  signal?: AbortSignal;
  /** ms per attempt; 0 = none. */
  timeout: number;
  /** Retries left to this call (0 = one attempt). */
  retries: number;
  /** The call's checked input, handed to the reader with the answer. */
  input?: unknown;
}

/** Per-call state, carried by ofetch from attempt to attempt in its options (`wasend`). */
interface CallState extends AttemptSettings {
  read: Reader<unknown>;
  input: unknown;
  /** `GET /path`: what log lines name (never the query, which may hold a code). */
  line: string;
  meta: { method: string; path: string };
  retries: number;
  attempt: number;
  started: number;
}

/** The call's state, and the retries ofetch still has for it, from a hook's context. */
const stateOf = (context: FetchContext) =>
  context.options as unknown as { wasend: CallState; retry?: number | false };

export type Send = <Result>(call: Call, read: Reader<Result>) => Promise<Result>;

export function createFetcher(config: FetcherConfig): Send {
  const { logger } = config;
  /** One log line about `state`'s attempt: `<METHOD> <path> <text>`, with its meta and `extra`. */
  const log = (level: 'debug' | 'warn', state: CallState, text: string, extra: Record<string, unknown>) => {
    try {
      logger?.[level]?.(`${state.line} ${text}`, { ...state.meta, ...extra, attempt: state.attempt });
    } catch {
      // a failing logger never fails the call
    }
  };

  /** The attempt's debug line, with how long it took. */
  const debug = (state: CallState, outcome: string | number, extra: Record<string, unknown>) => {
    const ms = Date.now() - state.started;
    log('debug', state, `${outcome} ${ms}ms`, { ...extra, ms });
  };

  /** Ends the call with `error`: its warn line, then the throw ofetch passes on as it is. */
  const end = (state: CallState, error: unknown): never => {
    const { name, message } = error as Error;
    log('warn', state, `failed: ${message}`, { error: name });
    throw error;
  };

  /**
   * After a failed attempt: wait and return (ofetch then sends the next attempt), or end the call.
   * It returns only when ofetch will retry too: retries are left, and for an answer, its status is
   * one of RETRIED_STATUSES, the list ofetch is given (a failure without an answer counts as 500).
   */
  const retryOrEnd = async (state: CallState, error: WasendError, left: number): Promise<void> => {
    const delay = left > 0 ? retryDelay(error, state.attempt, config.backoff) : undefined;
    if (delay === undefined) end(state, error);
    log('warn', state, `failed: ${error.message}; retry ${state.attempt}/${state.retries} in ${delay}ms`, {
      error: error.name,
      delayMs: delay,
    });
    await sleep(delay as number, state.signal);
  };

  const $fetch = createFetch({ fetch: createTransport(config.fetch, config.key) as typeof fetch }).create({
    baseURL: config.baseUrl,
    headers: config.headers,
    retryStatusCodes: RETRIED_STATUSES,
    retryDelay: 0,
    // The transport has read the body already: ofetch must neither read nor sniff it.
    responseType: 'stream',

    onRequest(context) {
      const state = stateOf(context).wasend;
      if (state.signal?.aborted) throw new WasendAbortError('the request was aborted');
      state.attempt++;
      state.started = Date.now();
    },

    onResponse(context) {
      const state = stateOf(context).wasend;
      const answer = state.answer as NonNullable<CallState['answer']>;
      const { status } = answer;
      if (logger) debug(state, status, { status });
      if (status >= 200 && status < 300) {
        // `success: false` is a refusal whatever the status says.
        if (isRecord(answer.body) && answer.body.success === false)
          end(state, createAPIError(status, answer.safeBody, answer.headers));
        try {
          (context.response as { _data?: unknown })._data = state.read(answer, state.input);
        } catch (error) {
          end(state, error);
        }
      } else if (status < 400 || status >= 600) {
        // ofetch sends only 4xx and 5xx to onResponseError; any other status is no success either.
        end(state, createAPIError(status, answer.body, answer.headers));
      }
    },

    onResponseError(context) {
      const { wasend: state, retry } = stateOf(context);
      const answer = state.answer as NonNullable<CallState['answer']>;
      return retryOrEnd(state, createAPIError(answer.status, answer.body, answer.headers), retry || 0);
    },

    onRequestError(context) {
      const { wasend: state, retry } = stateOf(context);
      const { error } = context;
      // Every attempt gets its debug line, also one that ended without an answer (network, abort, > 1 MiB).
      debug(state, error?.name, { error: error?.name });
      // Not retried: an abort or an unusable 2xx (> 1 MiB).
      if (!(error instanceof WasendConnectionError)) end(state, error);
      return retryOrEnd(state, error as WasendConnectionError, retry || 0);
    },
  });

  return async <Result>(call: Call, read: Reader<Result>): Promise<Result> => {
    const { path } = call;
    const state: CallState = {
      signal: call.signal,
      timeout: call.timeout,
      read,
      input: call.input,
      line: `${call.method} ${path}`,
      meta: { method: call.method, path },
      retries: call.retries,
      attempt: 0,
      started: 0,
    };
    // ofetch joins `path` to its baseURL with ufo's joinURL, which drops a lone '/': that one goes
    // absolute (ofetch leaves a URL already under its baseURL as it is).
    const target = path + call.search === '/' ? `${config.baseUrl}/` : path + call.search;
    try {
      return (await $fetch(target, {
        method: call.method,
        headers: call.headers,
        body: call.body,
        retry: call.retries,
        wasend: state,
      } as Parameters<typeof $fetch>[1])) as Result;
    } catch (error) {
      // Every failure leaves as one of ours; an ofetch error never does (its `options` hold the key).
      if (isWasendError(error)) throw error;
      throw new WasendConnectionError('the request failed');
    }
  };
}
