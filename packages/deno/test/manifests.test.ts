// The version literal and the three manifests (npm, Deno, JSR) must agree, and JSR's entry points exist.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { VERSION } from '../src/version.ts';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
const pkg = read('package.json');
const denoJson = read('deno.json');
const jsrJson = read('jsr.json');

test('VERSION equals package.json, deno.json and jsr.json', () => {
  expect({ src: VERSION, deno: denoJson.version, jsr: jsrJson.version }).toEqual({
    src: pkg.version,
    deno: pkg.version,
    jsr: pkg.version,
  });
});

test('deno.json and jsr.json: same name and exports; every entry exists; core pinned to its npm range', () => {
  for (const manifest of [denoJson, jsrJson]) {
    expect(manifest.name).toBe(pkg.name);
    expect(manifest.exports).toEqual({ '.': './src/index.ts', './proxy': './src/proxy.ts' });
    for (const file of Object.values(manifest.exports) as string[]) {
      expect(existsSync(new URL(`../${file}`, import.meta.url))).toBe(true);
    }
    const coreVersion = read('node_modules/@wasend/core/package.json').version as string;
    expect(manifest.imports).toEqual({
      '@wasend/core': `npm:@wasend/core@^${coreVersion}`,
      '@wasend/core/proxy': `npm:@wasend/core@^${coreVersion}/proxy`,
    });
  }
});
