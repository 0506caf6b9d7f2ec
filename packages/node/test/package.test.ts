import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { requireBuilt } from './helpers/built';
import { runSystemNode, scratchDir } from './helpers/systemNode';

// Files under packages/node resolve '@wasend/node' to this package itself (self-reference through
// "exports"), so these scripts load the built dist exactly as an installed copy would.
const scratch = scratchDir('package');
const tmp = scratch.path;

const checks = `
const client = new m.WasendClient({ apiKey: 'smoke-key-1234' });
console.log(JSON.stringify({
  node: process.version,
  execPath: process.execPath,
  client: typeof m.WasendClient,
  subclass: m.WasendClient !== core.WasendClient && client instanceof core.WasendClient,
  coreNames: Object.keys(core).filter((name) => !(name in m)),
  errors: typeof m.WasendError === 'function' && typeof m.RateLimitError === 'function',
  link: m.buildInviteLink('AbCdEfGhIjKlMnOpQrStUv'),
  proxy: typeof p.createWasendProxy,
}));`;

beforeAll(() => {
  requireBuilt('index.js', 'index.cjs', 'proxy.js', 'proxy.cjs');
  writeFileSync(
    join(tmp, 'esm.mjs'),
    `import * as m from '@wasend/node';\nimport * as p from '@wasend/node/proxy';\nimport * as core from '@wasend/core';\n${checks}\n`,
  );
  writeFileSync(
    join(tmp, 'cjs.cjs'),
    `const m = require('@wasend/node');\nconst p = require('@wasend/node/proxy');\nconst core = require('@wasend/core');\n${checks}\n`,
  );
});

afterAll(() => scratch.remove());

for (const file of ['esm.mjs', 'cjs.cjs']) {
  test(`the built package loads under the system node: ${file}`, async () => {
    const result = await runSystemNode([join(tmp, file)]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const seen = JSON.parse(result.stdout);
    expect(seen).toEqual({
      node: expect.stringMatching(/^v\d+\./),
      execPath: expect.not.stringContaining('node_modules'),
      client: 'function',
      subclass: true,
      coreNames: [],
      errors: true,
      link: 'https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv',
      proxy: 'function',
    });
    expect(Number(seen.node.slice(1).split('.')[0])).toBeGreaterThanOrEqual(20);
  });
}
