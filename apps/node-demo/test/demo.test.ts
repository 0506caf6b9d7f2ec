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

function expectNoKeyIn(response: Response) {
  response.headers.forEach((value) => {
    expect(value).not.toContain(KEY);
  });
}

describe('routes', () => {
  test('GET …/invite → 200 { code, link }', async () => {
    const { scenario, server, invitePath } = await setup();
    const response = await fetch(`${server.url}${invitePath()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await body(response)).toEqual({
      code: scenario.inviteCode,
      link: `https://chat.whatsapp.com/${scenario.inviteCode}`,
    });
    const [upstream] = await scenario.requests();
    expect(upstream?.path).toBe(`/default/groups/${encodeURIComponent(GROUP)}/invite-code`);
    expect(upstream?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  test('POST …/invite/revoke → 200 with the new code', async () => {
    const { scenario, server, invitePath } = await setup();
    const response = await fetch(`${server.url}${invitePath()}/revoke`, { method: 'POST' });
    expect(response.status).toBe(200);
    const { code, link } = await body(response);
    expect(code).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(code).not.toBe(scenario.inviteCode);
    expect(link).toBe(`https://chat.whatsapp.com/${code}`);
    expect((await scenario.state()).groups[0]?.inviteCode).toBe(code);
  });

  test('path params are decoded from the URL, then encoded again by the SDK', async () => {
    const { scenario, server } = await setup({ dialect: 'waha' });
    // '@' unencoded, and an encoded '/' that must stay inside the id.
    await fetch(`${server.url}/api/sessions/default/groups/${GROUP}/invite`);
    const response = await fetch(`${server.url}/api/sessions/default/groups/a%2Fb/invite`);
    expect(response.status).toBe(404);
    const paths = (await scenario.requests()).map((r) => r.path);
    expect(paths).toEqual([
      `/default/groups/${encodeURIComponent(GROUP)}/invite-code`,
      '/default/groups/a%2Fb/invite-code',
    ]);
  });

  test('unknown routes → 404, wrong methods → 405', async () => {
    const { server, invitePath } = await setup();
    const notFound = await fetch(`${server.url}/api/nothing`);
    expect(notFound.status).toBe(404);
    expect((await body(notFound)).error.type).toBe('NotFound');
    const wrongGet = await fetch(`${server.url}${invitePath()}/revoke`);
    expect(wrongGet.status).toBe(405);
    expect(wrongGet.headers.get('allow')).toBe('POST');
    const wrongPost = await fetch(`${server.url}${invitePath()}`, { method: 'POST' });
    expect(wrongPost.status).toBe(405);
    expect(wrongPost.headers.get('allow')).toBe('GET');
  });

  test('malformed percent-encoding → 400', async () => {
    const { server } = await setup();
    const response = await fetch(`${server.url}/api/sessions/default/groups/%E0%A4%A/invite`);
    expect(response.status).toBe(400);
    expect((await body(response)).error.type).toBe('BadRequest');
  });
});

describe('errors → { error: { type, message } } with the DESIGN.md status', () => {
  async function errorOf(response: Response) {
    const { error } = await body(response);
    expect(Object.keys(error).sort()).toEqual(['message', 'type']);
    expect(typeof error.message).toBe('string');
    return error as { type: string; message: string };
  }

  test('404 from upstream keeps its status', async () => {
    const { server, invitePath } = await setup();
    const response = await fetch(`${server.url}${invitePath('999@g.us')}`);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).type).toBe('NotFoundError');
  });

  test('403 (not an admin) keeps its status', async () => {
    const { server, invitePath } = await setup({
      groups: [{ id: GROUP, session: 'default', admins: ['491700000099@c.us'] }],
    });
    const response = await fetch(`${server.url}${invitePath()}`);
    expect(response.status).toBe(403);
    expect((await errorOf(response)).type).toBe('PermissionDeniedError');
  });

  test('401 (the server key is rejected) keeps its status, and the key stays out', async () => {
    const { scenario, server, invitePath } = await setup();
    await scenario.addFaults([
      { respond: { status: 401, body: { success: false, error: `invalid key ${KEY}` } } },
    ]);
    const response = await fetch(`${server.url}${invitePath()}`);
    expect(response.status).toBe(401);
    expect((await errorOf(response)).type).toBe('AuthenticationError');
  });

  test('422 (session not ready) keeps its status', async () => {
    const { server, invitePath } = await setup({ sessions: [{ id: 'default', status: 'STARTING' }] });
    const response = await fetch(`${server.url}${invitePath()}`);
    expect(response.status).toBe(422);
    expect((await errorOf(response)).type).toBe('UnprocessableEntityError');
  });

  test('500 from upstream keeps its status', async () => {
    const { scenario, server, invitePath } = await setup();
    await scenario.addFaults([{ respond: { status: 500, body: { statusCode: 500, message: 'boom' } } }]);
    const response = await fetch(`${server.url}${invitePath()}/revoke`, { method: 'POST' });
    expect(response.status).toBe(500);
    const error = await errorOf(response);
    expect(error.type).toBe('InternalServerError');
    expect(error.message).toContain('boom');
  });

  test('a 200 with success:false → 502', async () => {
    const { scenario, server, invitePath } = await setup();
    await scenario.addFaults([
      { respond: { status: 200, body: { success: false, error: 'engine said no' } } },
    ]);
    const response = await fetch(`${server.url}${invitePath()}`);
    expect(response.status).toBe(502);
    const error = await errorOf(response);
    expect(error.type).toBe('WasendAPIError');
    expect(error.message).toContain('engine said no');
  });

  test('429 → 429 with Retry-After', async () => {
    const { scenario, server, invitePath } = await setup();
    // Over 60 s: the SDK does not wait, it throws at once with retryAfterMs set.
    await scenario.addFaults([
      {
        respond: {
          status: 429,
          headers: { 'retry-after': '120' },
          body: { success: false, error: 'slow down' },
        },
      },
    ]);
    const response = await fetch(`${server.url}${invitePath()}`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('120');
    expect((await errorOf(response)).type).toBe('RateLimitError');
  });

  test('bad input (empty session id) → 400 WasendArgumentError, nothing sent upstream', async () => {
    const { scenario, server } = await setup();
    const response = await fetch(`${server.url}/api/sessions//groups/${encodeURIComponent(GROUP)}/invite`);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).type).toBe('WasendArgumentError');
    expect(await scenario.requests()).toHaveLength(0);
  });

  test('timeout → 504 WasendTimeoutError', async () => {
    const { scenario, server, invitePath } = await setup({}, { client: { timeout: 200 } });
    await scenario.addFaults([{ respond: { hang: true } }]);
    const response = await fetch(`${server.url}${invitePath()}/revoke`, { method: 'POST' });
    expect(response.status).toBe(504);
    expect((await errorOf(response)).type).toBe('WasendTimeoutError');
  });

  test('connection reset → 502 WasendConnectionError', async () => {
    const { scenario, server, invitePath } = await setup();
    await scenario.addFaults([{ respond: { reset: 'before-headers' } }]);
    const response = await fetch(`${server.url}${invitePath()}/revoke`, { method: 'POST' });
    expect(response.status).toBe(502);
    expect((await errorOf(response)).type).toBe('WasendConnectionError');
  });

  test('a 2xx with no usable body → 502 WasendResponseError', async () => {
    const { scenario, server, invitePath } = await setup();
    await scenario.addFaults([{ respond: { status: 200, body: '' } }]);
    const response = await fetch(`${server.url}${invitePath()}/revoke`, { method: 'POST' });
    expect(response.status).toBe(502);
    expect((await errorOf(response)).type).toBe('WasendResponseError');
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

  test('with DEMO_TOKEN set: cross-origin needs the right bearer token; same-origin still works', async () => {
    const { scenario, server, invitePath } = await setup({}, { demoToken: DEMO_TOKEN });
    const url = `${server.url}${invitePath()}`;
    expect((await fetch(url, { headers: { origin: evil } })).status).toBe(401);
    expect(
      (await fetch(url, { headers: { origin: evil, authorization: 'Bearer wrong-token' } })).status,
    ).toBe(401);
    expect(
      (await fetch(url, { headers: { origin: evil, authorization: `Basic ${DEMO_TOKEN}` } })).status,
    ).toBe(401);
    expect(await scenario.requests()).toHaveLength(0);

    const allowed = await fetch(url, { headers: { origin: evil, authorization: `Bearer ${DEMO_TOKEN}` } });
    expect(allowed.status).toBe(200);
    expect((await body(allowed)).code).toBe(scenario.inviteCode);
    expect((await fetch(url)).status).toBe(200);
    // The demo token is the demo's own: upstream sees only the real key.
    for (const upstream of await scenario.requests()) {
      expect(upstream.headers.authorization).toBe(`Bearer ${KEY}`);
    }
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
  const proxyPath = (group = GROUP) => `/wasend/default/groups/${encodeURIComponent(group)}/invite-code`;

  test('forwards to the upstream with the real key; the caller’s Authorization and cookies are dropped', async () => {
    const { scenario, server } = await setup({}, { demoToken: DEMO_TOKEN });
    const response = await fetch(`${server.url}${proxyPath()}`, {
      headers: {
        origin: 'http://other.example',
        authorization: `Bearer ${DEMO_TOKEN}`,
        cookie: 'session=abc',
      },
    });
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ success: true, inviteCode: scenario.inviteCode });
    const [upstream] = await scenario.requests();
    expect(upstream?.path).toBe(`/default/groups/${encodeURIComponent(GROUP)}/invite-code`);
    expect(upstream?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(upstream?.headers.cookie).toBeUndefined();
  });

  test('an SDK client with apiKey null works through it', async () => {
    const { scenario, server } = await setup();
    const client = new WasendClient({ apiKey: null, baseUrl: `${server.url}/wasend` });
    expect(await client.getGroupInviteCode('default', GROUP)).toBe(scenario.inviteCode);
    const fresh = await client.revokeGroupInviteCode('default', GROUP);
    expect(fresh).not.toBe(scenario.inviteCode);
    const info = await client.getGroupJoinInfo('default', fresh);
    expect(info.id).toBe(GROUP);
  });

  test('same caller rule: cross-origin without the token → 401 and nothing upstream', async () => {
    const { scenario, server } = await setup({}, { demoToken: DEMO_TOKEN });
    const response = await fetch(`${server.url}${proxyPath()}`, {
      headers: { origin: 'http://evil.example' },
    });
    expect(response.status).toBe(401);
    expect(await scenario.requests()).toHaveLength(0);
  });

  test('a key echoed by the upstream is not passed on', async () => {
    const { scenario, server } = await setup();
    await scenario.addFaults([
      {
        respond: {
          status: 401,
          headers: { 'content-type': 'application/json', 'x-echo': KEY },
          body: JSON.stringify({ success: false, error: `bad key: Bearer ${KEY}` }),
        },
      },
    ]);
    const response = await fetch(`${server.url}${proxyPath()}`);
    expect(response.status).toBe(401);
    expectNoKeyIn(response);
    await body(response);
  });

  test('only the invite endpoints are forwarded', async () => {
    const { scenario, server } = await setup();
    const response = await fetch(`${server.url}/wasend/default/messages`);
    expect(response.status).toBe(404);
    expect(await scenario.requests()).toHaveLength(0);
  });
});
