import { defineConfig } from 'vitest/config';

export default defineConfig({
  // JUnit per runtime (INTERFACES3): these run in Node.
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['junit', { outputFile: 'reports/node.xml' }]],
  },
});
