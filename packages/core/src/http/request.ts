// The one attempt loop: per-attempt timeout linked to the caller's signal, bounded body reading,
// same-origin redirects only, redaction of every answer, classification, retries.
import type { $Fetch } from 'ofetch';
import {
  createAPIError,
  isWasendError,
  redact,
  sanitizeCause,
  WasendAbortError,
  WasendConnectionError,
  WasendResponseError,
  WasendTimeoutError,
} from '../errors';
import { abortable, isRecord, parseBody, readBounded } from './body';
import {
  backoffMs,
  isRetriedMethod,
  isRetriedStatus,
  MAX_SERVER_DELAY_MS,
  type RetryBackoff,
  serverDelayMs,
} from './retryPolicy';

export interface WasendLogger {
  debug?(message: string, meta?: Record<string, unknown>): void;
  warn?(message: string, meta?: Record<string, unknown>): void;
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

/** What the client hands the pipeline (built once, in the constructor). */
export interface PipelineConfig {
  baseUrl: string;
  key: string | null;
  timeout: number;
  maxRetries: number;
  backoff: RetryBackoff;
  headers: Record<string, string>;
  logger: WasendLogger | undefined;
  fetchRaw: $Fetch['raw'];
}

export interface Call {
  method: string;
  /** Already encoded, starts with '/'. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

/** A 2xx answer, already redacted. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** The raw text (normalisers look at it before any JSON parsing). */
  text: string;
  /** JSON or text, see `parseBody`; `undefined` when empty. */
  body: unknown;
}

const MAX_REDIRECTS = 5;

/** Connection errors that a retry cannot fix (a refused redirect would be refused again). */
const final = new WeakSet<Error>();
const refuse = (message: string): WasendConnectionError => {
  const error = new WasendConnectionError(message);
  final.add(error);
  return error;
};

export async function send(
  config: PipelineConfig,
  call: Call,
  options: RequestOptions = {},
): Promise<Answer> {
  const { signal } = options;
  const timeout = options.timeout ?? config.timeout;
  const retries = isRetriedMethod(call.method) ? (options.maxRetries ?? config.maxRetries) : 0;
  const query = call.query ? `?${new URLSearchParams(call.query)}` : '';
  const url = config.baseUrl + call.path + query;
  const headers = buildHeaders(config, options.headers, call.body !== undefined);
  const body = call.body === undefined ? undefined : JSON.stringify(call.body);
  const log = (level: 'debug' | 'warn', message: string, meta: Record<string, unknown>) => {
    try {
      config.logger?.[level]?.(message, meta);
    } catch {
      // a failing logger never fails the call
    }
  };
  const line = `${call.method} ${call.path}`;
  const meta = { method: call.method, path: call.path };

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw new WasendAbortError('the request was aborted');
    const started = Date.now();
    let error: Error;
    // How long to wait before retrying; undefined = this failure is not retried.
    let delay: number | undefined;
    try {
      const answer = await attemptOnce(config, url, { method: call.method, headers, body }, timeout, signal);
      const ms = Date.now() - started;
      log('debug', `${line} ${answer.status} ${ms}ms`, { ...meta, status: answer.status, ms, attempt });
      if (answer.status >= 200 && answer.status < 300) {
        // `success: false` is a refusal whatever the status says.
        if (isRecord(answer.body) && answer.body.success === false) {
          throw createAPIError(answer.status, answer.body, answer.headers);
        }
        return answer;
      }
      error = createAPIError(answer.status, answer.body, answer.headers);
      if (isRetriedStatus(answer.status)) {
        const asked = serverDelayMs(answer.headers);
        // A server delay above the cap is not waited for: that status's error is thrown now.
        if (asked === undefined) delay = backoffMs(attempt, config.backoff);
        else if (asked <= MAX_SERVER_DELAY_MS) delay = asked;
      }
    } catch (caught) {
      if (!(caught instanceof WasendConnectionError)) {
        // not retried: an abort, a 2xx refusal (`success: false`) or an unusable 2xx
        const { name, message } = caught as Error;
        log('warn', `${line} failed: ${message}`, { ...meta, error: name, attempt });
        throw caught;
      }
      const ms = Date.now() - started;
      log('debug', `${line} ${caught.name} ${ms}ms`, { ...meta, error: caught.name, ms, attempt });
      error = caught;
      if (!final.has(caught)) delay = backoffMs(attempt, config.backoff);
    }
    if (delay === undefined || attempt > retries) {
      log('warn', `${line} failed: ${error.message}`, { ...meta, error: error.name, attempt });
      throw error;
    }
    log('warn', `${line} failed: ${error.message}; retry ${attempt}/${retries} in ${delay}ms`, {
      ...meta,
      error: error.name,
      attempt,
      delayMs: delay,
    });
    await sleep(delay, signal);
  }
}

