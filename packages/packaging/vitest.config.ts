import { defineConfig } from 'vitest/config';

// Every test drives real processes (npm, tsc, deno, wrangler, vite, Chromium) against the tarballs the
// global setup packs and installs once; the files run one after another to stay light on small CI boxes.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ['default', ['junit', { outputFile: 'reports/node-packaging.xml' }]],
  },
});
