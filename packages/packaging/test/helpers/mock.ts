// The mock server, started from its installed tarball (so @wasend/mock-server's packed build is
// exercised too), and one fresh scenario per fixture with the environment a fixture reads.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as MockServer from '@wasend/mock-server';
import type { Scenario } from '@wasend/mock-server';

export type MockServerHandle = Awaited<ReturnType<typeof MockServer.listen>>;

export async function startInstalledMock(root: string): Promise<MockServerHandle> {
  const entry = join(root, 'node_modules/@wasend/mock-server/dist/index.js');
  const { listen } = (await import(pathToFileURL(entry).href)) as typeof MockServer;
  return listen({ port: 0, host: '127.0.0.1' });
}

/** What every fixture reads: the scenario's key and base URL, and the group to ask for. */
export function fixtureEnv(scenario: Scenario): Record<string, string> {
  return {
    WASEND_API_KEY: scenario.key,
    WASEND_BASE_URL: scenario.baseUrl,
    FIXTURE_SESSION: scenario.sessionId,
    FIXTURE_GROUP: scenario.groupId,
  };
}

/** The invite-code requests the scenario received, as `METHOD path auth`. */
export async function inviteCalls(scenario: Scenario): Promise<string[]> {
  return (await scenario.requests())
    .filter((r) => r.path.endsWith('/invite-code'))
    .map((r) => `${r.method} ${r.path} ${r.headers.authorization ?? '(no auth)'}`);
}
