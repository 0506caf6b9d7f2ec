// A fetch-only client of the mock server's control plane (INTERFACES.md): works in every runtime.
import type { Fault, LoggedRequest, MockControl, Scenario, ScenarioInit, ScenarioState } from './types.ts';

async function call(url: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const { json, ...rest } = init;
  const res = await fetch(url, {
    ...rest,
    ...(json === undefined
      ? {}
      : { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } }),
  });
  if (!res.ok) {
    const text = await res.text().catch(() => '');
    throw new Error(
      `mock control plane: ${init.method ?? 'GET'} ${url} → ${res.status} ${text.slice(0, 200)}`,
    );
  }
  return res;
}

export function createMockControl(url: string): MockControl {
  const root = url.replace(/\/+$/, '');
  return {
    url: root,
    async createScenario(init: ScenarioInit = {}): Promise<Scenario> {
      const res = await call(`${root}/__mock/scenarios`, { method: 'POST', json: init });
      const created = (await res.json()) as { id: string; baseUrl: string; scenario: ScenarioState };
      const { id, baseUrl, scenario } = created;
      const at = `${root}/__mock/scenarios/${encodeURIComponent(id)}`;
      return {
        id,
        baseUrl,
        key: scenario.keys?.[0] ?? init.keys?.[0] ?? 'test-key',
        sessionId: scenario.sessions?.[0]?.id ?? 'default',
        groupId: scenario.groups?.[0]?.id ?? '',
        inviteCode: scenario.groups?.[0]?.inviteCode ?? '',
        async state() {
          return (await (await call(at)).json()) as ScenarioState;
        },
        async requests() {
          return (await (await call(`${at}/requests`)).json()) as LoggedRequest[];
        },
        async addFaults(faults: Fault[]) {
          await (await call(`${at}/faults`, { method: 'POST', json: faults })).body?.cancel();
        },
        async close() {
          await (await call(at, { method: 'DELETE' })).body?.cancel();
        },
      };
    },
  };
}
