// Runs the demo the way a user does: `deno task invite`, and `deno task serve`'s exact command line.
import type { DenoApi, DenoChildProcess } from '../src/denoApi.ts';

declare const Deno: DenoApi;

export const appDir = new URL('..', import.meta.url).pathname;
const decoder = new TextDecoder();

export interface TaskResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `deno task <name> <args…>` in this app, with `env` on top of ours (''= unset for the demo). */
export async function runTask(
  name: string,
  args: string[],
  env: Record<string, string>,
): Promise<TaskResult> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ['task', name, ...args],
    cwd: appDir,
    env,
    stdin: 'null',
    stdout: 'piped',
    stderr: 'piped',
  }).output();
  return { code, stdout: decoder.decode(stdout), stderr: decoder.decode(stderr) };
}

/**
 * The `serve` task's command line from deno.json, run directly (not through `deno task`, which does
 * not pass SIGTERM on to its child): same flags and permissions, and a process we can stop.
 */
async function serveArgs(): Promise<string[]> {
  const config = JSON.parse(await (await fetch(new URL('../deno.json', import.meta.url))).text());
  const [deno, ...args] = String(config.tasks.serve).split(/\s+/);
  if (deno !== 'deno') throw new Error(`the serve task should start with deno, got ${deno}`);
  return args;
}

export interface RunningDemo {
  url: string;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** SIGTERM, then the exit code (0 = it shut down cleanly). */
  stop(): Promise<number>;
}

/** Starts the serve mode on a free port and resolves once it printed where it listens. */
export async function startServe(env: Record<string, string>): Promise<RunningDemo> {
  const child: DenoChildProcess = new Deno.Command(Deno.execPath(), {
    args: await serveArgs(),
    cwd: appDir,
    env: { PORT: '0', ...env },
    stdin: 'null',
    stdout: 'piped',
    stderr: 'piped',
  }).spawn();
  let out = '';
  let err = '';
  const drained = Promise.all([
    collect(child.stdout, (text) => {
      out += text;
    }),
    collect(child.stderr, (text) => {
      err += text;
    }),
  ]);
  const deadline = Date.now() + 15_000;
  let url: string | undefined;
  while (url === undefined) {
    url = /deno-demo listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    if (url !== undefined) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await child.status;
      await drained;
      throw new Error(`deno-demo did not start:\n${out}\n${err}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    stderr: () => err,
    async stop() {
      child.kill('SIGTERM');
      const { code } = await child.status;
      await drained;
      return code;
    },
  };
}

async function collect(stream: ReadableStream<Uint8Array>, onText: (text: string) => void): Promise<void> {
  // (Cast: TS's DOM lib types TextDecoderStream's writable side as BufferSource.)
  const textStream = stream.pipeThrough(
    new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>,
  );
  for await (const chunk of textStream as unknown as AsyncIterable<string>) onText(chunk);
}
