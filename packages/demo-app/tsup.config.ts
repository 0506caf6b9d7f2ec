import { defineConfig } from 'tsup';

// Private and Web-standard: ESM with types is all its consumers (the demos, the tests) need.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
});
