// An answer as the pipeline hands it on: status, headers and body, redacted where it can reach an
// error or a log line.
import { redact } from '../redact';
import { parseBody } from './body';

/** A 2xx answer as the pipeline hands it to an endpoint's reader: its data as it came, and what an error may hold. */
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
  /** The body's bytes, for an image answer (then `text` is ''). */
  bytes?: Uint8Array;
}

/**
 * Turns a 2xx answer into the call's value; throws `WasendResponseError` when it holds none. It
 * gets the call's checked input too (a participant change reports on each participant asked for).
 */
// biome-ignore lint/suspicious/noExplicitAny: each endpoint's reader knows its own input
export type Reader<Result> = (answer: Answer, input?: any) => Result;

/**
 * An answer, redacted where it can reach an error or a log line: a non-2xx answer (it only ever
 * becomes an error) and every header at once; a 2xx body only when it is turned into an error
 * (`safeBody`). A 2xx value is the server's data, returned as it came: redacting it would garble any
 * value that happens to hold the key's text (a 4-character test key inside a group name).
 * The header record is built when first read: a successful call seldom reads it.
 */
export class ReceivedAnswer implements Answer {
  readonly status: number;
  readonly text: string;
  readonly body: unknown;
  declare readonly bytes?: Uint8Array;
  readonly #raw: string;
  readonly #type: string | null;
  readonly #source: Headers;
  readonly #key: string | null;
  #headers: Record<string, string> | undefined;
  #safeBody: { value: unknown } | undefined;

  constructor(response: Response, raw: string, key: string | null, bytes?: Uint8Array) {
    this.status = response.status;
    if (bytes) this.bytes = bytes;
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
