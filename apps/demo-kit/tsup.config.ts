import { defineConfig } from 'tsup';

// Private: ESM with types is all its consumers (the demos, the tests) need. The main entry is
// Web-standard; ./backend (the embedded mock fallback) is for Node and Deno.
export default defineConfig({
  entry: ['src/index.ts', 'src/backend.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
});
