// Starts the mock server (`wasend-mock --keep-alive`) in its own process, so its work never shares
// an event loop (or a core's time slice, where possible) with the clients being measured.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';

export interface MockProcess {
  /** Root URL, e.g. http://127.0.0.1:PORT; the seeded default scenario answers here. */
  url: string;
  key: string;
  sessionId: string;
  groupId: string;
  /** The default group's current invite code (random per start). */
  inviteCode: string;
  /** `${url}/${session}/groups/${group}/invite-code`, already encoded. */
  inviteCodeUrl: string;
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

export async function startMock(): Promise<MockProcess> {
  const cli = require.resolve('@wasend/mock-server/package.json').replace(/package\.json$/, 'dist/cli.js');
  const child = spawn(process.execPath, [cli, '--keep-alive', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await firstUrl(child);
  const state = (await (await fetch(`${url}/__mock/scenarios/default`)).json()) as {
    keys: string[];
    sessions: { id: string }[];
    groups: { id: string; session: string; inviteCode: string }[];
  };
  const group = state.groups[0];
  if (!group || !state.keys[0]) throw new Error('the mock has no seeded default group');
  const inviteCodeUrl = `${url}/${group.session}/groups/${encodeURIComponent(group.id)}/invite-code`;
  return {
    url,
    key: state.keys[0],
    sessionId: group.session,
    groupId: group.id,
    inviteCode: group.inviteCode,
    inviteCodeUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function firstUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        child.stdout?.resume(); // keep draining, never block the server on a full pipe
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`wasend-mock exited (${code}) before listening: ${seen}`)));
  });
}
