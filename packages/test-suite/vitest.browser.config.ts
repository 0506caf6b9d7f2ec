// The shared suite in real Chromium: vitest browser mode driven by Playwright. The mock server still
// runs in Node (test/globalSetup.ts); its URL reaches the page through provide/inject, and its CORS
// headers let the page call it across origins.
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, resolveChromium } from './test/chromium.ts';

const chromium = await resolveChromium();
console.log(`browser suite: Chromium from ${chromium.source} (${chromium.executablePath})`);

export default defineConfig({
  server: { host: '127.0.0.1' },
  test: {
    // browser.test.ts: the shared cases; browserOnly.spec.ts: Chromium-only checks of @wasend/browser.
    include: ['test/browser.test.ts', 'test/browserOnly.spec.ts'],
    globalSetup: ['test/globalSetup.ts'],
    reporters: ['default', ['junit', { outputFile: 'reports/browser.xml' }]],
    testTimeout: 10_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: { executablePath: chromium.executablePath, args: CHROMIUM_ARGS },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
