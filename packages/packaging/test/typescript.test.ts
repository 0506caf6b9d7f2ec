// TypeScript users: tsc (the workspace's version) type-checks each fixture against the types in the
// installed tarballs, with skipLibCheck off, then emits JS that node runs against the mock.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fixtureEnv, inviteCalls, type MockServerHandle, startInstalledMock } from './helpers/mock';
import { copyFixture } from './helpers/packAndInstall';
import { tools } from './helpers/paths';
import { cleanEnv, lastJson, run } from './helpers/run';

const root = inject('fixtureRoot');
let mock: MockServerHandle;
beforeAll(async () => {
  mock = await startInstalledMock(root);
});
afterAll(() => mock?.close());

/** Copies the fixture, compiles it with tsc (failing on any type error) and returns its folder. */
async function compile(name: string): Promise<string> {
  const dir = copyFixture(root, name);
  await run(process.execPath, [tools.tsc, '-p', 'tsconfig.json'], { cwd: dir, env: cleanEnv() });
  return dir;
}

describe('TypeScript fixtures', () => {
  test('TypeScript bundler · every package typed, no @types/node · compiled JS returns the code', async () => {
    const dir = await compile('ts-bundler');
    const scenario = await mock.createScenario({});
    const { stdout } = await run(process.execPath, ['dist/index.js'], {
      cwd: dir,
      env: cleanEnv(fixtureEnv(scenario)),
    });
    expect(lastJson(stdout)).toEqual({
      code: scenario.inviteCode,
      link: `https://chat.whatsapp.com/${scenario.inviteCode}`,
      qr: true,
      argumentError: true,
      env: ['WASEND_API_KEY'],
      proxy: 'function',
    });
    expect(await inviteCalls(scenario)).toHaveLength(1);
  });

  test('TypeScript node16 · ESM file via import types, .cts file via require types · both return the code', async () => {
    const dir = await compile('ts-node16');
    const scenario = await mock.createScenario({});
    const env = cleanEnv(fixtureEnv(scenario));
    const esm = await run(process.execPath, ['dist/index.js'], { cwd: dir, env });
    expect(lastJson(esm.stdout)).toEqual({
      code: scenario.inviteCode,
      isWasendError: false,
      proxy: 'function',
    });
    const cjs = await run(process.execPath, ['dist/require.cjs'], { cwd: dir, env });
    expect(lastJson(cjs.stdout)).toEqual({ node: scenario.inviteCode, core: scenario.inviteCode });
    expect(await inviteCalls(scenario)).toHaveLength(3);
  });
});
