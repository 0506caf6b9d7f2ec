import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const appDir = fileURLToPath(new URL('../..', import.meta.url));

// The machine's own `node` (v20 here), not the pinned Node 24 that pnpm puts first on PATH.
const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** `node <args>` under the system node, with only the given environment (plus PATH and HOME). */
export function spawnSystemNode(args: string[], env: Record<string, string | undefined> = {}): Spawned {
  const child = spawn('node', args, {
    cwd: appDir,
    env: { PATH: SYSTEM_PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Resolves once `text` shows in stdout (or rejects when the process ends first). */
export async function waitForOutput(spawned: Spawned, pattern: RegExp): Promise<RegExpMatchArray> {
  for (;;) {
    const match = spawned.stdout().match(pattern);
    if (match) return match;
    const done = await Promise.race([
      spawned.exited.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 25)),
    ]);
    if (done) {
      const match = spawned.stdout().match(pattern);
      if (match) return match;
      throw new Error(`process ended without ${pattern}:\n${spawned.stdout()}\n${spawned.stderr()}`);
    }
  }
}
