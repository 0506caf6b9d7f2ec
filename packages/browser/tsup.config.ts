import { defineConfig } from 'tsup';

// @wasend/core and uqr stay external (dependencies): an app's bundler dedupes and tree-shakes them.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
  sourcemap: false,
});