function buildHeaders(
  config: PipelineConfig,
  extra: Record<string, string> | undefined,
  json: boolean,
): Headers {
  const headers = new Headers({ accept: 'application/json, text/plain, */*' });
  for (const source of [config.headers, extra]) {
    for (const [name, value] of Object.entries(source ?? {})) {
      // Authorization is ours alone: never set or removed by caller headers.
      if (name.toLowerCase() !== 'authorization') headers.set(name, value);
    }
  }
  if (json) headers.set('content-type', 'application/json');
  if (config.key !== null) headers.set('authorization', `Bearer ${config.key}`);
  return headers;
}

interface Outgoing {
  method: string;
  headers: Headers;
  body: string | undefined;
}

/** One attempt: its own AbortController linked to the caller's, its own timer, body read included. */
async function attemptOnce(
  config: PipelineConfig,
  url: string,
  request: Outgoing,
  timeout: number,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  let timedOut = false;
  signal?.addEventListener('abort', abort);
  const timer =
    timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  try {
    const origin = new URL(url).origin;
    let { method, body } = request;
    for (let hops = 0; ; hops++) {
      const response = await abortable(
        config.fetchRaw(url, {
          method,
          headers: request.headers,
          body,
          signal: controller.signal,
          redirect: 'manual',
          retry: 0,
          ignoreResponseError: true,
          responseType: 'stream',
        }),
        controller.signal,
      );
      const location = response.headers.get('location');
      if (
        response.type === 'opaqueredirect' ||
        (response.status >= 300 && response.status < 400 && location)
      ) {
        response.body?.cancel().catch(() => {});
        const next = location ? new URL(location, url) : undefined;
        if (next?.origin !== origin) throw refuse('redirect to another origin refused');
        if (hops >= MAX_REDIRECTS) throw refuse(`more than ${MAX_REDIRECTS} redirects`);
        // Like fetch: 303 (and 301/302 after POST) continue as a GET without body.
        if (response.status === 303 || (method === 'POST' && response.status < 303)) {
          method = 'GET';
          body = undefined;
        }
        url = next.href;
        continue;
      }
      const { text: raw, overflow } = await readBounded(response, controller.signal);
      const ok = response.status >= 200 && response.status < 300;
      if (overflow && ok)
        throw new WasendResponseError('response body larger than 1 MiB', { status: response.status });
      // Redact first: nothing after this point (errors, logs, normalisers, callers) sees the key.
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name] = redact(value, config.key);
      });
      const text = redact(raw, config.key);
      return { status: response.status, headers, text, body: parseBody(text, headers['content-type']) };
    }
  } catch (error) {
    if (signal?.aborted) throw new WasendAbortError('the request was aborted');
    if (timedOut) throw new WasendTimeoutError(`no answer within ${timeout}ms`);
    if (isWasendError(error)) throw error;
    // ofetch wraps the fetch failure in a FetchError: keep what fetch itself said, redacted.
    const cause = sanitizeCause((error as { cause?: unknown })?.cause ?? error, config.key);
    const code = (cause as { code?: string }).code;
    throw new WasendConnectionError(`connection failed: ${cause.message}${code ? ` (${code})` : ''}`, {
      cause,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/** Waits `ms`, or rejects with `WasendAbortError` as soon as the caller's signal fires. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new WasendAbortError('the request was aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}
