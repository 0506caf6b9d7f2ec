import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import * as core from '@wasend/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import * as node from '../src/index';
import { WasendClient } from '../src/index';
import { type Mock, type Scenario, startMock } from './helpers/mock';

const GROUP = '120363025988123456@g.us';
let mock: Mock;
let scenario: Scenario;
const savedEnv = { key: process.env.WASEND_API_KEY, url: process.env.WASEND_BASE_URL };

beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(async () => {
  delete process.env.WASEND_API_KEY;
  delete process.env.WASEND_BASE_URL;
  scenario = await mock.createScenario({ keys: ['node-test-key-123'] });
});
afterEach(() => {
  for (const [name, value] of [
    ['WASEND_API_KEY', savedEnv.key],
    ['WASEND_BASE_URL', savedEnv.url],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('configuration from the environment', () => {
  test('reads WASEND_API_KEY and WASEND_BASE_URL when no options are given', async () => {
    process.env.WASEND_API_KEY = scenario.key;
    process.env.WASEND_BASE_URL = scenario.baseUrl;
    const client = new WasendClient();
    expect(await client.getGroupInviteCode('default', GROUP)).toBe(scenario.inviteCode);
    const [request] = await scenario.requests();
    expect(request?.headers.authorization).toBe(`Bearer ${scenario.key}`);
  });

  test('trims a key pasted with a trailing newline (core rule, reached through env)', async () => {
    process.env.WASEND_API_KEY = `${scenario.key}\n`;
    const client = new WasendClient({ baseUrl: scenario.baseUrl });
    expect(await client.getGroupInviteCode('default', GROUP)).toBe(scenario.inviteCode);
  });

  test('explicit apiKey and baseUrl win over the environment', async () => {
    const other = await mock.createScenario({ keys: ['other-key-456'] });
    process.env.WASEND_API_KEY = 'wrong-key-from-env';
    process.env.WASEND_BASE_URL = other.baseUrl;
    const client = new WasendClient({ apiKey: scenario.key, baseUrl: scenario.baseUrl });
    expect(await client.getGroupInviteCode('default', GROUP)).toBe(scenario.inviteCode);
    expect(await other.requests()).toHaveLength(0);
  });

  test('explicit apiKey with baseUrl still taken from the environment', async () => {
    process.env.WASEND_BASE_URL = scenario.baseUrl;
    const client = new WasendClient({ apiKey: scenario.key });
    expect(await client.getGroupInviteCode('default', GROUP)).toBe(scenario.inviteCode);
  });

  test('an explicit null apiKey stays null: no Authorization header even with WASEND_API_KEY set', async () => {
    process.env.WASEND_API_KEY = scenario.key;
    const client = new WasendClient({ apiKey: null, baseUrl: scenario.baseUrl });
    await expect(client.getGroupInviteCode('default', GROUP)).rejects.toBeInstanceOf(
      core.AuthenticationError,
    );
    const [request] = await scenario.requests();
    expect(request?.headers.authorization).toBeUndefined();
  });

  test('no key anywhere is a WasendArgumentError (the library never falls back to anything)', () => {
    expect(() => new WasendClient({ baseUrl: scenario.baseUrl })).toThrow(core.WasendArgumentError);
  });

  test('an empty WASEND_API_KEY counts as not set', () => {
    process.env.WASEND_API_KEY = '';
    expect(() => new WasendClient({ baseUrl: scenario.baseUrl })).toThrow(core.WasendArgumentError);
  });
});

describe('User-Agent', () => {
  test('names the SDK and Node versions, and arrives at the server', async () => {
    const client = new WasendClient({ apiKey: scenario.key, baseUrl: scenario.baseUrl });
    await client.getGroupInviteCode('default', GROUP);
    const [request] = await scenario.requests();
    expect(request?.headers['user-agent']).toBe(`wasend-js/${node.VERSION} node/${process.version}`);
    expect(node.VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  test("a caller's own User-Agent header wins", async () => {
    const client = new WasendClient({
      apiKey: scenario.key,
      baseUrl: scenario.baseUrl,
      headers: { 'user-agent': 'my-app/1.0', 'x-extra': 'yes' },
    });
    await client.getGroupInviteCode('default', GROUP);
    const [request] = await scenario.requests();
    expect(request?.headers['user-agent']).toBe('my-app/1.0');
    expect(request?.headers['x-extra']).toBe('yes');
  });
});

describe('connections', () => {
  test("are reused: Node's global fetch keeps them alive, no agent needed", async () => {
    let connections = 0;
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ success: true, inviteCode: 'AbCdEfGhIjKlMnOpQrStUv' }));
    });
    server.on('connection', () => {
      connections++;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = new WasendClient({ apiKey: 'keep-alive-key', baseUrl: `http://127.0.0.1:${port}` });
      for (let i = 0; i < 10; i++) {
        expect(await client.getGroupInviteCode('s1', GROUP)).toBe('AbCdEfGhIjKlMnOpQrStUv');
      }
      // undici may open a second socket while the first is being released; never one per call.
      expect(connections).toBeGreaterThanOrEqual(1);
      expect(connections).toBeLessThanOrEqual(2);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('re-exports', () => {
  test('everything core exports, with its own WasendClient subclass in place', () => {
    const coreExports: Record<string, unknown> = { ...core };
    const nodeExports: Record<string, unknown> = { ...node };
    for (const [name, value] of Object.entries(coreExports)) {
      expect(nodeExports, name).toHaveProperty(name);
      if (name !== 'WasendClient') expect(nodeExports[name], name).toBe(value);
    }
    expect(node.WasendClient).not.toBe(core.WasendClient);
    const client = new node.WasendClient({ apiKey: 'k-123456' });
    expect(client).toBeInstanceOf(core.WasendClient);
  });
});

describe('the key never shows', () => {
  const key = 'node-secret-key-that-must-not-leak';

  test('util.inspect(client), String and JSON of the client', async () => {
    const withKey = await mock.createScenario({ keys: [key] });
    process.env.WASEND_API_KEY = key;
    const client = new WasendClient({ baseUrl: withKey.baseUrl });
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(key);
    expect(String(client)).not.toContain(key);
    expect(JSON.stringify(client) ?? '').not.toContain(key);
  });

  test('util.inspect(err) even when the server echoes the key back', async () => {
    const withKey = await mock.createScenario({ keys: [key] });
    await withKey.addFaults([
      { respond: { status: 403, body: { success: false, error: `key ${key} may not do this` } } },
    ]);
    const client = new WasendClient({ apiKey: key, baseUrl: withKey.baseUrl });
    const error = await client.getGroupInviteCode('default', GROUP).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(core.isWasendError(error)).toBe(true);
    expect(error).toBeInstanceOf(core.PermissionDeniedError);
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(key);
    expect(String(error)).not.toContain(key);
    expect(JSON.stringify(error)).not.toContain(key);
  });
});
