// Cloudflare Workers: `wrangler deploy --dry-run` bundles a Worker using @wasend/workers from the
// tarballs (nodejs_compat off), then `wrangler dev --no-bundle` serves that very bundle in workerd and
// one request makes the call. Offline: no login, no metrics, tool state in the temp folder.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startWranglerDev } from '@wasend/test-suite/wrangler-dev';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { inviteCalls, type MockServerHandle, startInstalledMock } from './helpers/mock';
import { copyFixture } from './helpers/packAndInstall';
import { tools } from './helpers/paths';
import { cleanEnv, run } from './helpers/run';

const root = inject('fixtureRoot');
let mock: MockServerHandle;
beforeAll(async () => {
  mock = await startInstalledMock(root);
});
afterAll(() => mock?.close());

function wranglerEnv(stateDir: string): NodeJS.ProcessEnv {
  const env = cleanEnv({
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    WRANGLER_HIDE_BANNER: 'true', // the banner is what triggers wrangler's npm update check
    CI: 'true', // no interactive prompts
    FORCE_COLOR: '0',
  });
  delete env.CLOUDFLARE_API_TOKEN;
  delete env.CLOUDFLARE_ACCOUNT_ID;
  for (const name of ['XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME'])
    env[name] = join(stateDir, name.toLowerCase());
  return env;
}

describe('Worker fixture', () => {
  test('Worker · wrangler deploy --dry-run bundle, served by wrangler dev · one request returns the code', async () => {
    const dir = copyFixture(root, 'worker');
    const stateDir = join(dir, '.state');
    mkdirSync(stateDir);
    const env = wranglerEnv(stateDir);
    await run(process.execPath, [tools.wrangler, 'deploy', '--dry-run', '--outdir', 'dist'], {
      cwd: dir,
      env,
    });

    const bundle = readFileSync(join(dir, 'dist/worker.js'), 'utf8');
    expect(bundle).toContain('/invite-code');
    expect(bundle).not.toMatch(/\bfrom\s*["']node:|\brequire\(\s*["']node:|\bimport\(\s*["']node:/);

    const scenario = await mock.createScenario({});
    // The positional script replaces the config's `main`: what runs is the dry-run bundle itself.
    const dev = await startWranglerDev({
      cwd: dir,
      bundle: 'dist/worker.js',
      vars: { WASEND_API_KEY: scenario.key, WASEND_BASE_URL: scenario.baseUrl },
      // The readiness probe has no session: the Worker answers 500 JSON, the client failing before any request.
      readyPath: '/',
      readyStatus: 500,
    });
    try {
      const query = new URLSearchParams({ session: scenario.sessionId, group: scenario.groupId });
      const response = await fetch(`${dev.url}/?${query}`);
      expect(await response.json(), dev.output()).toEqual({ code: scenario.inviteCode });
      expect(await inviteCalls(scenario)).toHaveLength(1);
    } finally {
      await dev.stop();
    }
  }, 150_000);
});
