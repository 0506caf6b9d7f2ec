import { type Answer, firstHalf, isNullBodyStatus } from './answer';
import { createMockCore } from './core';
import { CORS_HEADERS } from './cors';
import type { MockHandler, MockHandlerOptions } from './types';

export type * from './publicTypes';
export { DEFAULT_SCENARIO } from './state';

/**
 * The mock as a Web-standard `(Request) => Promise<Response>` for Deno.serve, Workers, Bun or any
 * fetch-style server. No socket here, so a `reset` fault becomes a body stream that errors and a
 * `hang` fault a promise that settles only when the request's signal aborts.
 */
export function createMockHandler(options: MockHandlerOptions = {}): MockHandler {
  const core = createMockCore(options);
  return async (request) => {
    const directive = await core(request);
    switch (directive.kind) {
      case 'hang':
        return new Promise<Response>((_, reject) => {
          const signal = request.signal;
          const abort = () => reject(signal.reason ?? new Error('client went away'));
          if (signal.aborted) abort();
          else signal.addEventListener('abort', abort, { once: true });
        });
      case 'reset':
        if (directive.when === 'before-headers') {
          return new Response(failingStream(new Uint8Array(0)), { status: 200, headers: CORS_HEADERS });
        }
        return toResponse(directive.answer, failingStream(firstHalf(directive.answer.body)));
      case 'answer':
        return toResponse(
          directive.answer,
          directive.trickleMs === undefined
            ? directive.answer.body
            : trickleStream(directive.answer.body, directive.trickleMs),
        );
    }
  };
}

function toResponse(answer: Answer, body: BodyInit): Response {
  return new Response(isNullBodyStatus(answer.status) ? null : body, {
    status: answer.status,
    headers: answer.headers,
  });
}

/** Sends `prefix`, then fails: what a connection reset looks like to a fetch reader. */
function failingStream(prefix: Uint8Array): ReadableStream<Uint8Array> {
  let sent = prefix.length === 0;
  return new ReadableStream({
    // Erroring in a later pull, not in start(), so the prefix is really delivered first.
    pull(controller) {
      if (sent) return controller.error(new TypeError('connection reset by the mock server'));
      controller.enqueue(prefix);
      sent = true;
    },
  });
}

/** One byte every `ms`. */
function trickleStream(body: Uint8Array<ArrayBuffer>, ms: number): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream({
    async pull(controller) {
      if (index >= body.length) return controller.close();
      if (index > 0) await new Promise((resolve) => setTimeout(resolve, ms));
      controller.enqueue(body.slice(index, index + 1));
      index += 1;
    },
  });
}
