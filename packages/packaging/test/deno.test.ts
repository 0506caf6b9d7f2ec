// Deno: a script importing the installed npm packages (nodeModulesDir "manual", nothing downloaded),
// and `deno check` of @wasend/deno's JSR entry points with its own deno.json, both offline.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fixtureEnv, inviteCalls, type MockServerHandle, startInstalledMock } from './helpers/mock';
import { copyFixture } from './helpers/packAndInstall';
import { denoDir, repoRoot, tools, versionOf } from './helpers/paths';
import { cleanEnv, lastJson, run } from './helpers/run';

const root = inject('fixtureRoot');
const denoEnv = (extra: Record<string, string> = {}) =>
  cleanEnv({ DENO_DIR: denoDir, DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1', NO_COLOR: '1', ...extra });

let mock: MockServerHandle;
beforeAll(async () => {
  mock = await startInstalledMock(root);
});
afterAll(() => mock?.close());

describe('Deno fixtures', () => {
  test('Deno script · imports @wasend/deno and @wasend/core from node_modules · both calls return the code', async () => {
    const dir = copyFixture(root, 'deno');
    const scenario = await mock.createScenario({});
    const args = ['run', '--no-remote', '--allow-net=127.0.0.1', '--allow-read', '--allow-env', 'main.ts'];
    const { stdout } = await run(tools.deno, args, { cwd: dir, env: denoEnv(fixtureEnv(scenario)) });
    expect(lastJson(stdout)).toEqual({
      deno: scenario.inviteCode,
      core: scenario.inviteCode,
      version: versionOf('deno'),
    });
    expect(await inviteCalls(scenario)).toHaveLength(2);
  });

  test("deno check · @wasend/deno's exports with its own deno.json, offline · passes, repo untouched", async () => {
    // A copy beside the installed tarballs: its `npm:@wasend/core` imports resolve to the packed core,
    // and Deno (which may rewrite package.json files it finds) never sees the repository.
    const source = join(repoRoot, 'packages/deno');
    const dir = join(root, 'deno-package');
    for (const item of ['deno.json', 'jsr.json', 'src'])
      cpSync(join(source, item), join(dir, item), { recursive: true });
    const config = JSON.parse(readFileSync(join(dir, 'deno.json'), 'utf8')) as {
      exports: Record<string, string>;
    };
    const entries = Object.values(config.exports);
    expect(entries).toEqual(['./src/index.ts', './src/proxy.ts']);

    const watched = ['package.json', 'packages/deno/package.json', 'packages/deno/deno.json'].map((f) =>
      join(repoRoot, f),
    );
    const before = watched.map((f) => readFileSync(f, 'utf8'));
    const { stderr } = await run(tools.deno, ['check', '--no-remote', '--config', 'deno.json', ...entries], {
      cwd: dir,
      env: denoEnv(),
    });
    expect(stderr).toMatch(/Check .*index\.ts/);
    expect(watched.map((f) => readFileSync(f, 'utf8'))).toEqual(before);
  });
});
