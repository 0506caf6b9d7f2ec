// workerd binding of the shared suite: test/workers.test.ts runs inside workerd (Miniflare) through
// @cloudflare/vitest-plugin; the mock server runs in Node (test/globalSetup.ts) and its loopback URL
// reaches the tests through provide/inject.
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// The newest date the installed workerd (1.20261102.x, shared with wrangler 4.156.2) supports;
// @cloudflare/workers-types is newer and must not set it.
const COMPATIBILITY_DATE = '2026-11-01';

export default defineConfig({
  plugins: [
    cloudflareTest({
      // No wrangler config: a bare Worker with just a compatibility date. The plugin itself turns on
      // nodejs_compat(_v2) for its vitest runner, so "nodejs_compat off" is proven by apps/worker-demo
      // and by packages/workers' import check, not here.
      miniflare: { compatibilityDate: COMPATIBILITY_DATE, compatibilityFlags: [] },
      remoteBindings: false, // everything local: no Cloudflare account, no outside calls
    }),
  ],
  test: {
    include: ['test/workers.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    reporters: ['default', ['junit', { outputFile: 'reports/workers.xml' }]],
    testTimeout: 10_000,
  },
});
