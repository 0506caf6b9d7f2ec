import { type Answer, emptyAnswer, jsonAnswer } from './answer';
import { addFaults, type ScenarioStore } from './state';
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
  if (segments.length > 3 || !['', 'requests', 'faults'].includes(action)) return notFound();
  if (!scenario || id === null) return jsonAnswer(404, { error: 'unknown scenario' });

  if (action === '' && method === 'GET') return jsonAnswer(200, scenario.state);
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
