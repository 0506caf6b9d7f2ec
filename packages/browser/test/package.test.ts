import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// Inside packages/browser, '@wasend/browser' resolves to this package itself (self-reference through
// "exports"): these child processes load the built dist exactly as an installed copy would.
const cwd = fileURLToPath(new URL('..', import.meta.url));
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8' }).trim();

const check = `
  const client = new m.WasendClient({ baseUrl: 'https://app.example/wasend' });
  console.log(JSON.stringify({
    proxyMode: client.baseUrl,
    qr: m.inviteQrSvg('AbCdEfGhIjKlMnOpQrStUv').startsWith('<svg'),
    core: typeof m.parseInviteCode === 'function' && typeof m.RateLimitError === 'function',
  }));`;
const expected = { proxyMode: 'https://app.example/wasend', qr: true, core: true };

for (const conditions of [[], ['--conditions=browser']]) {
  const label = conditions.join(' ') || 'default conditions';
  test(`ESM import and CJS require of the built package work (${label})`, () => {
    const esm = node([
      ...conditions,
      '--input-type=module',
      '-e',
      `import * as m from '@wasend/browser';${check}`,
    ]);
    const cjs = node([...conditions, '-e', `const m = require('@wasend/browser');${check}`]);
    expect(JSON.parse(esm)).toEqual(expected);
    expect(JSON.parse(cjs)).toEqual(expected);
  });

  test(`exports resolve to dist/index.js (import) and dist/index.cjs (require) (${label})`, () => {
    const resolved = node([
      ...conditions,
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       console.log(import.meta.resolve('@wasend/browser'));
       console.log(createRequire(process.cwd() + '/').resolve('@wasend/browser'));`,
    ]).split('\n');
    expect(resolved[0]).toMatch(/\/packages\/browser\/dist\/index\.js$/);
    expect(resolved[1]).toMatch(/\/packages\/browser\/dist\/index\.cjs$/);
  });
}
