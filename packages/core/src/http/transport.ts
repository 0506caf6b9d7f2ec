// The transport: what ofetch calls as its `fetch`, once per attempt. It calls the runtime's fetch
// unbound, under a per-attempt timer linked to the caller's signal, follows same-origin redirects
// only, and reads the body (at most 1 MiB) inside that timer. Every failure leaves as a WasendError.
import { Deadline } from '../deadline';
import {
  isWasendError,
  RedirectRefusedError,
  WasendAbortError,
  WasendConnectionError,
  WasendResponseError,
  WasendTimeoutError,
} from '../errors';
import { sanitizeCause } from '../redact';
import { ReceivedAnswer } from './answer';
import { abortable, readBounded } from './body';

// `RequestInfo` spelled out: it is DOM-only, and a Node project (lib ES20xx + @types/node) has no such
// global, so the published .d.ts would not compile there.
export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

const MAX_REDIRECTS = 5;

/** What one call needs of the transport; it rides in ofetch's options, across attempts. */
export interface AttemptSettings {
  signal: AbortSignal | undefined;
  /** ms per attempt; 0 = none. */
  timeout: number;
  /** Set by each attempt that got an answer: what the hooks read and turn into a value or an error. */
  answer?: ReceivedAnswer;
}

/** The parts of ofetch's options the transport reads (ofetch hands its whole options object over). */
export interface TransportOptions {
  method?: string;
  headers?: Headers;
  body?: unknown;
  wasend: AttemptSettings;
}

/** The `fetch` ofetch is created with: `fetch` is the runtime's (or the caller's) and is called unbound. */
export function createTransport(fetch: FetchFunction, key: string | null) {
  return async (url: string, options: TransportOptions): Promise<Response> => {
    const call = options.wasend;
    const deadline = new Deadline(call.signal, call.timeout);
    try {
      let method = options.method ?? 'GET';
      let body = options.body as string | undefined;
      let target = url;
      for (let hops = 0; ; hops++) {
        const response = await abortable(
          fetch(target, {
            method,
            headers: options.headers,
            body,
            signal: deadline.signal,
            redirect: 'manual',
          }),
          deadline,
        );
        const location =
          response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
        if (response.type === 'opaqueredirect' || location) {
          response.body?.cancel().catch(() => {});
          const next = location ? new URL(location, target) : undefined;
          if (next?.origin !== new URL(url).origin)
            throw new RedirectRefusedError('redirect to another origin refused');
          if (hops >= MAX_REDIRECTS) throw new RedirectRefusedError(`more than ${MAX_REDIRECTS} redirects`);
          // Like fetch: 303 (and 301/302 after POST) continue as a GET without body.
          if (response.status === 303 || (method === 'POST' && response.status < 303)) {
            method = 'GET';
            body = undefined;
          }
          target = next.href;
          continue;
        }
        // An image (the QR endpoint's PNG) is kept as bytes: decoded as text it would be garbled.
        const binary = /^image\//i.test(response.headers.get('content-type') ?? '');
        const { text, overflow, bytes } = await readBounded(response, deadline, undefined, binary);
        if (overflow && response.status >= 200 && response.status < 300)
          throw new WasendResponseError('response body larger than 1 MiB', { status: response.status });
        call.answer = new ReceivedAnswer(response, text, key, bytes);
        return response;
      }
    } catch (error) {
      if (call.signal?.aborted) throw new WasendAbortError('the request was aborted');
      if (deadline.timedOut) throw new WasendTimeoutError(`no answer within ${call.timeout}ms`);
      if (isWasendError(error)) throw error;
      // fetch's TypeError ('fetch failed') wraps the useful cause (undici: ECONNREFUSED …): keep that, redacted.
      const cause = sanitizeCause((error as { cause?: unknown })?.cause ?? error, key);
      const code = (cause as { code?: string }).code;
      // The host, because some runtimes say only "Network connection lost." (workerd).
      const host = new URL(url).host;
      throw new WasendConnectionError(
        `connection to ${host} failed: ${cause.message}${code ? ` (${code})` : ''}`,
        { cause },
      );
    } finally {
      deadline.dispose();
    }
  };
}
