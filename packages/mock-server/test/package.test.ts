import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// The machine's own `node`, not the pinned Node 24 that pnpm puts first on PATH: the published
// package must load on the Node its users have (engines: >= 20), as ESM and as CommonJS.
const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const packageDir = fileURLToPath(new URL('..', import.meta.url));

// Starts the built server, asks its control plane for health, closes it, prints what it saw.
const script = (load: string) => `${load}
(async () => {
  const server = await m.listen({ port: 0 });
  const health = await (await fetch(server.url + '/__mock/health')).json();
  await server.close();
  console.log(JSON.stringify({ node: process.version, health, handler: typeof h.createMockHandler, client: typeof c.createMockControl }));
})().catch((e) => { console.error(e); process.exit(1); });`;

const loaders = {
  esm: `const m = await import('@wasend/mock-server'); const h = await import('@wasend/mock-server/handler'); const c = await import('@wasend/mock-server/client');`,
  cjs: `const m = require('@wasend/mock-server'); const h = require('@wasend/mock-server/handler'); const c = require('@wasend/mock-server/client');`,
};

for (const [kind, load] of Object.entries(loaders)) {
  test(`the built package loads and serves under the system node (${kind})`, () => {
    const args = kind === 'esm' ? ['--input-type=module', '-e', script(load)] : ['-e', script(load)];
    const run = spawnSync('node', args, {
      cwd: packageDir,
      env: { PATH: SYSTEM_PATH },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const seen = JSON.parse(run.stdout);
    expect(seen).toEqual({
      node: expect.stringMatching(/^v\d+\./),
      health: { ok: true },
      handler: 'function',
      client: 'function',
    });
    expect(Number(seen.node.slice(1).split('.')[0])).toBeGreaterThanOrEqual(20);
  });
}
