// The slice of the `Deno` namespace this demo and its tests use, typed here so `tsc` (run under
// Node, without Deno's types) checks the sources. Files say `declare const Deno: DenoApi;`: at run
// time that is Deno's own global. (The demo runs with `--no-check`: Deno cannot type-check the
// workspace packages' built .d.ts chunks through pnpm's symlinks.)

export interface DenoServer {
  readonly finished: Promise<void>;
  shutdown(): Promise<void>;
}

export interface DenoChildProcess {
  readonly stdout: ReadableStream<Uint8Array>;
  readonly stderr: ReadableStream<Uint8Array>;
  readonly status: Promise<{ success: boolean; code: number; signal: string | null }>;
  kill(signal?: 'SIGTERM' | 'SIGINT' | 'SIGKILL'): void;
}

export interface DenoApi {
  readonly args: string[];
  exitCode: number;
  env: { get(name: string): string | undefined };
  serve(
    options: {
      hostname: string;
      port: number;
      onListen?: (address: { hostname: string; port: number }) => void;
    },
    handler: (request: Request) => Response | Promise<Response>,
  ): DenoServer;
  addSignalListener(signal: 'SIGINT' | 'SIGTERM', handler: () => void): void;
  exit(code?: number): never;
  execPath(): string;
  connect(options: { hostname: string; port: number }): Promise<{
    write(data: Uint8Array): Promise<number>;
    readonly readable: ReadableStream<Uint8Array>;
  }>;
  test: {
    (definition: {
      name: string;
      fn: () => void | Promise<void>;
      timeout?: number;
      sanitizeOps?: boolean;
      sanitizeResources?: boolean;
    }): void;
    (name: string, fn: () => void | Promise<void>): void;
    beforeAll(fn: () => void | Promise<void>): void;
    afterAll(fn: () => void | Promise<void>): void;
    sanitizer(options: { ops?: boolean; resources?: boolean }): void;
  };
  Command: new (
    command: string,
    options: {
      args: string[];
      cwd?: string;
      env?: Record<string, string>;
      stdin?: 'null';
      stdout?: 'piped';
      stderr?: 'piped';
    },
  ) => {
    output(): Promise<{ code: number; stdout: Uint8Array; stderr: Uint8Array }>;
    spawn(): DenoChildProcess;
  };
}
