import { request as httpRequest } from 'node:http';
import { WasendClient } from '@wasend/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type DemoServerOptions, startDemoServer } from '../src/startServer';
import { type Mock, type ScenarioInit, startMock } from './helpers/mock';

// The demo contract against the real node:http server (port 0), backed by a mock scenario.
const GROUP = '120363025988123456@g.us';
const KEY = 'demo-upstream-key-5b1e0d';
const DEMO_TOKEN = 'demo-token-for-other-origins';

let mock: Mock;
const servers: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  mock = await startMock();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(async () => {
  await mock.close();
});

async function setup(init: ScenarioInit = {}, options: Partial<DemoServerOptions> = {}) {
  const scenario = await mock.createScenario({ keys: [KEY], ...init });
  const server = await startDemoServer({ apiKey: KEY, baseUrl: scenario.baseUrl, port: 0, ...options });
  servers.push(server);
  const invitePath = (group = GROUP, session = 'default') =>
    `/api/sessions/${encodeURIComponent(session)}/groups/${encodeURIComponent(group)}/invite`;
  return { scenario, server, invitePath };
}

async function body(response: Response) {
  const text = await response.text();
  expect(text).not.toContain(KEY);
  return JSON.parse(text);
}

// The contract every demo shares runs in demoContract.test.ts; these are node-demo's own checks.
describe('errors → { error: { type, message } } with the docs/design.md status', () => {
  async function errorOf(response: Response) {
    const { error } = await body(response);
    expect(Object.keys(error).sort()).toEqual(['message', 'type']);
    expect(typeof error.message).toBe('string');
    return error as { type: string; message: string };
  }

  test('403 (not an admin) keeps its status', async () => {
    const { server, invitePath } = await setup({
      groups: [{ id: GROUP, session: 'default', admins: ['491700000099@c.us'] }],
    });
    const response = await fetch(`${server.url}${invitePath()}`);
    expect(response.status).toBe(403);
    expect((await errorOf(response)).type).toBe('PermissionDeniedError');
  });

  test('422 (session not ready) keeps its status', async () => {
    const { server, invitePath } = await setup({ sessions: [{ id: 'default', status: 'STARTING' }] });
    const response = await fetch(`${server.url}${invitePath()}`);
    expect(response.status).toBe(422);
    expect((await errorOf(response)).type).toBe('UnprocessableEntityError');
  });

  test('timeout → 504 WasendTimeoutError', async () => {
    const { scenario, server, invitePath } = await setup({}, { client: { timeout: 200 } });
    await scenario.addFaults([{ respond: { hang: true } }]);
    const response = await fetch(`${server.url}${invitePath()}/revoke`, { method: 'POST' });
    expect(response.status).toBe(504);
    expect((await errorOf(response)).type).toBe('WasendTimeoutError');
  });
});

describe('who may call', () => {
  const evil = 'http://evil.example';

  test('same-origin: no Origin, or Origin equal to our own, or Sec-Fetch-Site same-origin', async () => {
    const { server, invitePath } = await setup();
    const url = `${server.url}${invitePath()}`;
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(url, { headers: { origin: server.url } })).status).toBe(200);
    expect(
      (await fetch(url, { headers: { origin: server.url, 'sec-fetch-site': 'same-origin' } })).status,
    ).toBe(200);
    expect((await fetch(url, { headers: { 'sec-fetch-site': 'none' } })).status).toBe(200);
  });

  test('cross-origin without DEMO_TOKEN configured → 401, even with a bearer token; nothing upstream', async () => {
    const { scenario, server, invitePath } = await setup();
    const url = `${server.url}${invitePath()}`;
    for (const headers of [
      { origin: evil } as Record<string, string>,
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: server.url.replace('127.0.0.1', 'localhost') },
      { origin: evil, authorization: `Bearer ${DEMO_TOKEN}` },
    ]) {
      const response = await fetch(url, { headers });
      expect(response.status, JSON.stringify(headers)).toBe(401);
      expect((await body(response)).error.type).toBe('Unauthorized');
    }
    const revoke = await fetch(`${url}/revoke`, { method: 'POST', headers: { origin: evil } });
    expect(revoke.status).toBe(401);
    expect(await scenario.requests()).toHaveLength(0);
  });

  test('a Host that is not loopback (DNS rebinding) → 403', async () => {
    const { scenario, server, invitePath } = await setup();
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = httpRequest(
        `${server.url}${invitePath()}`,
        {
          headers: { host: `rebind.example:${server.port}`, origin: `http://rebind.example:${server.port}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    expect(await scenario.requests()).toHaveLength(0);
  });
});

describe('the /wasend proxy', () => {
  test('an SDK client with apiKey null works through it', async () => {
    const { scenario, server } = await setup();
    const client = new WasendClient({ apiKey: null, baseUrl: `${server.url}/wasend` });
    expect(await client.getGroupInviteCode('default', GROUP)).toBe(scenario.inviteCode);
    const fresh = await client.revokeGroupInviteCode('default', GROUP);
    expect(fresh).not.toBe(scenario.inviteCode);
    const info = await client.getGroupJoinInfo('default', fresh);
    expect(info.id).toBe(GROUP);
  });

  test('the group list through it: getGroups and getGroupParticipants (the proxy allows them), nothing else', async () => {
    const { scenario, server } = await setup({
      groups: [
        {
          id: GROUP,
          session: 'default',
          name: 'Book club',
          owner: '491700000001@c.us', // the session's own number
          admins: ['491700000002@c.us'],
          members: ['491700000001@c.us', '491700000002@c.us', '491700000003@c.us'],
        },
      ],
    });
    const client = new WasendClient({ apiKey: null, baseUrl: `${server.url}/wasend` });
    const groups = await client.getGroups('default', { exclude: ['participants'] });
    expect(groups.map(({ id, name }) => ({ id, name }))).toEqual([{ id: GROUP, name: 'Book club' }]);
    const people = await client.getGroupParticipants('default', GROUP);
    expect(people.map(({ id, role }) => ({ id, role }))).toEqual([
      { id: '491700000001@c.us', role: 'superadmin' },
      { id: '491700000002@c.us', role: 'admin' },
      { id: '491700000003@c.us', role: 'participant' },
    ]);
    await expect(client.getGroupsCount('default')).rejects.toMatchObject({ status: 404 });
    const upstream = await scenario.requests();
    expect(upstream.map(({ path }) => path)).toEqual([
      '/default/groups',
      `/default/groups/${encodeURIComponent(GROUP)}/participants`,
    ]);
    for (const request of upstream) expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
  });
});
