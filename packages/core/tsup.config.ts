import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', proxy: 'src/proxy.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  // The parts of zod/mini the core uses are compiled in (tree-shaken), in every build: unbundled,
  // `import 'zod/mini'` loads all 63 of zod's locale modules (~35 ms in Node). One build for every
  // runtime, so no app ever holds two copies of core (docs/design.md, "Cold start and size"). zod
  // stays a dependency for the types of `schemas`, which compose with an app's own zod. ofetch
  // stays an import.
  noExternal: ['zod'],
});
