import { afterAll, beforeAll } from 'vitest';
import { type Dialect, listen, type MockServer, type ScenarioInit, type ScenarioState } from '../src/index';

export const CODE = 'AbCdEfGhIjKlMnOpQrStUv';
export const GROUP = '120363025988123456@g.us';
export const ME = '491700000001@c.us';
export const KEY = 'test-key';

/** Starts one real server per test file (127.0.0.1, any port). */
export function useServer(): { readonly server: MockServer } {
  const ctx = {} as { server: MockServer };
  beforeAll(async () => {
    ctx.server = await listen({ port: 0 });
  });
  afterAll(async () => {
    await ctx.server.close();
  });
  return ctx;
}

export interface Created {
  id: string;
  baseUrl: string;
  scenario: ScenarioState;
}

export async function createScenario(server: MockServer, init: ScenarioInit = {}): Promise<Created> {
  const res = await fetch(`${server.url}/__mock/scenarios`, { method: 'POST', body: JSON.stringify(init) });
  if (res.status !== 201) throw new Error(`scenario create failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as Created;
}

/** A scenario with fixed, known values so answers can be compared byte for byte. */
export function fixedInit(dialect: Dialect, extra: Partial<ScenarioInit> = {}): ScenarioInit {
  return {
    dialect,
    keys: [KEY],
    sessions: [
      { id: 's1', me: ME },
      { id: 'starting', status: 'STARTING' },
      { id: 'outsider', me: '491700000009@c.us' },
    ],
    groups: [
      {
        id: GROUP,
        session: 's1',
        name: 'Test group',
        description: 'About it',
        owner: ME,
        admins: [ME],
        members: [ME, '491700000002@c.us'],
        inviteCode: CODE,
        createdAt: 1700000000,
      },
      { id: 'other@g.us', session: 'outsider', name: 'Not mine', admins: ['491700000005@c.us'] },
    ],
    ...extra,
  };
}

export function auth(key = KEY): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}

export interface Raw {
  status: number;
  contentType: string | null;
  body: string;
  headers: Headers;
}

export async function call(url: string, init: RequestInit = {}): Promise<Raw> {
  const res = await fetch(url, init);
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    body: await res.text(),
    headers: res.headers,
  };
}

export const enc = encodeURIComponent;
