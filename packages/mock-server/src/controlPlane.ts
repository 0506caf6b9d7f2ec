import { type Answer, emptyAnswer, jsonAnswer } from './answer';
import { advanceSessions, forceStatus, scanQr } from './sessionLifecycle';
import { addFaults, findSession, type Scenario, type ScenarioStore } from './state';
import { SESSION_STATUSES, type SessionStatus } from './types';
import { ScenarioInitError } from './validation';

export const CONTROL_PREFIX = '/__mock';
export const SCENARIO_PREFIX = '/__s/';

/**
 * The `/__mock` routes: create, inspect, fault and delete scenarios. JSON in and out; never
 * logged and never faulted, so a test can always see what happened.
 */
export async function handleControlPlane(
  store: ScenarioStore,
  request: Request,
  rawPath: string,
): Promise<Answer> {
  const segments = rawPath.slice(CONTROL_PREFIX.length).split('/').slice(1);
  const method = request.method;

  if (segments.length === 1 && segments[0] === 'health' && method === 'GET')
    return jsonAnswer(200, { ok: true });
  if (segments[0] !== 'scenarios') return notFound();

  if (segments.length === 1) {
    if (method !== 'POST') return notFound();
    const body = await readJson(request);
    if ('error' in body) return body.error;
    try {
      const scenario = store.create(body.value);
      const id = scenario.state.id;
      return jsonAnswer(201, {
        id,
        baseUrl: `${origin(request)}${SCENARIO_PREFIX}${id}`,
        scenario: scenario.state,
      });
    } catch (error) {
      return initError(error);
    }
  }

  const id = safeDecode(segments[1] ?? '');
  const scenario = id === null ? undefined : store.get(id);
  const action = segments.slice(2).join('/');
  const sessionAction = segments.length === 5 && segments[2] === 'sessions' ? segments[4] : undefined;
  if (sessionAction === undefined && (segments.length > 3 || !['', 'requests', 'faults'].includes(action))) {
    return notFound();
  }
  if (!scenario || id === null) return jsonAnswer(404, { error: 'unknown scenario' });
  if (sessionAction !== undefined) return sessionControl(scenario, request, segments[3] ?? '', sessionAction);

  if (action === '' && method === 'GET') {
    // Show sessions as they are now (time moves sessions started through the API).
    advanceSessions(scenario.state, Date.now());
    return jsonAnswer(200, scenario.state);
  }
  if (action === '' && method === 'DELETE') {
    store.delete(id);
    return emptyAnswer(204);
  }
  if (action === 'requests' && method === 'GET') return jsonAnswer(200, scenario.log);
  if (action === 'faults' && method === 'POST') {
    const body = await readJson(request);
    if ('error' in body) return body.error;
    try {
      addFaults(scenario.state, body.value);
      return emptyAnswer(204);
    } catch (error) {
      return initError(error);
    }
  }
  return notFound();
}

/**
 * `POST …/sessions/<sid>/scan`: the phone scans the QR (SCAN_QR_CODE → WORKING), else 409.
 * `POST …/sessions/<sid>/status` body `{status}`: forces a status, held until an API call moves it.
 */
async function sessionControl(
  scenario: Scenario,
  request: Request,
  rawSessionId: string,
  action: string,
): Promise<Answer> {
  if (request.method !== 'POST' || (action !== 'scan' && action !== 'status')) return notFound();
  const now = Date.now();
  advanceSessions(scenario.state, now);
  const sessionId = safeDecode(rawSessionId);
  const session = sessionId === null ? undefined : findSession(scenario.state, sessionId);
  if (!session) return jsonAnswer(404, { error: 'unknown session' });
  if (action === 'scan') {
    return scanQr(session, now)
      ? emptyAnswer(204)
      : jsonAnswer(409, { error: `session "${session.id}" shows no QR code (status ${session.status})` });
  }
  const body = await readJson(request);
  if ('error' in body) return body.error;
  const status = (body.value as { status?: unknown } | undefined)?.status;
  if (!SESSION_STATUSES.includes(status as SessionStatus)) {
    return jsonAnswer(400, { error: `status must be one of ${SESSION_STATUSES.join(', ')}` });
  }
  forceStatus(session, status as SessionStatus, now);
  return emptyAnswer(204);
}

/** `http://host:port` as the caller addressed us (Host header), so the baseUrl works for it. */
function origin(request: Request): string {
  const url = new URL(request.url);
  return `${url.protocol}//${request.headers.get('host') ?? url.host}`;
}

async function readJson(request: Request): Promise<{ value: unknown } | { error: Answer }> {
  const text = await request.text();
  if (text.trim() === '') return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: jsonAnswer(400, { error: 'body must be JSON' }) };
  }
}

function initError(error: unknown): Answer {
  if (error instanceof ScenarioInitError) return jsonAnswer(400, { error: error.message });
  throw error;
}

function notFound(): Answer {
  return jsonAnswer(404, { error: 'not found' });
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
