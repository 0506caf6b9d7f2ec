import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The version goes into the User-Agent and `wasend --version`; read once at build time so the
// published code never reads package.json at run time.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  entry: ['src/index.ts', 'src/proxy.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: ['src/index.ts', 'src/proxy.ts'] },
  clean: true,
  target: 'node22',
  platform: 'node',
  sourcemap: false,
  define: { __WASEND_NODE_VERSION__: JSON.stringify(version) },
});
