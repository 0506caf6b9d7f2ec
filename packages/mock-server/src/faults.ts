import { type Answer, emptyAnswer, textAnswer } from './answer';
import type { FaultState, Respond, ScenarioState } from './types';

/**
 * Finds the first fault matching this request that has uses left and wins its `chance` roll, and
 * spends one use. `match.method` compares case-insensitively; `match.path` is a substring of the
 * raw path (after the scenario prefix, without the query). `random` is replaceable for tests.
 */
export function takeFault(
  state: ScenarioState,
  method: string,
  rawPath: string,
  random: () => number = Math.random,
): FaultState | undefined {
  for (const fault of state.faults) {
    if (fault.remaining !== null && fault.remaining <= 0) continue;
    const { match } = fault;
    if (match?.method !== undefined && match.method.toUpperCase() !== method.toUpperCase()) continue;
    if (match?.path !== undefined && !rawPath.includes(match.path)) continue;
    if (fault.chance !== undefined && !(random() < fault.chance)) continue;
    if (fault.remaining !== null) fault.remaining -= 1;
    fault.hits += 1;
    return fault;
  }
  return undefined;
}

/**
 * A fault's own answer from `status`/`headers`/`body`: a string body goes out as-is (no
 * content type unless `headers` give one); any other JSON value is JSON-encoded as
 * application/json; no body means an empty one.
 */
export function faultBodyAnswer(status: number, body: unknown, headers?: Record<string, string>): Answer {
  let answer: Answer;
  if (body === undefined) answer = emptyAnswer(status);
  else if (typeof body === 'string') answer = textAnswer(status, null, body);
  else answer = textAnswer(status, 'application/json', JSON.stringify(body));
  for (const [name, value] of Object.entries(headers ?? {})) answer.headers.set(name, value);
  return answer;
}

/** A body of `bytes` times `a`, for testing the client's size limit. */
export function bodyBytesAnswer(bytes: number, status = 200, contentType = 'application/json'): Answer {
  const headers = new Headers({ 'content-type': contentType });
  return { status, headers, body: new Uint8Array(Math.floor(bytes)).fill(0x61) };
}

export function isStatusRespond(r: Respond): r is Extract<Respond, { status: number; headers?: unknown }> {
  return 'status' in r && !('trickleMs' in r) && !('bodyBytes' in r) && !('delayMs' in r) && !('reset' in r);
}

/** Resolves after `ms`, or at once when the client goes away (so a closing server is not held up). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
