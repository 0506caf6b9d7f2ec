import { defineConfig } from 'vitest/config';

// Node-side tests of the built page: the bundle scan, and a Playwright click-through in Chromium.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/buildPage.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    reporters: ['default', ['junit', { outputFile: 'reports/browser.xml' }]],
  },
});
