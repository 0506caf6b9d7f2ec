import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/handler.ts', 'src/client.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'node',
  sourcemap: false,
  // Keep `node:http`: Deno resolves built-ins only with the prefix.
  removeNodeProtocol: false,
  // tsup keeps a `#!` line at the top of an entry; cli.ts starts with one.
});
