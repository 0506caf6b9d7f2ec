// The `wasend` binary as the CLI tests drive it: the real dist/cli.js, spawned under the system
// node, against one mock server per test file, with the key only ever in the environment.
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { requireBuilt } from './built';
import { type Mock, type Scenario, startMock } from './mock';
import { packageDir, type RunResult, runSystemNode } from './systemNode';

export const CLI = join(packageDir, 'dist', 'cli.js');

/** The lines of a command's output. */
export const lines = (text: string) => text.trimEnd().split('\n');

/** Registers the file's mock server (started before its tests, closed after) and the ways to run the CLI. */
export function cliHarness(key: string) {
  let mock: Mock | undefined;
  beforeAll(async () => {
    requireBuilt('cli.js');
    mock = await startMock();
  });
  afterAll(async () => {
    await mock?.close();
  });

  /** `wasend <args>` with exactly `env` (no key unless given). */
  const wasend = (args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> =>
    runSystemNode([CLI, ...args], { env });

  /** Against a scenario, the key in the environment; the key never reaches stdout or stderr. */
  const run = async (sc: Scenario, args: string[], env: Record<string, string> = {}): Promise<RunResult> => {
    const result = await wasend(args, { WASEND_API_KEY: key, WASEND_BASE_URL: sc.baseUrl, ...env });
    expect(result.stderr).not.toContain(key);
    expect(result.stdout).not.toContain(key);
    return result;
  };

  /** Exit 0, nothing on stderr; the stdout. */
  const ok = async (sc: Scenario, args: string[], env: Record<string, string> = {}): Promise<string> => {
    const result = await run(sc, args, env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    return result.stdout;
  };

  /** The running mock server (inside tests only). */
  const server = (): Mock => {
    if (!mock) throw new Error('the mock server starts in beforeAll');
    return mock;
  };

  return { wasend, run, ok, server };
}
