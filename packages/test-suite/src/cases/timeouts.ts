// Per-attempt timeouts: slow and hanging answers, retries of timed-out GETs, none for POSTs.
import { equal, ok, rejectsWith, within } from '../assert.ts';
import type { SuiteCase } from '../types.ts';
import { clientFor, expectRequests, joinScenario, withScenario } from './support.ts';

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
    name: 'timeouts · hang, timeout 100, maxRetries 0 · WasendTimeoutError, one attempt',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { hang: true } }] }, async (sc) => {
        const t0 = Date.now();
        await rejectsWith(
          ctx.sdk.WasendTimeoutError,
          clientFor(ctx, sc, { timeout: 100, maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
        );
        within(Date.now() - t0, 80, 1500, 'elapsed');
        await expectRequests(sc, 1);
      }),
  },
  {
    name: 'timeouts · hang twice then answer, timeout 100, maxRetries 2 · success on attempt 3',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ times: 2, respond: { hang: true } }] }, async (sc) => {
        const client = clientFor(ctx, sc, { timeout: 100, maxRetries: 2 });
        equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
        await expectRequests(sc, 3);
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
  {
    name: 'timeouts · a body trickling past the timeout · WasendTimeoutError',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { trickleMs: 100 } }] }, async (sc) => {
        const t0 = Date.now();
        await rejectsWith(
          ctx.sdk.WasendTimeoutError,
          clientFor(ctx, sc, { timeout: 300, maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
        );
        within(Date.now() - t0, 250, 2000, 'the timeout covers reading the body');
      }),
  },
  {
    name: 'timeouts · POST revoke hangs, timeout 100, maxRetries 3 · WasendTimeoutError, one attempt',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { hang: true } }] }, async (sc) => {
        await rejectsWith(
          ctx.sdk.WasendTimeoutError,
          clientFor(ctx, sc, { timeout: 100, maxRetries: 3 }).revokeGroupInviteCode(sc.sessionId, sc.groupId),
        );
        await expectRequests(sc, 1);
      }),
  },
  {
    name: 'timeouts · POST join slow, timeout 100 · WasendTimeoutError, one attempt',
    run: (ctx) =>
      withScenario(ctx, joinScenario('gows', { faults: [{ respond: { delayMs: 1500 } }] }), async (sc) => {
        await rejectsWith(
          ctx.sdk.WasendTimeoutError,
          clientFor(ctx, sc, { timeout: 100, maxRetries: 3 }).joinGroup(sc.sessionId, sc.inviteCode),
        );
        await expectRequests(sc, 1);
      }),
  },
];
