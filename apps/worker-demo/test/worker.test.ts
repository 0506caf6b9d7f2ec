// The worker demo as a real `wrangler dev --local` process (workerd, nodejs_compat off), against a
// mock scenario: every demo-kit contract case, the browser demo page on '/', and the loud
// embedded-mock fallback when no key is bound.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listen } from '@wasend/mock-server';
import { createMockControl, registerCases, type Scenario } from '@wasend/test-suite';
import { startWranglerDev, type WranglerDev } from '@wasend/test-suite/wrangler-dev';
import { type DemoContext, demoCases } from 'demo-kit/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const appDir = fileURLToPath(new URL('..', import.meta.url));

// The browser demo's build, when it exists; otherwise a placeholder page stands in for it.
const builtPage = join(appDir, '../browser-demo/dist/index.html');
let placeholderDir: string | undefined;
function assetsOverride(): string | undefined {
  if (existsSync(builtPage)) return undefined;
  placeholderDir ??= mkdtempSync(join(tmpdir(), 'worker-demo-assets-'));
  writeFileSync(join(placeholderDir, 'index.html'), '<!doctype html><title>browser-demo not built</title>\n');
  return placeholderDir;
}
afterAll(() => {
  if (placeholderDir) rmSync(placeholderDir, { recursive: true, force: true });
});
const expectedPage = () =>
  readFileSync(placeholderDir ? join(placeholderDir, 'index.html') : builtPage, 'utf8');

describe('worker-demo under wrangler dev, against a mock scenario', () => {
  let mock: Awaited<ReturnType<typeof listen>>;
  let scenario: Scenario;
  let dev: WranglerDev;
  const demoToken = `demo-token-${crypto.randomUUID()}`;
  const ctx = {} as DemoContext;

  beforeAll(async () => {
    mock = await listen({ port: 0, host: '127.0.0.1' });
    scenario = await createMockControl(mock.url).createScenario({});
    dev = await startWranglerDev({
      cwd: appDir,
      vars: { WASEND_API_KEY: scenario.key, WASEND_BASE_URL: scenario.baseUrl, DEMO_TOKEN: demoToken },
      assetsDir: assetsOverride(),
    });
    Object.assign(ctx, { demoUrl: dev.url, scenario, demoToken } satisfies DemoContext);
  }, 90_000);

  afterAll(async () => {
    await dev?.stop();
    await scenario?.close().catch(() => undefined);
    await mock?.close();
  }, 20_000);

  registerCases(
    test,
    demoCases,
    ctx,
    'demo contract · every shared demo case executed against the worker',
    15_000,
  );

  test("the browser demo's built page is served on '/' (same origin as the API)", async () => {
    const response = await fetch(`${dev.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toBe(expectedPage());
  });

  test("the page's own files (scripts, styles) are served too, none holding the key", async () => {
    const page = await (await fetch(`${dev.url}/`)).text();
    expect(page).not.toContain(scenario.key);
    // Same-origin references only ('/x' or './x'), resolved against the page.
    const local = [...page.matchAll(/(?:src|href)="(\.?\/[^"]+)"/g)].map((m) => m[1] as string);
    if (!placeholderDir) expect(local.length).toBeGreaterThan(0);
    for (const path of local) {
      const response = await fetch(new URL(path, `${dev.url}/`));
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).not.toContain(scenario.key);
    }
  });
});

test('wrangler.jsonc keeps nodejs_compat off (the SDK needs no node:* modules)', () => {
  const jsonc = readFileSync(join(appDir, 'wrangler.jsonc'), 'utf8');
  const config = JSON.parse(jsonc.replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1'));
  expect(config.compatibility_flags).toEqual(['no_nodejs_compat', 'no_nodejs_compat_v2']);
  expect(config.main).toBe('src/worker.ts');
  expect(config.assets).toMatchObject({ directory: '../browser-demo/dist', binding: 'ASSETS' });
  expect(config.assets.run_worker_first).toEqual(['/api/*', '/wasend/*']);
});

describe('worker-demo with no WASEND_API_KEY', () => {
  let dev: WranglerDev;

  beforeAll(async () => {
    dev = await startWranglerDev({ cwd: appDir, vars: {}, assetsDir: assetsOverride() });
  }, 90_000);

  afterAll(() => dev?.stop(), 20_000);

  test('answers from the embedded mock (seeded demo session), marked and said loudly', async () => {
    const response = await fetch(`${dev.url}/api/sessions/demo/groups/120363025988123456%40g.us/invite`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-wasend-demo')).toBe('embedded-mock');
    const { code, link } = await response.json();
    expect(code).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(link).toBe(`https://chat.whatsapp.com/${code}`);
    const list = await fetch(`${dev.url}/api/sessions/demo/groups`);
    expect(list.status).toBe(200);
    expect(list.headers.get('x-wasend-demo')).toBe('embedded-mock');
    const { groups } = await list.json();
    expect(groups).toEqual([
      {
        id: '120363025988123456@g.us',
        name: 'Wasend demo group',
        participantsCount: 3,
        participants: [
          { id: '491700000001@c.us', role: 'superadmin' },
          { id: '491700000002@c.us', role: 'participant' },
          { id: '491700000003@c.us', role: 'participant' },
        ],
      },
    ]);
    // wrangler prints the Worker's console output.
    await expect.poll(() => dev.output(), { timeout: 5_000 }).toMatch(/EMBEDDED MOCK/);
  });
});

describe('worker-demo with a malformed WASEND_BASE_URL', () => {
  let dev: WranglerDev;
  const key = 'configured-key-5678';

  beforeAll(async () => {
    dev = await startWranglerDev({
      cwd: appDir,
      vars: { WASEND_API_KEY: key, WASEND_BASE_URL: 'not a url' },
      assetsDir: assetsOverride(),
      readyStatus: 500,
    });
  }, 90_000);

  afterAll(() => dev?.stop(), 20_000);

  test('answers 500 ConfigurationError naming the problem, without the key', async () => {
    const response = await fetch(`${dev.url}/api/sessions/demo/groups/g/invite`);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain(key);
    expect(JSON.parse(text).error).toEqual({
      type: 'ConfigurationError',
      message: expect.stringMatching(/baseUrl/),
    });
  });
});
