import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  entry: { index: 'src/index.ts', proxy: 'src/proxy.ts' },
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
};

export default defineConfig([
  // What bundlers, Deno-less browsers and workerd get: ofetch and zod stay imports, so an app's own
  // copies are shared and its bundler tree-shakes them.
  { ...shared, dts: true, clean: ['*', '!node'] },
  // What Node loads unbundled (the `node` export condition; docs/design.md, "Cold start"): the parts
  // of zod/mini the core uses are inlined, because `import 'zod/mini'` loads all 63 of zod's locale
  // modules (~40 ms). ofetch stays an import.
  {
    ...shared,
    outDir: 'dist/node',
    dts: false,
    clean: true,
    noExternal: ['zod'],
  },
]);
