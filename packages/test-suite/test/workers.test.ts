// workerd binding of the shared suite: every case as one vitest test, inside workerd, against
// @wasend/workers (the built package, as a Worker would bundle it).
import { inject, test } from 'vitest';
import { caseCount, cases, createMockControl, type SdkModule, type SuiteContext } from '../src/index.ts';

declare module 'vitest' {
  interface ProvidedContext {
    mockUrl: string;
  }
}

const sdk: SdkModule = await import('@wasend/workers');
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
test('shared suite · every case executed in workerd', () => {
  if (navigator.userAgent !== 'Cloudflare-Workers') throw new Error('not running inside workerd');
  if (executed !== caseCount) throw new Error(`executed ${executed} of ${caseCount} shared cases`);
});
