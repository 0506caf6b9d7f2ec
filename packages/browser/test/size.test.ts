import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { expect, test } from 'vitest';

// Bundles the built package (dist, through the package's own "exports") the way an app would:
// minified, tree-shaken, for browsers. uqr must drop out when inviteQrSvg is not used. The size
// budget itself is size-limit's (.size-limit.json, `pnpm run size`): this only prints the figure.
test('a client + getGroupInviteCode bundle leaves uqr out (tree-shaken)', async () => {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: fileURLToPath(new URL('..', import.meta.url)),
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: { input: fileURLToPath(new URL('./fixtures/sizeEntry.ts', import.meta.url)) },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  const code = chunks.map((c) => c.code).join('\n');
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(`@wasend/browser size: ${code.length} B minified, ${gzip} B min+gzip`);
  expect(code).toContain('invite-code'); // the client really is in the bundle
  expect(code).not.toContain('viewBox'); // uqr's SVG template: tree-shaken out
}, 30_000);
