// Many calls in flight at once: each resolves to its own answer, nothing crosses over.
import { equal, ok } from '../assert.ts';
import type { SuiteCase } from '../types.ts';
import { clientFor, ME, withScenario } from './support.ts';

export const concurrencyCases: SuiteCase[] = [
  {
    name: 'concurrency · 120 concurrent getGroupInviteCode over 4 groups · each gets its own code',
    timeoutMs: 20_000,
    run: (ctx) =>
      withScenario(
        ctx,
        {
          dialect: 'waha',
          groups: [0, 1, 2, 3].map((i) => ({
            id: `12036300000000000${i}@g.us`,
            session: 'default',
            admins: [ME],
          })),
        },
        async (sc) => {
          const state = await sc.state();
          const codeOf = new Map(state.groups.map((g) => [g.id, g.inviteCode]));
          equal(codeOf.size, 4);
          const client = clientFor(ctx, sc);
          const ids = Array.from({ length: 120 }, (_, i) => state.groups[i % 4]?.id as string);
          const codes = await Promise.all(ids.map((g) => client.getGroupInviteCode(sc.sessionId, g)));
          codes.forEach((code, i) => {
            equal(code, codeOf.get(ids[i] as string), `call ${i}`);
          });
          equal((await sc.requests()).length, 120);
        },
      ),
  },
  {
    name: 'concurrency · two scenarios, two keys, in parallel · no request carries the other key',
    run: (ctx) =>
      withScenario(ctx, { keys: ['key-one'], dialect: 'gows' }, (a) =>
        withScenario(ctx, { keys: ['key-two'], dialect: 'docs' }, async (b) => {
          const ca = clientFor(ctx, a);
          const cb = clientFor(ctx, b);
          const results = await Promise.all(
            Array.from({ length: 20 }, (_, i) =>
              i % 2
                ? ca.getGroupInviteCode(a.sessionId, a.groupId)
                : cb.getGroupInviteCode(b.sessionId, b.groupId),
            ),
          );
          results.forEach((code, i) => {
            equal(code, i % 2 ? a.inviteCode : b.inviteCode);
          });
          for (const r of await a.requests()) equal(r.headers.authorization, 'Bearer key-one');
          for (const r of await b.requests()) equal(r.headers.authorization, 'Bearer key-two');
        }),
      ),
  },
  {
    name: 'concurrency · mixed calls with some 503s in parallel · all resolve correctly',
    run: (ctx) =>
      withScenario(
        ctx,
        { faults: [{ times: 10, match: { method: 'GET' }, respond: { status: 503 } }] },
        async (sc) => {
          const client = clientFor(ctx, sc, { maxRetries: 5 });
          const jobs = Array.from({ length: 30 }, (_, i) =>
            i % 3 === 0
              ? client.getGroupJoinInfo(sc.sessionId, sc.inviteCode).then((info) => info.id === sc.groupId)
              : client.getGroupInviteCode(sc.sessionId, sc.groupId).then((code) => code === sc.inviteCode),
          );
          const outcomes = await Promise.all(jobs);
          ok(
            outcomes.every((x) => x),
            'every call got the right answer',
          );
          equal((await sc.requests()).length, 40, '30 calls + 10 retried 503s');
        },
      ),
  },
];
