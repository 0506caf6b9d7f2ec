import { defineConfig } from 'tsup';

// Neutral platform, no Node built-ins: the output must load in workerd with nodejs_compat off.
export default defineConfig({
  entry: ['src/index.ts', 'src/proxy.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
});
