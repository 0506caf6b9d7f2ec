// client.request(): the escape hatch runs the same pipeline but returns the body as it came.
import { deepEqual, equal, rejectsWith } from '../assert.ts';
import type { SuiteCase } from '../types.ts';
import {
  carriesMessage,
  clientFor,
  enc,
  expectRequests,
  invitePath,
  joinPath,
  joinScenario,
  onlyRequest,
  withScenario,
} from './support.ts';

export const requestCases: SuiteCase[] = [
  {
    name: 'request() · docs dialect GET invite-code · parsed body returned as it came (not unwrapped)',
    run: (ctx) =>
      withScenario(ctx, { dialect: 'docs' }, async (sc) => {
        const body = await clientFor(ctx, sc).request({
          method: 'GET',
          path: invitePath(sc.sessionId, sc.groupId),
        });
        deepEqual(body, { success: true, inviteCode: sc.inviteCode });
        const req = onlyRequest(await expectRequests(sc, 1));
        equal(req.headers.authorization, `Bearer ${sc.key}`);
      }),
  },
  {
    name: 'request() · json-string and waha dialects · the code string as it came',
    run: async (ctx) => {
      for (const dialect of ['json-string', 'waha'] as const) {
        await withScenario(ctx, { dialect }, async (sc) => {
          const body = await clientFor(ctx, sc).request({
            method: 'GET',
            path: invitePath(sc.sessionId, sc.groupId),
          });
          equal(body, sc.inviteCode, dialect);
        });
      }
    },
  },
  {
    name: 'request() · empty 2xx · undefined',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { status: 204 } }] }, async (sc) => {
        const body = await clientFor(ctx, sc).request({ method: 'GET', path: '/anything/at/all' });
        equal(body, undefined);
      }),
  },
  {
    name: 'request() · POST with query and JSON body · sent as JSON, answer returned as-is',
    run: (ctx) =>
      withScenario(ctx, joinScenario('waha'), async (sc) => {
        const body = await clientFor(ctx, sc).request({
          method: 'POST',
          path: joinPath(sc.sessionId),
          query: { trace: 'yes please' },
          body: { code: sc.inviteCode },
        });
        deepEqual(body, { id: sc.groupId }, 'waha join answer, as it came');
        const req = onlyRequest(await expectRequests(sc, 1));
        equal(req.method, 'POST');
        equal(req.path, `/${enc(sc.sessionId)}/groups/join`);
        deepEqual(req.query, { trace: 'yes please' });
        deepEqual(JSON.parse(req.body ?? 'null'), { code: sc.inviteCode });
      }),
  },
  {
    name: 'request() · GET is retried like any GET (503 once, then the raw body)',
    run: (ctx) =>
      withScenario(
        ctx,
        { dialect: 'json-string', faults: [{ times: 1, respond: { status: 503 } }] },
        async (sc) => {
          const body = await clientFor(ctx, sc, { maxRetries: 2 }).request({
            method: 'GET',
            path: invitePath(sc.sessionId, sc.groupId),
          });
          equal(body, sc.inviteCode);
          await expectRequests(sc, 2);
        },
      ),
  },
  {
    name: 'request() · POST is never retried (503, maxRetries 5)',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { status: 503 } }] }, async (sc) => {
        await rejectsWith(
          ctx.sdk.InternalServerError,
          clientFor(ctx, sc, { maxRetries: 5 }).request({ method: 'POST', path: '/x', body: { a: 1 } }),
        );
        await expectRequests(sc, 1);
      }),
  },
  {
    name: 'request() · success:false and 404 · throw as everywhere',
    run: (ctx) =>
      withScenario(
        ctx,
        { faults: [{ times: 1, respond: { status: 200, body: { success: false, error: 'nope' } } }] },
        async (sc) => {
          const client = clientFor(ctx, sc, { maxRetries: 0 });
          await rejectsWith(ctx.sdk.WasendAPIError, client.request({ method: 'GET', path: '/x' }), (err) => {
            equal(err.status, 200);
            carriesMessage(err, 'nope');
          });
          await rejectsWith(ctx.sdk.NotFoundError, client.request({ method: 'GET', path: '/no/such/route' }));
        },
      ),
  },
];
