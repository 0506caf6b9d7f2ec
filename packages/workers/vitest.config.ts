import { defineConfig } from 'vitest/config';

// Node-side tests of the package (bindings logic, published files, export conditions). The shared
// suite runs inside workerd from packages/test-suite (vitest.workers.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    reporters: ['default', ['junit', { outputFile: 'reports/node.xml' }]],
  },
});
