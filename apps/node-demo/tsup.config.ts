import { defineConfig } from 'tsup';

// An app, not a library: ESM only, no types; the SDK and the mock stay external (dependencies).
export default defineConfig({
  entry: ['src/server.ts', 'src/oneShot.ts'],
  format: ['esm'],
  clean: true,
  target: 'node20',
  platform: 'node',
  sourcemap: false,
});
