// The caller's AbortSignal beyond what the fault matrix covers: during a long backoff wait, and one that never fires.
import { equal, rejectsWith, within } from '../assert.ts';
import type { SuiteCase } from '../types.ts';
import { clientFor, expectRequests, withScenario } from './support.ts';

const abortAfter = (ms: number) => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
};

export const abortCases: SuiteCase[] = [
  {
    name: 'aborts · during a long backoff wait · WasendAbortError fast',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { status: 500 } }] }, async (sc) => {
        const t0 = Date.now();
        await rejectsWith(
          ctx.sdk.WasendAbortError,
          clientFor(ctx, sc, {
            maxRetries: 3,
            retryBackoff: { initialMs: 20_000, maxMs: 20_000 },
          }).getGroupInviteCode(sc.sessionId, sc.groupId, { signal: abortAfter(100) }),
        );
        within(Date.now() - t0, 50, 2000, 'elapsed');
        await expectRequests(sc, 1);
      }),
  },
  {
    name: 'aborts · a signal that never fires changes nothing',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const controller = new AbortController();
        const code = await clientFor(ctx, sc).getGroupInviteCode(sc.sessionId, sc.groupId, {
          signal: controller.signal,
        });
        equal(code, sc.inviteCode);
        controller.abort(); // after completion: must not throw anywhere
      }),
  },
];
