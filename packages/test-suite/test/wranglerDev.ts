// Starts `wrangler dev --local` as a real process on 127.0.0.1 (offline: no login, no metrics, tool
// state under a temp dir) and stops it, with its workerd child, by its process group. Node-only test
// helper, shared by apps/worker-demo (the demo's own config) and packages/packaging (a packed bundle).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const wranglerBin = join(
  dirname(createRequire(import.meta.url).resolve('wrangler/package.json')),
  'bin',
  'wrangler.js',
);

export interface WranglerDev {
  url: string;
  /** Everything wrangler printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

export interface WranglerDevOptions {
  /** The Worker's folder (its wrangler config is read from there). */
  cwd: string;
  /** Serve this already-bundled script as it is (`wrangler dev <script> --no-bundle`) instead of the config's `main`. */
  bundle?: string;
  /** Written to a temp env file passed with --env-file (so a developer's .dev.vars is never read or touched). */
  vars: Record<string, string>;
  /** Serve this folder instead of the configured assets directory (when the browser demo is not built). */
  assetsDir?: string;
  readyTimeoutMs?: number;
  /** Up = this path answers with JSON and `readyStatus` (default 404: the demo's JSON "no route"). */
  readyPath?: string;
  readyStatus?: number;
}

/** A free loopback port (the OS picks it; closed again before wrangler binds it). */
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

export async function startWranglerDev(options: WranglerDevOptions): Promise<WranglerDev> {
  const scratch = mkdtempSync(join(tmpdir(), 'worker-demo-'));
  const envFile = join(scratch, 'test.env');
  writeFileSync(
    envFile,
    Object.entries(options.vars)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join('\n'),
  );
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    WRANGLER_HIDE_BANNER: 'true', // the banner is what triggers wrangler's npm update check
    CI: 'true', // no interactive prompts
    FORCE_COLOR: '0',
  };
  // Only the env file configures the Worker; keep tool state out of $HOME unless XDG dirs are set.
  for (const name of [
    'WASEND_API_KEY',
    'WASEND_BASE_URL',
    'DEMO_TOKEN',
    'CLOUDFLARE_INCLUDE_PROCESS_ENV',
    'CLOUDFLARE_API_TOKEN',
    'CLOUDFLARE_ACCOUNT_ID',
  ])
    delete env[name];
  for (const name of ['XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME'])
    env[name] ??= join(scratch, name.toLowerCase());

  const args = [
    wranglerBin,
    'dev',
    ...(options.bundle ? [options.bundle, '--no-bundle'] : []),
    '--local',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-ip',
    '127.0.0.1',
    '--inspector-port',
    String(inspectorPort),
    '--env-file',
    envFile,
    '--persist-to',
    join(scratch, 'state'),
    '--show-interactive-dev-session=false',
    ...(options.assetsDir ? ['--assets', options.assetsDir] : []),
  ];
  // Its own process group, so stop() reaches workerd too.
  const child = spawn(process.execPath, args, { cwd: options.cwd, env, detached: true, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const url = `http://127.0.0.1:${port}`;
  const dev: WranglerDev = {
    url,
    output: () => output,
    stop: async () => {
      await stopGroup(child, exited);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
  try {
    const probe = `${url}${options.readyPath ?? '/api/__ready'}`;
    await waitUntilServing(probe, child, options.readyStatus ?? 404, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await dev.stop();
    throw new Error(`${(error as Error).message}\n--- wrangler output ---\n${output}`);
  }
  return dev;
}

// Ready = the Worker itself answers (JSON from the Worker), not just wrangler's socket.
async function waitUntilServing(
  probe: string,
  child: ChildProcess,
  status: number,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with code ${child.exitCode}`);
    try {
      const response = await fetch(probe, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === status && response.headers.get('content-type')?.includes('json')) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not serve ${probe} within ${timeoutMs} ms`);
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  signalGroup('SIGKILL'); // any workerd left behind in the group
}
