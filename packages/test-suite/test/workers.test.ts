// workerd binding of the shared suite: every case as one vitest test, inside workerd, against
// @wasend/workers (the built package, as a Worker would bundle it).
import { inject, test } from 'vitest';
import { cases, createMockControl, registerCases, type SdkModule, type SuiteContext } from '../src/index.ts';

declare module 'vitest' {
  interface ProvidedContext {
    mockUrl: string;
  }
}

const sdk: SdkModule = await import('@wasend/workers');
const ctx: SuiteContext = { mock: createMockControl(inject('mockUrl')), sdk };

registerCases(test, cases, ctx, 'shared suite · every case executed in workerd');

test('shared suite · running inside workerd', () => {
  if (navigator.userAgent !== 'Cloudflare-Workers') throw new Error('not running inside workerd');
});
