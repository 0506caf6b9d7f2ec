import { defineConfig } from 'vitest/config';

// Node-side unit and package tests (a stand-in `Deno` global where needed). The same code inside
// the real Deno binary: `test:deno` here (the JSR source entry) and packages/test-suite's Deno runs.
export default defineConfig({
  test: {
    include: ['test/*.test.ts'],
    testTimeout: 20_000,
    reporters: ['default', ['junit', { outputFile: 'reports/node.xml' }]],
  },
});
