// Inside the Deno binary: the JSR entry points (src/*.ts, loaded as they are, '@wasend/core' mapped
// by deno.json) work, and `deno publish --dry-run` accepts the package (slow-types check included).
// Run: deno test --no-check --no-remote --no-prompt --allow-read --allow-run test/deno/
// (--no-check: Deno cannot type-check core's built .d.ts chunks through the workspace symlink; tsc
// checks these sources instead.)
import * as core from '@wasend/core';
import denoJson from '../../deno.json' with { type: 'json' };
import * as mod from '../../src/index.ts';
import * as proxy from '../../src/proxy.ts';

interface DenoApi {
  test(name: string, fn: () => void | Promise<void>): void;
  execPath(): string;
  permissions: { querySync(d: { name: 'env'; variable?: string }): { state: string } };
  version: { deno: string };
  Command: new (
    cmd: string,
    options: { args: string[]; cwd: string; stdout: 'piped'; stderr: 'piped' },
  ) => { output(): Promise<{ code: number; stdout: Uint8Array; stderr: Uint8Array }> };
}
declare const Deno: DenoApi;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

Deno.test('JSR source entry · every core export, Deno WasendClient subclass, VERSION = deno.json', () => {
  const missing = Object.keys(core).filter((name) => !(name in mod));
  check(missing.length === 0, `core names missing from src/index.ts: ${missing.join(', ')}`);
  check(mod.WasendClient !== core.WasendClient, 'WasendClient is the Deno subclass');
  check(new mod.WasendClient({ apiKey: 'k' }) instanceof core.WasendClient, 'subclass of core');
  check(mod.VERSION === denoJson.version, `VERSION ${mod.VERSION} != deno.json ${denoJson.version}`);
  check(typeof proxy.createWasendProxy === 'function', './proxy exports createWasendProxy');
});

Deno.test('JSR source entry · without --allow-env · no prompt, WasendArgumentError', () => {
  check(Deno.permissions.querySync({ name: 'env' }).state !== 'granted', 'run without --allow-env');
  let thrown: unknown;
  try {
    new mod.WasendClient();
  } catch (error) {
    thrown = error;
  }
  check(thrown instanceof mod.WasendArgumentError, `expected WasendArgumentError, got ${String(thrown)}`);
});

Deno.test('deno publish --dry-run accepts the package (offline)', async () => {
  const packageDir = new URL('../..', import.meta.url).pathname;
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ['publish', '--dry-run', '--allow-dirty', '--no-check'],
    cwd: packageDir,
    stdout: 'piped',
    stderr: 'piped',
  }).output();
  const text = new TextDecoder().decode(stdout) + new TextDecoder().decode(stderr);
  check(code === 0, `deno publish --dry-run failed (${code}):\n${text}`);
  check(/Dry run complete/.test(text), `no "Dry run complete" in:\n${text}`);
  for (const file of ['src/index.ts', 'src/proxy.ts', 'README.md']) {
    check(text.includes(file), `${file} would not be published:\n${text}`);
  }
});
