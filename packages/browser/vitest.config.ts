import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One JUnit report per runtime (docs/design.md, "One suite, four runtimes"): these run in Node.
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['junit', { outputFile: 'reports/node.xml' }]],
  },
});
