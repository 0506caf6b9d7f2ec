// Per-attempt timeouts beyond the fault matrix: exhaustion, per-call and zero timeouts.
import { equal, ok, rejectsWith, within } from '../assert.ts';
import type { SuiteCase } from '../types.ts';
import { clientFor, expectRequests, withScenario } from './support.ts';

export const timeoutCases: SuiteCase[] = [
  {
    name: 'timeouts · delayMs 2000, timeout 100, maxRetries 0 · WasendTimeoutError (a WasendConnectionError)',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { delayMs: 2000 } }] }, async (sc) => {
        const t0 = Date.now();
        const err = await rejectsWith(
          ctx.sdk.WasendTimeoutError,
          clientFor(ctx, sc, { timeout: 100, maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
        );
        ok(err instanceof ctx.sdk.WasendConnectionError, 'WasendTimeoutError extends WasendConnectionError');
        ok(!(err instanceof ctx.sdk.WasendAbortError), 'not an abort');
        within(Date.now() - t0, 80, 1500, 'elapsed');
      }),
  },
  {
    name: 'timeouts · always hangs, timeout 100, maxRetries 2 · WasendTimeoutError after 3 attempts',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { hang: true } }] }, async (sc) => {
        const t0 = Date.now();
        await rejectsWith(
          ctx.sdk.WasendTimeoutError,
          clientFor(ctx, sc, { timeout: 100, maxRetries: 2 }).getGroupInviteCode(sc.sessionId, sc.groupId),
        );
        within(Date.now() - t0, 280, 3000, 'each attempt had its own timeout');
        await expectRequests(sc, 3);
      }),
  },
  {
    name: 'timeouts · per-call timeout 100 overrides the client’s 30 s',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { hang: true } }] }, async (sc) => {
        const t0 = Date.now();
        await rejectsWith(
          ctx.sdk.WasendTimeoutError,
          clientFor(ctx, sc, { timeout: 30_000, maxRetries: 0 }).getGroupInviteCode(
            sc.sessionId,
            sc.groupId,
            {
              timeout: 100,
            },
          ),
        );
        within(Date.now() - t0, 80, 1500, 'elapsed');
      }),
  },
  {
    name: 'timeouts · timeout 0 means none · a 400 ms answer still succeeds',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { delayMs: 400 } }] }, async (sc) => {
        const client = clientFor(ctx, sc, { timeout: 0, maxRetries: 0 });
        equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
      }),
  },
];
