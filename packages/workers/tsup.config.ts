import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The version goes into the User-Agent; read once at build time, never at run time.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Neutral platform, no Node built-ins: the output must load in workerd with nodejs_compat off.
export default defineConfig({
  entry: ['src/index.ts', 'src/proxy.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  define: { __WASEND_WORKERS_VERSION__: JSON.stringify(version) },
});
