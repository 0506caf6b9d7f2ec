import { defineConfig } from 'tsup';

// The npm build (ESM + CJS with per-condition types); JSR publishes src/ as it is (jsr.json).
export default defineConfig({
  entry: ['src/index.ts', 'src/proxy.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
});
