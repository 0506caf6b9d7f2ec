// Reading answers: abortable, bounded at 1 MiB, decoded as UTF-8; JSON only where it looks like JSON.

export const MAX_BODY_BYTES = 1024 * 1024;

export interface BodyText {
  text: string;
  /** The body was larger than the limit; `text` holds only its first part. */
  overflow: boolean;
}

const noop = () => {};

/** Settles like `promise`, or rejects once `signal` aborts: a fetch that ignores its signal cannot hang a call. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Reads at most `limit` bytes of a Request/Response body. The declared content-length is checked
 * first; then bytes are counted while reading, and reading stops past the limit. Aborting `signal`
 * cancels the read and rejects with the signal's reason.
 */
export async function readBounded(
  message: Pick<Response, 'headers' | 'body'>,
  signal?: AbortSignal,
  limit = MAX_BODY_BYTES,
): Promise<BodyText> {
  const body = message.body;
  if (!body) return { text: '', overflow: false };
  if (Number(message.headers.get('content-length')) > limit) {
    body.cancel().catch(noop);
    return { text: '', overflow: true };
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const cancel = () => reader.cancel().catch(noop);
  signal?.addEventListener('abort', cancel);
  let text = '';
  let size = 0;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      // A cancel resolves a pending read as done: do not mistake it for the end of the body.
      signal?.throwIfAborted();
      if (done) return { text: text + decoder.decode(), overflow: false };
      size += value.byteLength;
      if (size > limit) {
        cancel();
        return {
          text: text + decoder.decode(value.subarray(0, value.byteLength - (size - limit))),
          overflow: true,
        };
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * JSON when the content type says so or the text starts like an object/array, else the text as is
 * (so a bare numeric code in text/plain stays a string). Unparseable JSON stays text; empty → undefined.
 */
export function parseBody(text: string, contentType: string | undefined): unknown {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (/json/i.test(contentType ?? '') || /^[[{]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      // not JSON after all: keep the text
    }
  }
  return text;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
