// Plain Node, ESM and CommonJS, each loading the installed tarballs and making real calls.
import type { Scenario } from '@wasend/mock-server';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fixtureEnv, inviteCalls, type MockServerHandle, startInstalledMock } from './helpers/mock';
import { copyFixture } from './helpers/packAndInstall';
import { versionOf } from './helpers/paths';
import { cleanEnv, lastJson, run } from './helpers/run';

const root = inject('fixtureRoot');
let mock: MockServerHandle;
beforeAll(async () => {
  mock = await startInstalledMock(root);
});
afterAll(() => mock?.close());

async function runFixture(name: string, file: string, scenario: Scenario): Promise<unknown> {
  const dir = copyFixture(root, name);
  const { stdout } = await run(process.execPath, [file], { cwd: dir, env: cleanEnv(fixtureEnv(scenario)) });
  return lastJson(stdout);
}

describe('Node fixtures', () => {
  test('Node ESM · import @wasend/node and @wasend/core (+ /proxy) · both calls return the code', async () => {
    const scenario = await mock.createScenario({});
    expect(await runFixture('node-esm', 'index.mjs', scenario)).toEqual({
      node: scenario.inviteCode,
      core: scenario.inviteCode,
      version: versionOf('node'),
      proxy: 'function',
      builds: ['js', 'js', 'js'],
      zodLoaded: false,
      composed: { invite: 'AbCdEfGhIjKlMnOpQrStUv' },
    });
    const path = `/${scenario.sessionId}/groups/${encodeURIComponent(scenario.groupId)}/invite-code`;
    expect(await inviteCalls(scenario)).toEqual(Array(2).fill(`GET ${path} Bearer ${scenario.key}`));
  });

  test('Node CJS · require @wasend/node and @wasend/core (+ /proxy) · both calls return the code', async () => {
    const scenario = await mock.createScenario({});
    expect(await runFixture('node-cjs', 'index.js', scenario)).toEqual({
      node: scenario.inviteCode,
      core: scenario.inviteCode,
      version: versionOf('node'),
      proxy: 'function',
      builds: ['cjs', 'cjs', 'cjs'],
      zodLoaded: false,
      composed: { invite: 'AbCdEfGhIjKlMnOpQrStUv' },
    });
    expect(await inviteCalls(scenario)).toHaveLength(2);
  });
});
