// A fetch-only client of the control plane (`/__mock/...`): no node:* imports, so one copy serves
// tests in Node, Deno, workerd and browsers, against a server in this process or another one.
import type {
  Fault,
  LoggedRequest,
  MockControl,
  Scenario,
  ScenarioInit,
  ScenarioState,
  SessionStatus,
} from './types';

export type * from './publicTypes';

/** A fetch that throws on any non-2xx answer, naming the call and the server's words. */
async function call(url: string, init: { method?: string; json?: unknown } = {}): Promise<Response> {
  const { method = 'GET', json } = init;
  const res = await fetch(url, {
    method,
    ...(json === undefined
      ? {}
      : { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } }),
  });
  if (!res.ok) {
    const text = await res.text().catch(() => '');
    throw new Error(`mock control plane: ${method} ${url} → ${res.status} ${text.slice(0, 200)}`);
  }
  return res;
}

/** `url` is the server's root (`server.url`, or where `wasend-mock` listens). */
export function createMockControl(url: string): MockControl {
  const root = url.replace(/\/+$/, '');
  return {
    url: root,
    async createScenario(init: ScenarioInit = {}): Promise<Scenario> {
      const res = await call(`${root}/__mock/scenarios`, { method: 'POST', json: init });
      const { id, baseUrl, scenario } = (await res.json()) as {
        id: string;
        baseUrl: string;
        scenario: ScenarioState;
      };
      const at = `${root}/__mock/scenarios/${encodeURIComponent(id)}`;
      return {
        id,
        baseUrl,
        key: scenario.keys[0] ?? 'test-key',
        sessionId: scenario.sessions[0]?.id ?? 'default',
        groupId: scenario.groups[0]?.id ?? '',
        inviteCode: scenario.groups[0]?.inviteCode ?? '',
        async state() {
          return (await (await call(at)).json()) as ScenarioState;
        },
        async requests() {
          return (await (await call(`${at}/requests`)).json()) as LoggedRequest[];
        },
        async addFaults(faults: Fault[]) {
          // 204s: drop the (empty) body so the connection is released at once.
          await (await call(`${at}/faults`, { method: 'POST', json: faults })).body?.cancel();
        },
        async scanQr(sessionId?: string) {
          const sid = encodeURIComponent(sessionId ?? scenario.sessions[0]?.id ?? 'default');
          await (await call(`${at}/sessions/${sid}/scan`, { method: 'POST' })).body?.cancel();
        },
        async setSessionStatus(sessionId: string, status: SessionStatus) {
          const sid = encodeURIComponent(sessionId);
          await (
            await call(`${at}/sessions/${sid}/status`, { method: 'POST', json: { status } })
          ).body?.cancel();
        },
        async close() {
          await (await call(at, { method: 'DELETE' })).body?.cancel();
        },
      };
    },
  };
}
