import type { Rendered } from './dialects/common';

/** A complete answer as bytes, so a transport can send it whole, in halves or byte by byte. */
export interface Answer {
  status: number;
  headers: Headers;
  body: Uint8Array<ArrayBuffer>;
}

/** What the core decided; `listen()` and the bare handler each carry it out their own way. */
export type Directive =
  | { kind: 'answer'; answer: Answer; trickleMs?: number }
  | { kind: 'hang' }
  | { kind: 'reset'; when: 'before-headers' }
  | { kind: 'reset'; when: 'mid-body'; answer: Answer };

const encoder = new TextEncoder();

export function textAnswer(status: number, contentType: string | null, text: string): Answer {
  const headers = new Headers();
  if (contentType !== null) headers.set('content-type', contentType);
  return { status, headers, body: encoder.encode(text) };
}

export function jsonAnswer(status: number, value: unknown): Answer {
  return textAnswer(status, 'application/json', JSON.stringify(value));
}

export function emptyAnswer(status: number): Answer {
  return { status, headers: new Headers(), body: new Uint8Array(0) };
}

export function renderedAnswer(rendered: Rendered): Answer {
  if (typeof rendered.body === 'string')
    return textAnswer(rendered.status, rendered.contentType, rendered.body);
  // Binary (the QR PNG).
  const headers = new Headers();
  if (rendered.contentType !== null) headers.set('content-type', rendered.contentType);
  return { status: rendered.status, headers, body: rendered.body };
}

/** Statuses that must not carry a body (the Response constructor and Node both refuse one). */
export function isNullBodyStatus(status: number): boolean {
  return status === 204 || status === 205 || status === 304;
}

/** The first half of a body (at least one byte when there is any), sent before a mid-body reset. */
export function firstHalf(body: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  return body.subarray(0, Math.max(1, Math.floor(body.length / 2)));
}
