import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One mock server for the whole run; its URL reaches tests through provide/inject.
    globalSetup: ['test/globalSetup.ts'],
    reporters: ['default', ['junit', { outputFile: 'reports/junit.xml' }]],
    testTimeout: 10_000,
  },
});
