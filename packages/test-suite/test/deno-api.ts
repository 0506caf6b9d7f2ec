// The slice of the `Deno` namespace the Deno test files use, typed here so they also type-check
// under this package's tsc (which runs in Node, without Deno's types). Each Deno test file says
// `declare const Deno: DenoApi;`: at run time that is Deno's own global.

export interface DenoTestDefinition {
  name: string;
  fn: () => void | Promise<void>;
  /** ms; the test fails when it runs longer. */
  timeout?: number;
  sanitizeOps?: boolean;
  sanitizeResources?: boolean;
  /** Narrows this test's permissions (e.g. `{ env: ['WASEND_API_KEY'] }`); default: the run's own. */
  permissions?: {
    env?: boolean | string[];
    net?: boolean | string[];
    read?: boolean | string[];
  };
}

export interface DenoPermissionState {
  readonly state: 'granted' | 'denied' | 'prompt';
}

export interface DenoCommandOutput {
  readonly code: number;
  readonly stdout: Uint8Array;
  readonly stderr: Uint8Array;
}

export interface DenoChildProcess {
  readonly stdout: ReadableStream<Uint8Array>;
  readonly stderr: ReadableStream<Uint8Array>;
  readonly status: Promise<{ code: number; signal: string | null }>;
  kill(signal?: string): void;
}

export interface DenoCommandOptions {
  args?: string[];
  cwd?: string;
  env?: Record<string, string>;
  clearEnv?: boolean;
  stdin?: 'null' | 'piped' | 'inherit';
  stdout?: 'null' | 'piped' | 'inherit';
  stderr?: 'null' | 'piped' | 'inherit';
}

export interface DenoApi {
  test: {
    (definition: DenoTestDefinition): void;
    (name: string, fn: () => void | Promise<void>): void;
    beforeAll(fn: () => void | Promise<void>): void;
    afterAll(fn: () => void | Promise<void>): void;
    /** Module-level sanitizer defaults for the tests registered after the call. */
    sanitizer(options: { ops?: boolean; resources?: boolean }): void;
  };
  env: {
    get(name: string): string | undefined;
    set(name: string, value: string): void;
    delete(name: string): void;
    toObject(): Record<string, string>;
    has(name: string): boolean;
  };
  permissions: {
    querySync(descriptor: { name: 'env'; variable?: string }): DenoPermissionState;
  };
  version: { readonly deno: string };
  errors: { NotCapable: new (...args: never[]) => Error };
  execPath(): string;
  Command: new (
    command: string,
    options?: DenoCommandOptions,
  ) => {
    output(): Promise<DenoCommandOutput>;
    spawn(): DenoChildProcess;
  };
}
