// The upstream call: the caller's safe headers and the real key, under one deadline, no redirects,
// bounded both ways, and the answer passed back with the key redacted.
import { Deadline } from '../deadline';
import { abortable, readBounded } from '../http/body';
import type { FetchFunction } from '../http/transport';
import { redact } from '../redact';
import { errorReply, HARDENING } from './reply';

/** Request headers worth forwarding; everything else (Authorization, cookies, hop-by-hop) stays here. */
const FORWARDED = ['accept', 'accept-language', 'content-type', 'user-agent', 'x-request-id'];
/** Answer headers passed back to the caller. */
const PASSED_BACK = ['content-type', 'retry-after', 'retry-after-ms', 'x-request-id'];
const NULL_BODY = new Set([101, 204, 205, 304]);
/** Content types a browser would render or run: passed back as text/plain instead. */
const ACTIVE_TYPE = /^\s*(text\/html|application\/xhtml|image\/svg|text\/xml|application\/xml)/i;

export interface Upstream {
  key: string;
  auth: 'bearer' | 'x-api-key';
  /** The upstream base URL (no trailing '/'). */
  base: string;
  fetch: FetchFunction | undefined;
  /** ms for the upstream answer, body included; 0 = none. */
  timeout: number;
}

export async function forward(
  request: Request,
  target: string,
  upstream: Upstream,
  cors: Record<string, string>,
): Promise<Response> {
  const { key } = upstream;
  const headers = new Headers();
  for (const name of FORWARDED) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (upstream.auth === 'bearer') headers.set('authorization', `Bearer ${key}`);
  else headers.set('x-api-key', key);

  const deadline = new Deadline(request.signal ?? undefined, upstream.timeout);
  try {
    let body: string | undefined;
    if (request.method !== 'GET') {
      const read = await readBounded(request, deadline);
      if (read.overflow) return errorReply(413, 'BadRequestError', 'request body larger than 1 MiB', cors);
      body = read.text || undefined;
    }
    const doFetch = upstream.fetch ?? globalThis.fetch;
    const answer = await abortable(
      doFetch(target, { method: request.method, headers, body, redirect: 'manual', signal: deadline.signal }),
      deadline,
    );
    if (answer.type === 'opaqueredirect' || (answer.status >= 300 && answer.status < 400)) {
      answer.body?.cancel().catch(() => {});
      return errorReply(502, 'WasendConnectionError', 'upstream redirect refused', cors);
    }
    // An image (a QR code's PNG) passes back as its bytes; anything else as redacted text.
    const image = /^image\//i.test(answer.headers.get('content-type') ?? '');
    const read = await readBounded(answer, deadline, undefined, image);
    if (read.overflow)
      return errorReply(502, 'WasendResponseError', 'upstream answer larger than 1 MiB', cors);
    const out = new Headers({ ...cors, ...HARDENING });
    for (const name of PASSED_BACK) {
      const value = answer.headers.get(name);
      if (value !== null) out.set(name, redact(value, key));
    }
    // Never a type a browser renders on the app's origin (an upstream error page as HTML, say).
    if (ACTIVE_TYPE.test(out.get('content-type') ?? '')) out.set('content-type', 'text/plain; charset=utf-8');
    const passed = NULL_BODY.has(answer.status)
      ? null
      : ((read.bytes as Uint8Array<ArrayBuffer> | undefined) ?? redact(read.text, key));
    return new Response(passed, { status: answer.status, headers: out });
  } catch {
    // Never echo the upstream error: it may name the URL or, from a custom fetch, anything.
    return deadline.timedOut && !request.signal?.aborted
      ? errorReply(504, 'WasendTimeoutError', 'upstream did not answer in time', cors)
      : errorReply(502, 'WasendConnectionError', 'upstream unreachable', cors);
  } finally {
    deadline.dispose();
  }
}
