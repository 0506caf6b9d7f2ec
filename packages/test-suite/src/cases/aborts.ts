// The caller's AbortSignal: before sending, mid-request, and during a retry wait.
import { equal, ok, rejectsWith, within } from '../assert.ts';
import type { SuiteCase } from '../types.ts';
import { clientFor, expectRequests, joinScenario, withScenario } from './support.ts';

const abortAfter = (ms: number) => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
};

export const abortCases: SuiteCase[] = [
  {
    name: 'aborts · already-aborted signal · WasendAbortError and no request sent',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const controller = new AbortController();
        controller.abort();
        const client = clientFor(ctx, sc);
        const err = await rejectsWith(
          ctx.sdk.WasendAbortError,
          client.getGroupInviteCode(sc.sessionId, sc.groupId, { signal: controller.signal }),
        );
        ok(!(err instanceof ctx.sdk.WasendConnectionError), 'an abort is not a connection error');
        ok(ctx.sdk.isWasendError(err));
        await rejectsWith(
          ctx.sdk.WasendAbortError,
          client.revokeGroupInviteCode(sc.sessionId, sc.groupId, { signal: controller.signal }),
        );
        await expectRequests(sc, 0);
      }),
  },
  {
    name: 'aborts · during a hanging GET · WasendAbortError quickly, not a timeout',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { hang: true } }] }, async (sc) => {
        const t0 = Date.now();
        await rejectsWith(
          ctx.sdk.WasendAbortError,
          clientFor(ctx, sc, { timeout: 5000, maxRetries: 2 }).getGroupInviteCode(sc.sessionId, sc.groupId, {
            signal: abortAfter(50),
          }),
        );
        within(Date.now() - t0, 30, 1500, 'elapsed');
        await expectRequests(sc, 1, 'no retry after the caller aborted');
      }),
  },
  {
    name: 'aborts · during a hanging POST join · WasendAbortError',
    run: (ctx) =>
      withScenario(ctx, joinScenario('docs', { faults: [{ respond: { hang: true } }] }), async (sc) => {
        await rejectsWith(
          ctx.sdk.WasendAbortError,
          clientFor(ctx, sc, { timeout: 0 }).joinGroup(sc.sessionId, sc.inviteCode, {
            signal: abortAfter(50),
          }),
        );
      }),
  },
  {
    name: 'aborts · during a retry-after-ms 30000 wait after a 503 · WasendAbortError fast, one attempt',
    run: (ctx) =>
      withScenario(
        ctx,
        { faults: [{ respond: { status: 503, headers: { 'retry-after-ms': '30000' } } }] },
        async (sc) => {
          const t0 = Date.now();
          await rejectsWith(
            ctx.sdk.WasendAbortError,
            clientFor(ctx, sc, { maxRetries: 2 }).getGroupInviteCode(sc.sessionId, sc.groupId, {
              signal: abortAfter(100),
            }),
          );
          within(Date.now() - t0, 50, 2000, 'the wait was cut short');
          await expectRequests(sc, 1);
        },
      ),
  },
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
