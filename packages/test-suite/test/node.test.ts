// Node binding of the shared suite: every case as one vitest test, against @wasend/node.
import * as sdk from '@wasend/node';
import { inject, test } from 'vitest';
import { cases, createMockControl, registerCases, type SuiteContext } from '../src/index.ts';

declare module 'vitest' {
  interface ProvidedContext {
    mockUrl: string;
  }
}

const ctx: SuiteContext = { mock: createMockControl(inject('mockUrl')), sdk };

registerCases(test, cases, ctx, 'shared suite · every case executed in Node');
