// Runs a command to completion; a non-zero exit (or the time limit) rejects with everything it printed,
// so a failing fixture explains itself in the test report.
import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ stdout, stderr });
      const how = signal
        ? `was killed (${signal}${signal === 'SIGKILL' ? `, over ${timeoutMs} ms` : ''})`
        : `exited ${code}`;
      reject(
        new Error(
          `${command} ${args.join(' ')} ${how} in ${options.cwd}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`,
        ),
      );
    });
  });
}

/** The last line of output that is a JSON object: what every fixture prints as its result. */
export function lastJson(stdout: string): unknown {
  const line = stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  if (line === undefined) throw new Error(`no JSON line in the output:\n${stdout}`);
  return JSON.parse(line);
}

/**
 * The environment for tools and fixtures: this process's, without any Wasend settings of the
 * developer's and without the npm_* variables pnpm sets for its scripts (they would configure the
 * nested npm and leak this workspace into the fixtures), plus `extra`.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^WASEND_/.test(name)) continue;
    if (
      /^npm_/i.test(name) &&
      !/^npm_config_(registry|https?_proxy|proxy|noproxy|cafile|strict_ssl)$/i.test(name)
    )
      continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}
