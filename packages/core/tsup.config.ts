import { defineConfig, type Options } from 'tsup';

const common: Options = {
  dts: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  // The parts of zod/mini the core uses are compiled in (tree-shaken), in every build: unbundled,
  // `import 'zod/mini'` loads all 63 of zod's locale modules (~35 ms in Node). One build for every
  // runtime, so no app ever holds two copies of core (docs/design.md, "Cold start and size"). zod
  // stays a dependency for the types of `schemas`, which compose with an app's own zod. ofetch
  // stays an import.
  noExternal: ['zod'],
};

/**
 * In the ES module build, `schemas` is an entry of its own that index.js re-exports. A bundle that
 * never reads `schemas` then leaves it out whole, and with it every schema of the areas loaded on
 * first use (esbuild splits chunks by which entries reach a module, so a module reached by `schemas`
 * and by an area would otherwise share a chunk with the client's own code). docs/design.md, "Size".
 */
const schemasEntry: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'schemas-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\/schemas\/index$/ }, ({ importer }) =>
      importer.endsWith('/src/index.ts') ? { path: './schemas.js', external: true } : undefined,
    );
  },
};

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts', proxy: 'src/proxy.ts', schemas: 'src/schemas/index.ts' },
    format: ['esm'],
    clean: true,
    esbuildPlugins: [schemasEntry],
  },
  // CommonJS has no chunks: one file per entry, `schemas` inside index.cjs.
  { ...common, entry: { index: 'src/index.ts', proxy: 'src/proxy.ts' }, format: ['cjs'] },
]);
