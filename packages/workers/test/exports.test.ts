import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, test } from 'vitest';

// Resolves and loads the published entries as another package would, under each export condition
// a bundler or runtime may use. Run from this folder: '@wasend/workers' is a self-reference through
// "exports", '@wasend/core' the workspace dependency.
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const fromRoot = (path: string) =>
  `/${relative(repoRoot, path.startsWith('file:') ? fileURLToPath(path) : path)}`;
const SPECIFIERS = ['@wasend/workers', '@wasend/workers/proxy', '@wasend/core', '@wasend/core/proxy'];

const script = `
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/package.json');
const specifiers = ${JSON.stringify(SPECIFIERS)};
const out = {};
for (const s of specifiers) {
  const esm = await import(s);
  const cjs = require(s);
  out[s] = {
    import: import.meta.resolve(s),
    require: require.resolve(s),
    esmNames: Object.keys(esm).sort(),
    cjsNames: Object.keys(cjs).filter((k) => k !== 'default' && k !== '__esModule').sort(),
  };
}
const w = await import('@wasend/workers');
out.fromEnv = w.WasendClient.fromEnv({ WASEND_API_KEY: 'k-123' }) instanceof (await import('@wasend/core')).WasendClient;
console.log(JSON.stringify(out));
`;

function runNode(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: packageDir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  for (const file of ['index.js', 'index.cjs', 'proxy.js', 'proxy.cjs', 'index.d.ts', 'index.d.cts']) {
    if (!existsSync(`${packageDir}/dist/${file}`)) throw new Error(`dist/${file} missing: build first`);
  }
});

const expected = {
  '@wasend/workers': ['/packages/workers/dist/index.js', '/packages/workers/dist/index.cjs'],
  '@wasend/workers/proxy': ['/packages/workers/dist/proxy.js', '/packages/workers/dist/proxy.cjs'],
  '@wasend/core': ['/packages/core/dist/index.js', '/packages/core/dist/index.cjs'],
  '@wasend/core/proxy': ['/packages/core/dist/proxy.js', '/packages/core/dist/proxy.cjs'],
};

// With --conditions=import, `require()` matches the "import" branch too (it is listed first and now
// active) and loads the ESM build through require(esm): still the right files, just not the .cjs.
for (const condition of ['workerd', 'worker', 'browser', 'import', 'require']) {
  test(`exports resolve and load under --conditions=${condition}`, async () => {
    const result = await runNode([`--conditions=${condition}`, '--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const seen = JSON.parse(result.stdout);
    for (const [specifier, [esmPath, cjsPath]] of Object.entries(expected)) {
      expect(fromRoot(seen[specifier].import), specifier).toBe(esmPath);
      expect(fromRoot(seen[specifier].require), specifier).toBe(condition === 'import' ? esmPath : cjsPath);
      // ESM and CJS builds expose the same names.
      expect(seen[specifier].esmNames, specifier).toEqual(seen[specifier].cjsNames);
    }
    expect(seen['@wasend/workers'].esmNames).toEqual(
      expect.arrayContaining([...seen['@wasend/core'].esmNames, 'VERSION']),
    );
    expect(seen['@wasend/workers/proxy'].esmNames).toEqual([
      'createWasendProxy',
      'errorReply',
      'proxyFromEnv',
    ]);
    // The proxy lives at /proxy only, as in every adapter and in core.
    expect(seen['@wasend/workers'].esmNames).not.toContain('proxyFromEnv');
    expect(seen['@wasend/workers'].esmNames).not.toContain('createWasendProxy');
    expect(seen.fromEnv).toBe(true);
  });
}
