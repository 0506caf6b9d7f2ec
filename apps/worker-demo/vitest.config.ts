import { defineConfig } from 'vitest/config';

// Node side: these tests start `wrangler dev --local` (workerd) and the mock server as real processes.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 90_000,
    reporters: ['default', ['junit', { outputFile: 'reports/workers.xml' }]],
  },
});
