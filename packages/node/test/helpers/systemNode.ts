import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('../..', import.meta.url));

// The machine's own `node` (v20 here), not the pinned Node 24 that pnpm puts first on PATH via
// node_modules/.bin: the published package must work on the Node its users have.
export const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node <args>` with the system node, asynchronously — the mock server lives in this process
 * and must keep answering while the child runs. The environment is minimal: only what is passed.
 */
export function runSystemNode(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', args, {
      cwd: options.cwd ?? packageDir,
      env: { PATH: SYSTEM_PATH, HOME: process.env.HOME, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A scratch folder under packages/node/test/.tmp (git-ignored): inside the package, so
 * '@wasend/core' and '@wasend/node' resolve from it as from an installed app. Removed again after
 * the tests, so linters and formatters never see the generated files.
 */
export function scratchDir(name: string): { path: string; remove(): void } {
  const root = join(packageDir, 'test', '.tmp');
  const path = join(root, name);
  mkdirSync(path, { recursive: true });
  return {
    path,
    remove() {
      rmSync(path, { recursive: true, force: true });
      if (existsSync(root) && readdirSync(root).length === 0) rmSync(root, { recursive: true, force: true });
    },
  };
}
