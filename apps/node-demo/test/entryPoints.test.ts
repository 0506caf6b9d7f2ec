import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { requireBuilt } from './helpers/built';
import { type Mock, startMock } from './helpers/mock';
import { appDir, spawnSystemNode, waitForOutput } from './helpers/systemNode';

// The built entry points, run as real processes under the system node.
const QR_BLOCKS = /[█▀▄]/;
let mock: Mock;

beforeAll(async () => {
  requireBuilt('server.js', 'oneShot.js');
  mock = await startMock();
});
afterAll(async () => {
  await mock.close();
});

test('pnpm demo (dist/oneShot.js): code, link and QR code from the embedded mock, exit 0', async () => {
  const run = spawnSystemNode([join(appDir, 'dist', 'oneShot.js')]);
  expect(await run.exited).toBe(0);
  const out = run.stdout();
  const code = out.match(/Group invite code: ([A-Za-z0-9]+)\n/)?.[1];
  expect(code).toMatch(/^[A-Za-z0-9]{22}$/);
  expect(out).toContain(`https://chat.whatsapp.com/${code}`);
  expect(out).toMatch(QR_BLOCKS);
  expect(run.stderr()).toContain('EMBEDDED MOCK SERVER');
});

test('dist/oneShot.js with WASEND_API_KEY uses that API (here a mock scenario), no mock warning', async () => {
  const scenario = await mock.createScenario({ keys: ['one-shot-key-77'] });
  const run = spawnSystemNode([join(appDir, 'dist', 'oneShot.js'), 'default', '120363025988123456@g.us'], {
    WASEND_API_KEY: 'one-shot-key-77',
    WASEND_BASE_URL: scenario.baseUrl,
  });
  expect(await run.exited).toBe(0);
  expect(run.stdout()).toContain(`Group invite code: ${scenario.inviteCode}\n`);
  expect(run.stderr()).toBe('');
});

test('dist/oneShot.js failure: exit 1 and one clear line, without the key', async () => {
  const scenario = await mock.createScenario({ keys: ['the-right-key'] });
  const run = spawnSystemNode([join(appDir, 'dist', 'oneShot.js'), 'default', '120363025988123456@g.us'], {
    WASEND_API_KEY: 'a-wrong-key-31337',
    WASEND_BASE_URL: scenario.baseUrl,
  });
  expect(await run.exited).toBe(1);
  expect(run.stderr()).toMatch(/^node-demo: AuthenticationError: .+\n$/);
  expect(run.stderr()).not.toContain('a-wrong-key-31337');
});

test('dist/server.js without WASEND_API_KEY: loud mock warning, serves the contract, stops on SIGTERM', async () => {
  const run = spawnSystemNode([join(appDir, 'dist', 'server.js')], { PORT: '0' });
  try {
    const [, url] = await waitForOutput(run, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    expect(run.stderr()).toContain('WARNING: WASEND_API_KEY is not set');
    expect(run.stderr()).toContain('EMBEDDED MOCK SERVER');
    const response = await fetch(
      `${url}/api/sessions/demo/groups/${encodeURIComponent('120363025988123456@g.us')}/invite`,
    );
    expect(response.status).toBe(200);
    const { code, link } = await response.json();
    expect(code).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(link).toBe(`https://chat.whatsapp.com/${code}`);
  } finally {
    run.child.kill('SIGTERM');
  }
  expect(await run.exited).toBe(0);
});

test('dist/server.js with a bad PORT exits 1 with one line', async () => {
  const run = spawnSystemNode([join(appDir, 'dist', 'server.js')], {
    PORT: 'abc',
    WASEND_API_KEY: 'k-123456',
  });
  expect(await run.exited).toBe(1);
  expect(run.stderr()).toMatch(/^node-demo: Error: PORT must be/);
});
