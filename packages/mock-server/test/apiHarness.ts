// Helpers for the groups/sessions tests: scenarios on a bare handler (no socket), calls that
// return status, content type and body, and the fixed scenario they share.
import { createMockHandler, type Dialect, type ScenarioInit, type ScenarioState } from '../src/handler';

export const KEY = 'test-key';
export const ME = '491700000001@c.us';
export const ALICE = '491700000002@c.us';
export const BOB = '491700000003@c.us';
export const OWNER = '491700000005@c.us';
/** A group `me` owns (superadmin), with Alice as a participant. */
export const G1 = '120363025988123456@g.us';
/** A group where `me` is only a participant (OWNER owns it). */
export const G2 = '120363000000000002@g.us';
export const ALL_DIALECTS: Dialect[] = ['docs', 'json-string', 'waha', 'noweb', 'gows', 'webjs'];
export const ENGINE_DIALECTS: Dialect[] = ['waha', 'noweb', 'gows', 'webjs'];
export const NEST = 'application/json; charset=utf-8';

export function groupsInit(dialect: Dialect, extra: Partial<ScenarioInit> = {}): ScenarioInit {
  return {
    dialect,
    keys: [KEY],
    sessions: [
      { id: 's1', me: ME },
      { id: 'starting', status: 'STARTING' },
    ],
    groups: [
      {
        id: G1,
        session: 's1',
        name: 'Test group',
        description: 'About it',
        owner: ME,
        admins: [ME],
        members: [ME, ALICE],
        inviteCode: 'AbCdEfGhIjKlMnOpQrStUv',
        createdAt: 1700000000,
      },
      {
        id: G2,
        session: 's1',
        name: 'Member only',
        owner: OWNER,
        admins: [OWNER],
        members: [OWNER, ME],
        createdAt: 1700000100,
      },
    ],
    ...extra,
  };
}

export interface Answer {
  status: number;
  contentType: string | null;
  text: string;
  bytes: Uint8Array;
  headers: Headers;
  /** The body parsed as JSON (throws when it is not JSON). */
  json(): unknown;
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Default KEY; null sends no key. */
  key?: string | null;
}

export interface TestScenario {
  id: string;
  baseUrl: string;
  call(method: string, path: string, options?: CallOptions): Promise<Answer>;
  state(): Promise<ScenarioState>;
  control(method: string, path: string, body?: unknown): Promise<Response>;
}

const ORIGIN = 'http://mock.test';

/** One handler per test file; each scenario is isolated. */
export function useHandler() {
  const handler = createMockHandler();
  return async function scenario(init: ScenarioInit): Promise<TestScenario> {
    const res = await handler(
      new Request(`${ORIGIN}/__mock/scenarios`, { method: 'POST', body: JSON.stringify(init) }),
    );
    if (res.status !== 201) throw new Error(`scenario: ${res.status} ${await res.text()}`);
    const { id, baseUrl } = (await res.json()) as { id: string; baseUrl: string };
    const control = (method: string, path: string, body?: unknown) =>
      handler(
        new Request(`${ORIGIN}/__mock/scenarios/${id}${path}`, {
          method,
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      );
    return {
      id,
      baseUrl,
      control,
      async state() {
        return (await (await control('GET', '')).json()) as ScenarioState;
      },
      async call(method, path, options = {}) {
        const headers: Record<string, string> = { ...options.headers };
        const key = options.key === undefined ? KEY : options.key;
        if (key !== null) headers.authorization = `Bearer ${key}`;
        if (options.body !== undefined) headers['content-type'] = 'application/json';
        const r = await handler(
          new Request(`${baseUrl}${path}`, {
            method,
            headers,
            ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
          }),
        );
        const bytes = new Uint8Array(await r.arrayBuffer());
        const text = new TextDecoder().decode(bytes);
        return {
          status: r.status,
          contentType: r.headers.get('content-type'),
          text,
          bytes,
          headers: r.headers,
          json: () => JSON.parse(text) as unknown,
        };
      },
    };
  };
}

export const enc = encodeURIComponent;
/** `/s1/groups/<encoded id><suffix>` */
export const groupPath = (group: string, suffix = '', session = 's1') =>
  `/${session}/groups/${enc(group)}${suffix}`;
