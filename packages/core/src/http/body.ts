// Reading bodies: abortable, bounded at 1 MiB, decoded as UTF-8; JSON only where it looks like JSON.
import type { AbortLike } from '../deadline';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface BodyText {
  text: string;
  /** The body was larger than the limit; `text` holds only its first part. */
  overflow: boolean;
  /** The bytes themselves, for a binary body (then `text` is ''). */
  bytes?: Uint8Array;
}

const noop = () => {};
// Stateless between calls (every decode is a whole one, never `stream: true`), so one serves all.
const decoder = new TextDecoder();

/**
 * Settles like `promise`, or rejects once `signal` aborts: a fetch that ignores its signal cannot
 * hang a call. The listener is left in the deadline's one slot; the next waiter takes it over.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortLike): Promise<T> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason));
    promise.then(resolve, reject);
  });
}

/**
 * Reads at most `limit` bytes of a Request/Response body. The declared content-length is checked
 * first; then bytes are counted while reading, and reading stops past the limit. Aborting `signal`
 * cancels the read and rejects with the signal's reason.
 */
export async function readBounded(
  message: Pick<Response, 'headers' | 'body'>,
  signal?: AbortLike,
  limit = MAX_BODY_BYTES,
  binary = false,
): Promise<BodyText> {
  const body = message.body;
  if (!body) return { text: '', overflow: false };
  if (Number(message.headers.get('content-length')) > limit) {
    body.cancel().catch(noop);
    return { text: '', overflow: true };
  }
  const reader = body.getReader();
  const cancel = () => reader.cancel().catch(noop);
  signal?.addEventListener('abort', cancel);
  // The chunks are decoded once at the end (the same text as decoding as they come, which costs a
  // decoder per call): a small answer is one chunk.
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const { done, value } = await reader.read();
      // A cancel resolves a pending read as done: do not mistake it for the end of the body.
      if (signal?.aborted) throw signal.reason;
      if (done) {
        const bytes = join(chunks, size);
        return binary
          ? { text: '', overflow: false, bytes }
          : { text: decoder.decode(bytes), overflow: false };
      }
      size += value.byteLength;
      if (size > limit) {
        cancel();
        chunks.push(value.subarray(0, value.byteLength - (size - limit)));
        return { text: decoder.decode(join(chunks, limit)), overflow: true };
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

/** `chunks` (`size` bytes in all) as one array: a small answer is one chunk, used as it is. */
function join(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length < 2) return chunks[0] ?? new Uint8Array();
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
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
