// Retry rules (docs/design.md, "Retries") beyond the fault matrix: statuses never retried, exhaustion, options, delays past the cap, backoff.
import { equal, ok, rejectsWith, within } from '../assert.ts';
import type { Fault, SuiteCase } from '../types.ts';
import { carriesMessage, clientFor, expectRequests, withScenario } from './support.ts';

const fail = (status: number, times: number, headers?: Record<string, string>, body?: unknown): Fault => ({
  times,
  respond: { status, ...(headers ? { headers } : {}), ...(body === undefined ? {} : { body }) },
});

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] as number));

export const retryCases: SuiteCase[] = [
  {
    name: 'retries · GET · 400, 401, 403, 404, 410, 422 are never retried',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const client = clientFor(ctx, sc, { maxRetries: 3 });
        const statuses = [400, 401, 403, 404, 410, 422];
        for (const status of statuses) {
          await sc.addFaults([fail(status, 1, undefined, { error: `status ${status}` })]);
          const err = await client.getGroupInviteCode(sc.sessionId, sc.groupId).then(
            () => undefined,
            (e: unknown) => e,
          );
          ok(err instanceof ctx.sdk.WasendAPIError, `status ${status} gives a WasendAPIError`);
          equal(err.status, status);
        }
        await expectRequests(sc, statuses.length, 'one attempt per call');
      }),
  },
  {
    name: 'retries · exhausted · the LAST error is thrown (503, 503, then 502 with its message)',
    run: (ctx) =>
      withScenario(
        ctx,
        {
          faults: [
            fail(503, 2, undefined, { error: 'first' }),
            fail(502, 5, undefined, { error: 'the last one' }),
          ],
        },
        async (sc) => {
          const err = await rejectsWith(
            ctx.sdk.InternalServerError,
            clientFor(ctx, sc, { maxRetries: 2 }).getGroupInviteCode(sc.sessionId, sc.groupId),
          );
          equal(err.status, 502);
          carriesMessage(err, 'the last one');
          await expectRequests(sc, 3);
        },
      ),
  },
  {
    name: 'retries · maxRetries 0 · one attempt, the 503 is thrown',
    run: (ctx) =>
      withScenario(ctx, { faults: [fail(503, 5)] }, async (sc) => {
        await rejectsWith(
          ctx.sdk.InternalServerError,
          clientFor(ctx, sc, { maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
        );
        await expectRequests(sc, 1);
      }),
  },
  {
    name: 'retries · per-call maxRetries overrides the client (0 on client, 1 on the call)',
    run: (ctx) =>
      withScenario(ctx, { faults: [fail(500, 1)] }, async (sc) => {
        const client = clientFor(ctx, sc, { maxRetries: 0 });
        equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId, { maxRetries: 1 }), sc.inviteCode);
        await expectRequests(sc, 2);
      }),
  },
  {
    name: 'retries · default maxRetries is 2 (3 attempts on a persistent 503)',
    run: (ctx) =>
      withScenario(ctx, { faults: [fail(503, 10)] }, async (sc) => {
        const client = new ctx.sdk.WasendClient({
          apiKey: sc.key,
          baseUrl: sc.baseUrl,
          retryBackoff: { initialMs: 10, maxMs: 20 },
        });
        await rejectsWith(ctx.sdk.InternalServerError, client.getGroupInviteCode(sc.sessionId, sc.groupId));
        await expectRequests(sc, 3);
      }),
  },
  {
    name: 'retries · POST revoke is NEVER retried (503, maxRetries 5) and the code is not rotated',
    run: (ctx) =>
      withScenario(ctx, { faults: [fail(503, 10)] }, async (sc) => {
        await rejectsWith(
          ctx.sdk.InternalServerError,
          clientFor(ctx, sc, { maxRetries: 5 }).revokeGroupInviteCode(sc.sessionId, sc.groupId, {
            maxRetries: 5,
          }),
        );
        await expectRequests(sc, 1);
        equal((await sc.state()).groups[0]?.inviteCode, sc.inviteCode);
      }),
  },
  {
    name: 'retries · 429 Retry-After: 0 (seconds) · retried at once',
    run: (ctx) =>
      withScenario(ctx, { faults: [fail(429, 1, { 'Retry-After': '0' })] }, async (sc) => {
        const t0 = Date.now();
        equal(await clientFor(ctx, sc).getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
        within(Date.now() - t0, 0, 900, 'elapsed');
        await expectRequests(sc, 2);
      }),
  },
  {
    name: 'retries · 429 Retry-After as an HTTP date 2 min ahead · RateLimitError at once with retryAfterMs ≈ 120000',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        await sc.addFaults([fail(429, 5, { 'Retry-After': new Date(Date.now() + 120_000).toUTCString() })]);
        const t0 = Date.now();
        await rejectsWith(
          ctx.sdk.RateLimitError,
          clientFor(ctx, sc, { maxRetries: 3 }).getGroupInviteCode(sc.sessionId, sc.groupId),
          (err) => within(err.retryAfterMs as number, 100_000, 121_000, 'retryAfterMs from the date'),
        );
        within(Date.now() - t0, 0, 2000, 'not waited');
        await expectRequests(sc, 1);
      }),
  },
  {
    name: 'retries · 503 retry-after-ms 90000 · InternalServerError at once, one attempt',
    run: (ctx) =>
      withScenario(ctx, { faults: [fail(503, 5, { 'retry-after-ms': '90000' })] }, async (sc) => {
        const t0 = Date.now();
        await rejectsWith(
          ctx.sdk.InternalServerError,
          clientFor(ctx, sc, { maxRetries: 3 }).getGroupInviteCode(sc.sessionId, sc.groupId),
        );
        within(Date.now() - t0, 0, 2000, 'not waited');
        await expectRequests(sc, 1);
      }),
  },
  {
    name: 'retries · 429 with maxRetries 0 · RateLimitError carries retryAfterMs from retry-after-ms',
    run: (ctx) =>
      withScenario(ctx, { faults: [fail(429, 5, { 'retry-after-ms': '25' })] }, async (sc) => {
        await rejectsWith(
          ctx.sdk.RateLimitError,
          clientFor(ctx, sc, { maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
          (err) => equal(err.retryAfterMs, 25),
        );
        await expectRequests(sc, 1);
      }),
  },
  {
    name: 'retries · backoff · initialMs 200 / maxMs 200 · each retry waits 100–200 ms',
    run: (ctx) =>
      withScenario(ctx, { faults: [fail(503, 2)] }, async (sc) => {
        const client = clientFor(ctx, sc, { maxRetries: 2, retryBackoff: { initialMs: 200, maxMs: 200 } });
        equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
        const log = await expectRequests(sc, 3);
        for (const gap of gaps(log.map((r) => r.time))) within(gap, 90, 1500, 'backoff gap');
      }),
  },
];
