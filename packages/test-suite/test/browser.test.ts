// Chromium binding of the shared suite: every case as one vitest test, run inside the page, against
// @wasend/browser.
import * as browser from '@wasend/browser';
import { inject, test } from 'vitest';
import { cases, createMockControl, registerCases, type SdkModule, type SuiteContext } from '../src/index.ts';

declare module 'vitest' {
  interface ProvidedContext {
    mockUrl: string;
  }
}

/**
 * Test-only wrapper: the shared cases pass `apiKey` (they check the Authorization header, key
 * redaction, …), which @wasend/browser refuses unless `dangerouslyAllowBrowser: true`. The cases
 * still run against the real module — this subclass only sets that one default; every other export
 * is @wasend/browser's own.
 */
class TestWasendClient extends browser.WasendClient {
  constructor(options: browser.WasendClientOptions) {
    super({ dangerouslyAllowBrowser: true, ...options });
  }
}

const sdk = { ...browser, WasendClient: TestWasendClient } as unknown as SdkModule;
const ctx: SuiteContext = { mock: createMockControl(inject('mockUrl')), sdk };

registerCases(test, cases, ctx, 'shared suite · every case executed in Chromium');
