import { listen } from '@wasend/mock-server';

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string | null;
  time: number;
}

export interface Scenario {
  id: string;
  baseUrl: string;
  key: string;
  inviteCode: string;
  state(): Promise<ScenarioState>;
  requests(): Promise<LoggedRequest[]>;
  addFaults(faults: unknown[]): Promise<void>;
}

export interface ScenarioState {
  groups: Array<{ id: string; session: string; inviteCode: string; members?: string[]; admins?: string[] }>;
  [key: string]: unknown;
}

export interface Mock {
  url: string;
  createScenario(init?: Record<string, unknown>): Promise<Scenario>;
  close(): Promise<void>;
}

/** One mock server on 127.0.0.1 (any port) and a small client of its control plane. */
export async function startMock(): Promise<Mock> {
  const server = await listen({ port: 0, host: '127.0.0.1' });
  const url = server.url;
  const json = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${url}${path}`, init);
    if (!response.ok) throw new Error(`mock control ${path}: HTTP ${response.status}`);
    return response.status === 204 ? undefined : response.json();
  };
  return {
    url,
    close: () => server.close(),
    async createScenario(init = {}) {
      const created = (await json('/__mock/scenarios', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(init),
      })) as { id: string; baseUrl: string; scenario: ScenarioState & { keys: string[] } };
      const id = created.id;
      return {
        id,
        baseUrl: created.baseUrl,
        key: created.scenario.keys[0] as string,
        inviteCode: created.scenario.groups[0]?.inviteCode as string,
        state: () => json(`/__mock/scenarios/${id}`) as Promise<ScenarioState>,
        requests: () => json(`/__mock/scenarios/${id}/requests`) as Promise<LoggedRequest[]>,
        addFaults: async (faults) => {
          await json(`/__mock/scenarios/${id}/faults`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(faults),
          });
        },
      };
    },
  };
}
