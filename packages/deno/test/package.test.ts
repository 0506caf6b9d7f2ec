// The built npm entries load in Node as ESM and as CommonJS, with every core export re-exported.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, test } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

beforeAll(() => {
  for (const file of ['index.js', 'index.cjs', 'proxy.js', 'proxy.cjs']) {
    if (!existsSync(`${packageDir}/dist/${file}`))
      throw new Error(`dist/${file} is missing: build first (tsup)`);
  }
});

const checks = `
const client = new m.WasendClient({ apiKey: 'smoke-key-1234' });
console.log(JSON.stringify({
  subclass: m.WasendClient !== core.WasendClient && client instanceof core.WasendClient,
  missingCoreNames: Object.keys(core).filter((name) => !(name in m)),
  version: m.VERSION,
  proxy: typeof p.createWasendProxy,
  // The proxy is at /proxy only, as in every adapter and in core.
  proxyInIndex: typeof m.createWasendProxy,
}));`;

// Files under packages/deno resolve '@wasend/deno' to this package itself (self-reference via "exports").
const programs = {
  esm: `import * as m from '@wasend/deno'; import * as p from '@wasend/deno/proxy'; import * as core from '@wasend/core';${checks}`,
  cjs: `const m = require('@wasend/deno'); const p = require('@wasend/deno/proxy'); const core = require('@wasend/core');${checks}`,
};

for (const [kind, source] of Object.entries(programs)) {
  test(`the built package loads in Node: ${kind}`, () => {
    const args = kind === 'esm' ? ['--input-type=module', '-e', source] : ['-e', source];
    const result = spawnSync(process.execPath, args, { cwd: packageDir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      subclass: true,
      missingCoreNames: [],
      version: '0.1.0',
      proxy: 'function',
      proxyInIndex: 'undefined',
    });
  });
}

// Deno resolves npm packages with the `deno` condition first: no special entry, the same dist files.
test('exports under the deno condition: import → dist/index.js, require → dist/index.cjs', () => {
  const source = `console.log(JSON.stringify([
    import.meta.resolve('@wasend/deno'), import.meta.resolve('@wasend/deno/proxy'),
    (await import('node:module')).createRequire(import.meta.url).resolve('@wasend/deno'),
  ]))`;
  const result = spawnSync(process.execPath, ['--conditions=deno', '--input-type=module', '-e', source], {
    cwd: packageDir,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  const [esm, proxy, cjs] = JSON.parse(result.stdout) as string[];
  expect(esm).toBe(new URL('../dist/index.js', import.meta.url).href);
  expect(proxy).toBe(new URL('../dist/proxy.js', import.meta.url).href);
  expect(cjs).toBe(`${packageDir}dist/index.cjs`);
});
