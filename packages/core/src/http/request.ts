// The one attempt loop: per-attempt timeout linked to the caller's signal, bounded body reading,
// same-origin redirects only, redaction of all that can reach an error or a log, classification, retries.
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
import type { FetchFunction } from '../options';
import { type AbortLike, abortable, isRecord, parseBody, readBounded } from './body';
import {
  backoffMs,
  isRetriedMethod,
  isRetriedStatus,
  MAX_SERVER_DELAY_MS,
  MAX_TIMER_MS,
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
  /** Every request's headers, complete (see `clientHeaders`): never changed, per-call headers go on a copy. */
  headers: Headers;
  logger: WasendLogger | undefined;
  fetch: FetchFunction;
}

export interface Call {
  method: string;
  /** Already encoded, starts with '/'. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

/** A 2xx answer as `send` hands it to `read`: its data as it came, and what an error may hold. */
export interface Answer {
  status: number;
  /** Lowercase names, the key redacted. */
  headers: Record<string, string>;
  /** The text as it came (normalisers look at it before any JSON parsing). */
  text: string;
  /** JSON or text, see `parseBody`; `undefined` when empty. */
  body: unknown;
  /** `body` with the key redacted: what an error built from this answer carries. */
  safeBody: unknown;
}

const MAX_REDIRECTS = 5;

/** Connection errors that a retry cannot fix (a refused redirect would be refused again). */
const final = new WeakSet<Error>();
const refuse = (message: string): WasendConnectionError => {
  const error = new WasendConnectionError(message);
  final.add(error);
  return error;
};

/**
 * Sends `call` and hands its 2xx answer to `read`. Reading happens inside the attempt, so an unusable
 * answer (`read` throwing) fails like any other failure: logged with its warn line, never retried.
 */
export async function send<Result>(
  config: PipelineConfig,
  call: Call,
  options: RequestOptions,
  read: (answer: Answer) => Result,
): Promise<Result> {
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
    let answered = false;
    try {
      const answer = await attemptOnce(config, url, { method: call.method, headers, body }, timeout, signal);
      answered = true;
      // The one log line of a successful call: not even built without a logger.
      if (config.logger) {
        const ms = Date.now() - started;
        log('debug', `${line} ${answer.status} ${ms}ms`, { ...meta, status: answer.status, ms, attempt });
      }
      if (answer.status >= 200 && answer.status < 300) {
        // `success: false` is a refusal whatever the status says.
        if (isRecord(answer.body) && answer.body.success === false) {
          throw createAPIError(answer.status, answer.safeBody, answer.headers);
        }
        return read(answer);
      }
      error = createAPIError(answer.status, answer.body, answer.headers);
      if (isRetriedStatus(answer.status)) {
        const asked = serverDelayMs(answer.headers);
        // A server delay above the cap is not waited for: that status's error is thrown now.
        if (asked === undefined) delay = backoffMs(attempt, config.backoff);
        else if (asked <= MAX_SERVER_DELAY_MS) delay = asked;
      }
    } catch (caught) {
      const { name, message } = caught as Error;
      // Every attempt gets its debug line, also one that ended without an answer (network, abort, > 1 MiB).
      if (!answered) {
        const ms = Date.now() - started;
        log('debug', `${line} ${name} ${ms}ms`, { ...meta, error: name, ms, attempt });
      }
      if (!(caught instanceof WasendConnectionError)) {
        // not retried: an abort, a 2xx refusal (`success: false`) or an unusable 2xx
        log('warn', `${line} failed: ${message}`, { ...meta, error: name, attempt });
        throw caught;
      }
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

/**
 * A client's headers, built once: the default `accept`, the client's own headers, then the key.
 * Handed to fetch as they are: copying a `Headers` is much cheaper than building one from a record.
 */
export function clientHeaders(key: string | null, own: Record<string, string>): Headers {
  const headers = merge(new Headers({ accept: 'application/json, text/plain, */*' }), own);
  if (key !== null) headers.set('authorization', `Bearer ${key}`);
  return headers;
}

/** Sets `extra` on `headers`. Authorization is ours alone: never set or removed by caller headers. */
function merge(headers: Headers, extra: Record<string, string>): Headers {
  for (const [name, value] of Object.entries(extra)) {
    if (name.toLowerCase() !== 'authorization') headers.set(name, value);
  }
  return headers;
}

/** The client's headers as they are, or a copy with the call's own headers and the JSON body type. */
function buildHeaders(
  config: PipelineConfig,
  extra: Record<string, string> | undefined,
  json: boolean,
): Headers {
  if (!extra && !json) return config.headers;
  const headers = merge(new Headers(config.headers), extra ?? {});
  if (json) headers.set('content-type', 'application/json');
  return headers;
}

interface Outgoing {
  method: string;
  headers: Headers;
  body: string | undefined;
}

/**
 * An attempt's abort: the controller whose signal fetch gets, and for `abortable`/`readBounded` a
 * stand-in with one listener slot (they wait for one thing at a time), so a call adds no listener
 * to an EventTarget (in Node that costs more than the rest of the attempt's bookkeeping).
 */
class AttemptAbort implements AbortLike {
  readonly #controller = new AbortController();
  readonly signal = this.#controller.signal;
  #listener: (() => void) | undefined;

  get aborted(): boolean {
    return this.signal.aborted;
  }
  get reason(): unknown {
    return this.signal.reason;
  }
  addEventListener(_type: 'abort', listener: () => void): void {
    this.#listener = listener;
  }
  removeEventListener(_type: 'abort', listener: () => void): void {
    if (this.#listener === listener) this.#listener = undefined;
  }
  abort(): void {
    if (this.signal.aborted) return;
    this.#controller.abort();
    const waiting = this.#listener;
    this.#listener = undefined;
    waiting?.();
  }
}

/** One attempt: its own AbortController linked to the caller's, its own timer, body read included. */
async function attemptOnce(
  config: PipelineConfig,
  url: string,
  request: Outgoing,
  timeout: number,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  const controller = new AttemptAbort();
  const abort = () => controller.abort();
  let timedOut = false;
  signal?.addEventListener('abort', abort);
  const timer =
    timeout > 0
      ? setTimeout(
          () => {
            timedOut = true;
            controller.abort();
          },
          Math.min(timeout, MAX_TIMER_MS),
        )
      : undefined;
  try {
    const first = url;
    let { method, body } = request;
    for (let hops = 0; ; hops++) {
      const response = await abortable(
        config.fetch(url, {
          method,
          headers: request.headers,
          body,
          signal: controller.signal,
          redirect: 'manual',
        }),
        controller,
      );
      const location =
        response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
      if (response.type === 'opaqueredirect' || location) {
        response.body?.cancel().catch(() => {});
        const next = location ? new URL(location, url) : undefined;
        if (next?.origin !== new URL(first).origin) throw refuse('redirect to another origin refused');
        if (hops >= MAX_REDIRECTS) throw refuse(`more than ${MAX_REDIRECTS} redirects`);
        // Like fetch: 303 (and 301/302 after POST) continue as a GET without body.
        if (response.status === 303 || (method === 'POST' && response.status < 303)) {
          method = 'GET';
          body = undefined;
        }
        url = next.href;
        continue;
      }
      const { text: raw, overflow } = await readBounded(response, controller);
      const ok = response.status >= 200 && response.status < 300;
      if (overflow && ok)
        throw new WasendResponseError('response body larger than 1 MiB', { status: response.status });
      return new ReceivedAnswer(response, raw, config.key);
    }
  } catch (error) {
    if (signal?.aborted) throw new WasendAbortError('the request was aborted');
    if (timedOut) throw new WasendTimeoutError(`no answer within ${timeout}ms`);
    if (isWasendError(error)) throw error;
    // fetch's TypeError ('fetch failed') wraps the useful cause (undici: ECONNREFUSED …): keep that, redacted.
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

/**
 * An answer, redacted where it can reach an error or a log line: a non-2xx answer (it only ever
 * becomes an error) and every header at once; a 2xx body only when it is turned into an error
 * (`safeBody`). A 2xx value is the server's data, returned as it came: redacting it would garble any
 * value that happens to hold the key's text (a 4-character test key inside a group name).
 * The header record is built when first read: a successful call seldom reads it.
 */
class ReceivedAnswer implements Answer {
  readonly status: number;
  readonly text: string;
  readonly body: unknown;
  readonly #raw: string;
  readonly #type: string | null;
  readonly #source: Headers;
  readonly #key: string | null;
  #headers: Record<string, string> | undefined;
  #safeBody: { value: unknown } | undefined;

  constructor(response: Response, raw: string, key: string | null) {
    this.status = response.status;
    this.#raw = raw;
    this.#source = response.headers;
    this.#key = key;
    this.#type = response.headers.get('content-type');
    const ok = this.status >= 200 && this.status < 300;
    this.text = ok ? raw : redact(raw, key);
    this.body = this.#parse(this.text);
    if (!ok) this.#safeBody = { value: this.body };
  }

  #parse(text: string): unknown {
    return parseBody(text, this.#type === null ? undefined : redact(this.#type, this.#key));
  }

  get safeBody(): unknown {
    this.#safeBody ??= { value: this.#parse(redact(this.#raw, this.#key)) };
    return this.#safeBody.value;
  }

  get headers(): Record<string, string> {
    if (!this.#headers) {
      this.#headers = {};
      for (const [name, value] of this.#source) this.#headers[name] = redact(value, this.#key);
    }
    return this.#headers;
  }
}

/** Waits `ms`, or rejects with `WasendAbortError` as soon as the caller's signal fires. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new WasendAbortError('the request was aborted'));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}
