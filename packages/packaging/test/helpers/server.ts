// A long-running tool (wrangler dev) in its own process group, so stopping it also stops its
// children (workerd); and a free loopback port to give it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface Background {
  output(): string;
  exited(): boolean;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export function startBackground(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Background {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: 'pipe' });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  return {
    output: () => output,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        signalGroup('SIGTERM');
        const timer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      signalGroup('SIGKILL'); // anything left behind in the group
    },
  };
}

/** Polls `url` until it answers (any status), or fails with what the tool printed. */
export async function waitUntilServing(url: string, tool: Background, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (tool.exited()) throw new Error(`exited before serving ${url}\n${tool.output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing served ${url} within ${timeoutMs} ms\n${tool.output()}`);
}
