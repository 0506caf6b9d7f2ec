import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Node-side tests of the package (bindings logic, published files, export conditions). The shared
// suite runs inside workerd from packages/test-suite (vitest.workers.config.ts).
export default defineConfig({
  // Same build-time constant as tsup.config.ts, so tests that import src/ see the real version.
  define: { __WASEND_WORKERS_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    reporters: ['default', ['junit', { outputFile: 'reports/node.xml' }]],
  },
});
