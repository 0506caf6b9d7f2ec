import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each other runtime's binding has its own config (vitest.workers/browser.config.ts).
    exclude: ['test/browser*', 'test/workers*', 'test/deno*'],
    // One mock server for the whole run; its URL reaches tests through provide/inject.
    globalSetup: ['test/globalSetup.ts'],
    reporters: ['default', ['junit', { outputFile: 'reports/node.xml' }]],
    testTimeout: 10_000,
  },
});
