// Chromium binding of the shared suite: every case as one vitest test, run inside the page, against
// @wasend/browser.
import * as browser from '@wasend/browser';
import { inject, test } from 'vitest';
import { caseCount, cases, createMockControl, type SdkModule, type SuiteContext } from '../src/index.ts';

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

let executed = 0;
for (const c of cases) {
  test(
    c.name,
    async () => {
      executed++;
      await c.run(ctx);
    },
    c.timeoutMs ?? 10_000,
  );
}

// Runs last (tests in a file run in order): every shared case must have been executed here.
test('shared suite · every case executed in Chromium', () => {
  if (executed !== caseCount) throw new Error(`executed ${executed} of ${caseCount} shared cases`);
});
