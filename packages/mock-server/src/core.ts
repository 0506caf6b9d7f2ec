import {
  type Answer,
  type Directive,
  emptyAnswer,
  isNullBodyStatus,
  jsonAnswer,
  renderedAnswer,
} from './answer';
import { runApi } from './api';
import { CONTROL_PREFIX, handleControlPlane, SCENARIO_PREFIX } from './controlPlane';
import { CORS_HEADERS, isPreflight } from './cors';
import { bodyBytesAnswer, faultBodyAnswer, isStatusRespond, sleep, takeFault } from './faults';
import { DEFAULT_SCENARIO_ID, type Scenario, ScenarioStore } from './state';
import type { MockHandlerOptions } from './types';

/** Per scenario; beyond this the oldest log entries are dropped. */
export const MAX_LOGGED = 100_000;

/** Extra facts only a real socket knows; the bare handler goes without them. */
export interface TransportContext {
  /** The request target exactly as it arrived (`/path?query`), before any URL normalising. */
  rawTarget?: string;
}

export type MockCore = (request: Request, context?: TransportContext) => Promise<Directive>;

/**
 * The whole mock as one function from a Web Request to a Directive (an answer, or a hang or
 * reset for the transport to carry out). Both `createMockHandler` and `listen` sit on it.
 */
export function createMockCore(options: MockHandlerOptions = {}): MockCore {
  const store = new ScenarioStore(options.dialect ?? 'docs');
  let requestCount = 0;

  return async (request, context = {}) => {
    const requestId = `req_${++requestCount}`;
    const directive = await decide(store, request, context);
    if (directive.kind === 'answer' || (directive.kind === 'reset' && directive.when === 'mid-body')) {
      finishHeaders(directive.answer, requestId);
    }
    return directive;
  };
}

async function decide(store: ScenarioStore, request: Request, context: TransportContext): Promise<Directive> {
  const url = new URL(request.url);
  const rawTarget = context.rawTarget ?? url.pathname + url.search;
  const queryAt = rawTarget.indexOf('?');
  const rawPath = queryAt === -1 ? rawTarget : rawTarget.slice(0, queryAt);

  if (isPreflight(request)) return { kind: 'answer', answer: emptyAnswer(204) };
  if (rawPath === CONTROL_PREFIX || rawPath.startsWith(`${CONTROL_PREFIX}/`)) {
    return { kind: 'answer', answer: await handleControlPlane(store, request, rawPath) };
  }

  // `/__s/<id>/rest…` scopes the request to a scenario; anything else is the seeded default.
  let scenario: Scenario | undefined;
  let path = rawPath;
  if (rawPath.startsWith(SCENARIO_PREFIX)) {
    const end = rawPath.indexOf('/', SCENARIO_PREFIX.length);
    const id = rawPath.slice(SCENARIO_PREFIX.length, end === -1 ? undefined : end);
    scenario = store.get(id);
    path = end === -1 ? '/' : rawPath.slice(end);
  } else {
    scenario = store.get(DEFAULT_SCENARIO_ID);
  }
  if (!scenario) return { kind: 'answer', answer: jsonAnswer(404, { error: 'unknown scenario' }) };

  const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  const rawQuery = queryAt === -1 ? '' : rawTarget.slice(queryAt + 1);
  const query = Object.fromEntries(new URLSearchParams(rawQuery));
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  scenario.log.push({
    method: request.method,
    path,
    query,
    headers,
    body: text === '' ? null : text,
    time: Date.now(),
  });
  // A load test against one scenario must not grow memory without end: drop the oldest in batches.
  if (scenario.log.length > MAX_LOGGED + 1000) scenario.log.splice(0, scenario.log.length - MAX_LOGGED);

  const state = scenario.state;
  const normal = (): Answer =>
    renderedAnswer(
      runApi(state, {
        method: request.method,
        path,
        query,
        rawQuery,
        headers: request.headers,
        body: text === '' ? null : text,
      }),
    );

  const fault = takeFault(state, request.method, path);
  if (!fault) return { kind: 'answer', answer: normal() };
  const r = fault.respond;
  if ('hang' in r) return { kind: 'hang' };
  if ('reset' in r) {
    return r.reset === 'mid-body'
      ? { kind: 'reset', when: 'mid-body', answer: normal() }
      : { kind: 'reset', when: 'before-headers' };
  }
  if ('delayMs' in r) {
    await sleep(r.delayMs, request.signal);
    return { kind: 'answer', answer: normal() };
  }
  if ('trickleMs' in r) {
    const answer = r.body !== undefined ? faultBodyAnswer(r.status ?? 200, r.body) : normal();
    if (r.status !== undefined) answer.status = r.status;
    return { kind: 'answer', answer, trickleMs: r.trickleMs };
  }
  if ('bodyBytes' in r)
    return { kind: 'answer', answer: bodyBytesAnswer(r.bodyBytes, r.status, r.contentType) };
  if (isStatusRespond(r)) return { kind: 'answer', answer: faultBodyAnswer(r.status, r.body, r.headers) };
  return { kind: 'answer', answer: normal() };
}

/** CORS and x-request-id on every answer; a fault's own headers win over them. */
function finishHeaders(answer: Answer, requestId: string): void {
  const own = answer.headers;
  const headers = new Headers(CORS_HEADERS);
  headers.set('x-request-id', requestId);
  own.forEach((value, name) => {
    headers.set(name, value);
  });
  answer.headers = headers;
  if (isNullBodyStatus(answer.status)) answer.body = new Uint8Array(0);
}
