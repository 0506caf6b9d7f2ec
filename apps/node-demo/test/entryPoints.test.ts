import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { requireBuilt } from './helpers/built';
import { type Mock, startMock } from './helpers/mock';
import { appDir, spawnSystemNode, waitForOutput } from './helpers/systemNode';

// The built entry points, run as real processes under the system node.
const QR_BLOCKS = /[█▀▄]/;
const GROUP = '120363025988123456@g.us';
let mock: Mock;

beforeAll(async () => {
  requireBuilt('server.js', 'oneShot.js');
  mock = await startMock();
});
afterAll(async () => {
  await mock.close();
});

test('pnpm demo (dist/oneShot.js): code, link and QR code from the embedded mock, then its groups, exit 0', async () => {
  const run = spawnSystemNode([join(appDir, 'dist', 'oneShot.js')]);
  expect(await run.exited).toBe(0);
  const out = run.stdout();
  const code = out.match(/Group invite code: ([A-Za-z0-9]+)\n/)?.[1];
  expect(code).toMatch(/^[A-Za-z0-9]{22}$/);
  expect(out).toContain(`https://chat.whatsapp.com/${code}`);
  expect(out).toMatch(QR_BLOCKS);
  expect(run.stderr()).toContain('EMBEDDED MOCK SERVER');
  // The invite comes first (code, link, QR code), then the seeded group and its members with roles.
  const groups = out.indexOf('Groups of session demo: 1\n');
  expect(groups).toBeGreaterThan(out.lastIndexOf('█'));
  expect(out.slice(groups)).toBe(
    [
      'Groups of session demo: 1',
      `  Wasend demo group (${GROUP}), 3 participants`,
      '    superadmin  491700000001@c.us',
      '    participant 491700000002@c.us',
      '    participant 491700000003@c.us',
      '',
    ].join('\n'),
  );
});

test('dist/oneShot.js with WASEND_API_KEY uses that API (here a mock scenario), no mock warning', async () => {
  const scenario = await mock.createScenario({ keys: ['one-shot-key-77'] });
  const run = spawnSystemNode([join(appDir, 'dist', 'oneShot.js'), 'default', '120363025988123456@g.us'], {
    WASEND_API_KEY: 'one-shot-key-77',
    WASEND_BASE_URL: scenario.baseUrl,
  });
  expect(await run.exited).toBe(0);
  expect(run.stdout()).toContain(`Group invite code: ${scenario.inviteCode}\n`);
  expect(run.stdout()).toContain(
    `Groups of session default: 1\n  Wasend test group (${GROUP}), 1 participant\n`,
  );
  expect(run.stderr()).toBe('');
  expect((await scenario.requests()).map(({ method, path }) => `${method} ${path}`)).toEqual([
    `GET /default/groups/${encodeURIComponent(GROUP)}/invite-code`,
    'GET /default/groups',
  ]);
});

test('dist/oneShot.js: the invite is printed even when the group list then fails (exit 1, one line)', async () => {
  const scenario = await mock.createScenario({
    keys: ['one-shot-key-78'],
    faults: [
      // The invite-code request uses up the first fault (a plain answer), the list gets the second.
      { match: { path: 'invite-code' }, times: 1, respond: { delayMs: 0 } },
      {
        match: { path: '/groups' },
        times: 1,
        respond: { status: 403, body: { success: false, error: 'no' } },
      },
    ],
  });
  const run = spawnSystemNode([join(appDir, 'dist', 'oneShot.js'), 'default', GROUP], {
    WASEND_API_KEY: 'one-shot-key-78',
    WASEND_BASE_URL: scenario.baseUrl,
  });
  expect(await run.exited).toBe(1);
  expect(run.stdout()).toContain(`Group invite code: ${scenario.inviteCode}\n`);
  expect(run.stdout()).toMatch(QR_BLOCKS);
  expect(run.stdout()).not.toContain('Groups of session');
  expect(run.stderr()).toMatch(/^node-demo: PermissionDeniedError: .+\n$/);
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
    const list = await fetch(`${url}/api/sessions/demo/groups`);
    expect(list.status).toBe(200);
    const { groups } = await list.json();
    expect(groups).toEqual([
      expect.objectContaining({ id: GROUP, name: 'Wasend demo group', participantsCount: 3 }),
    ]);
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
