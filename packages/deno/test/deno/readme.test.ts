// The README's two usage examples, run the way it says (its own `deno run` flags, the API host
// swapped for a stub on 127.0.0.1) against the JSR sources. Needs --allow-write=test/.tmp,
// --allow-net=127.0.0.1 and --allow-run on top of the package's test:deno flags.

interface DenoApi {
  test: {
    (definition: {
      name: string;
      fn: () => Promise<void>;
      sanitizeOps?: boolean;
      sanitizeResources?: boolean;
    }): void;
    afterAll(fn: () => void | Promise<void>): void;
  };
  execPath(): string;
  readTextFile(path: string | URL): Promise<string>;
  writeTextFile(path: string | URL, data: string): Promise<void>;
  mkdir(path: string | URL, options: { recursive: boolean }): Promise<void>;
  remove(path: string | URL, options: { recursive: boolean }): Promise<void>;
  serve(
    options: { hostname: string; port: number; onListen?: () => void },
    handler: (request: Request) => Response,
  ): { addr: { port: number }; shutdown(): Promise<void> };
  Command: new (
    cmd: string,
    options: {
      args: string[];
      cwd: string;
      env?: Record<string, string>;
      stdin: 'piped' | 'null';
      stdout: 'piped';
      stderr: 'piped';
    },
  ) => {
    spawn(): {
      stdin: WritableStream<Uint8Array>;
      output(): Promise<{ code: number; stdout: Uint8Array; stderr: Uint8Array }>;
    };
  };
}
declare const Deno: DenoApi;

const packageDir = new URL('../../', import.meta.url);
const tmp = new URL('test/.tmp/readme/', packageDir);
const CODE = 'AbCdEfGhIjKlMnOpQrStUv';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** The ```ts block starting with `// <file>` and the `deno run` line of the ```sh block after it. */
function example(readme: string, file: string): { code: string; flags: string[] } {
  const block = new RegExp(
    `\`\`\`ts\\n// ${file.replace('.', '\\.')}\\n([\\s\\S]*?)\`\`\`[\\s\\S]*?\`\`\`sh\\n([^\\n]*)\\n`,
  ).exec(readme);
  check(block?.[1] && block[2], `README example ${file} not found`);
  const command = block[2];
  check(command.includes(`deno run`) && command.includes(file), `no deno run line for ${file}: ${command}`);
  return { code: block[1], flags: command.split(/\s+/).filter((token) => token.startsWith('--')) };
}

/** A stand-in API: the docs dialect's invite-code answer, every request recorded. */
function stubApi() {
  // Header copies: a served Request's headers are gone once it is answered.
  const seen: Record<string, string>[] = [];
  const server = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen: () => {} }, (request) => {
    seen.push(Object.fromEntries(request.headers));
    return Response.json({ success: true, inviteCode: CODE });
  });
  return { seen, server, host: `127.0.0.1:${server.addr.port}` };
}

async function runExample(
  file: string,
  env: Record<string, string>,
  stdin: string | undefined,
  host: string,
  args: string[] = [],
) {
  const readme = await Deno.readTextFile(new URL('README.md', packageDir));
  const { code, flags } = example(readme, file);
  await Deno.mkdir(tmp, { recursive: true });
  // The published name, pointed at this package's sources (what JSR serves).
  const source = code.replace(`from '@wasend/deno'`, `from '${new URL('src/index.ts', packageDir).href}'`);
  await Deno.writeTextFile(new URL(file, tmp), source);
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      'run',
      '--no-check',
      '--no-remote',
      '--no-prompt',
      ...flags.map((flag) => flag.replace('api.wasend.dev', host)),
      new URL(file, tmp).pathname,
      ...args,
    ],
    cwd: packageDir.pathname,
    env,
    stdin: stdin === undefined ? 'null' : 'piped',
    stdout: 'piped',
    stderr: 'piped',
  }).spawn();
  if (stdin !== undefined) {
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(stdin));
    await writer.close();
  }
  const out = await child.output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code: out.code, stdout: decode(out.stdout), stderr: decode(out.stderr), flags };
}

// A stub server and a child process live through each test; both are awaited and closed in it.
Deno.test({
  name: 'README · invite.ts · key and base URL from the environment (--allow-env) · prints the link',
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const api = stubApi();
    try {
      const run = await runExample(
        'invite.ts',
        { WASEND_API_KEY: 'readme-key-1', WASEND_BASE_URL: `http://${api.host}` },
        undefined,
        api.host,
      );
      check(
        run.flags.some((flag) => flag.startsWith('--allow-env=')),
        'the README grants env permission',
      );
      check(run.code === 0, `exit ${run.code}\n${run.stderr}`);
      check(run.stdout.trim() === `https://chat.whatsapp.com/${CODE}`, run.stdout);
      check(api.seen[0]?.authorization === 'Bearer readme-key-1', 'key from WASEND_API_KEY');
    } finally {
      await api.server.shutdown();
    }
  },
});

Deno.test({
  name: 'README · invite-no-env.ts · no --allow-env, key on stdin · prints the code, no prompt',
  sanitizeOps: false,
  sanitizeResources: false,
  fn: async () => {
    const api = stubApi();
    try {
      const run = await runExample(
        'invite-no-env.ts',
        { WASEND_API_KEY: 'must-not-be-read' },
        'readme-key-2\n',
        api.host,
        [`http://${api.host}`],
      );
      check(
        !run.flags.some((flag) => flag.startsWith('--allow-env')),
        'the README runs it without env permission',
      );
      check(run.code === 0, `exit ${run.code}\n${run.stderr}`);
      check(run.stdout.trim() === CODE, run.stdout);
      check(api.seen[0]?.authorization === 'Bearer readme-key-2', 'the key from stdin, trimmed');
    } finally {
      await api.server.shutdown();
    }
  },
});

Deno.test.afterAll(() => Deno.remove(new URL('test/.tmp/', packageDir), { recursive: true }));
