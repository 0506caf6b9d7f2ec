// Browsers: Vite (the workspace's version) builds a page using @wasend/browser from the tarballs;
// the bundle holds the call and no node:* import or key, and Chromium runs it through a same-origin
// proxy (core's createWasendProxy, also from the tarballs) that adds the key.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as CoreProxy from '@wasend/core/proxy';
import { CHROMIUM_ARGS, resolveChromium } from '@wasend/test-suite/chromium';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { inviteCalls, type MockServerHandle, startInstalledMock } from './helpers/mock';
import { copyFixture } from './helpers/packAndInstall';
import { tools } from './helpers/paths';
import { cleanEnv, run } from './helpers/run';
import { serveSite } from './helpers/staticServer';

const root = inject('fixtureRoot');
/** Put in the build's environment: it must not end up in the bundle. */
const CANARY_KEY = `canary-key-${crypto.randomUUID()}`;

let mock: MockServerHandle;
let browser: Browser | undefined;
beforeAll(async () => {
  mock = await startInstalledMock(root);
});
afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

describe('Vite browser fixture', () => {
  let dist: string;
  let bundle: string;
  beforeAll(async () => {
    const dir = copyFixture(root, 'vite');
    const env = cleanEnv({ WASEND_API_KEY: CANARY_KEY, VITE_WASEND_API_KEY: CANARY_KEY });
    await run(process.execPath, [tools.vite, 'build', '--logLevel', 'warn'], { cwd: dir, env });
    dist = join(dir, 'dist');
    const scripts = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    bundle = scripts.map((f) => readFileSync(join(dist, 'assets', f), 'utf8')).join('\n');
  });

  test('Vite build · @wasend/browser from the tarball · bundle holds the call, no node:* import, no key', () => {
    expect(bundle).toContain('/invite-code');
    expect(bundle).not.toMatch(/["']node:/);
    expect(bundle).not.toContain(CANARY_KEY);
  });

  test('Vite page in Chromium · proxy mode through a same-origin proxy · shows the code', async () => {
    const scenario = await mock.createScenario({});
    const proxyEntry = join(root, 'node_modules/@wasend/core/dist/proxy.js');
    const { createWasendProxy } = (await import(pathToFileURL(proxyEntry).href)) as typeof CoreProxy;
    const proxy = createWasendProxy({
      apiKey: scenario.key,
      baseUrl: scenario.baseUrl,
      prefix: '/wasend',
      authorize: () => true,
    });
    const site = await serveSite(dist, proxy);
    try {
      const { executablePath } = await resolveChromium();
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
      const page = await browser.newPage();
      const query = new URLSearchParams({ session: scenario.sessionId, group: scenario.groupId });
      await page.goto(`${site.url}/?${query}`);
      const output = page.locator('output#code[data-state]');
      await output.waitFor({ timeout: 30_000 });
      const shown = { state: await output.getAttribute('data-state'), text: await output.textContent() };
      expect(shown).toEqual({ state: 'done', text: scenario.inviteCode });
      expect(await inviteCalls(scenario)).toEqual([
        `GET /${scenario.sessionId}/groups/${encodeURIComponent(scenario.groupId)}/invite-code Bearer ${scenario.key}`,
      ]);
    } finally {
      await site.close();
    }
  });
});
