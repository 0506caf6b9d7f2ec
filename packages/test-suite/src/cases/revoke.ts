// revokeGroupInviteCode: the NEW code in every dialect; the old code is then gone (410).
import { equal, ok, rejectsWith } from '../assert.ts';
import type { SuiteCase } from '../types.ts';
import {
  clientFor,
  DIALECTS,
  expectRequests,
  invitePath,
  onlyRequest,
  revokePath,
  withScenario,
} from './support.ts';

const perDialect: SuiteCase[] = DIALECTS.map((dialect) => ({
  name: `revokeGroupInviteCode · ${dialect} dialect · new code differs, old code then 410 NotFoundError`,
  run: (ctx) =>
    withScenario(ctx, { dialect }, async (sc) => {
      const client = clientFor(ctx, sc);
      const fresh = await client.revokeGroupInviteCode(sc.sessionId, sc.groupId);
      ok(fresh !== sc.inviteCode, 'the new code differs from the old one');
      const state = await sc.state();
      equal(fresh, state.groups[0]?.inviteCode, 'the new code is the group’s current code');
      equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), fresh, 'GET now returns the new code');
      await rejectsWith(
        ctx.sdk.NotFoundError,
        client.getGroupJoinInfo(sc.sessionId, sc.inviteCode),
        (err) => {
          equal(err.status, 410, 'a revoked code is 410');
        },
      );
      // The revoked-code join-info lookup must find the new code fine.
      equal((await client.getGroupJoinInfo(sc.sessionId, fresh)).id, sc.groupId);
    }),
}));

export const revokeCases: SuiteCase[] = [
  ...perDialect,
  {
    name: 'revokeGroupInviteCode · wire · one POST to …/invite-code/revoke with Bearer key and no body',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        await clientFor(ctx, sc).revokeGroupInviteCode(sc.sessionId, sc.groupId);
        const req = onlyRequest(await expectRequests(sc, 1));
        equal(req.method, 'POST');
        equal(req.path, revokePath(sc.sessionId, sc.groupId));
        equal(req.headers.authorization, `Bearer ${sc.key}`);
        ok(req.body === null || req.body === '', `no request body (got ${JSON.stringify(req.body)})`);
      }),
  },
  {
    name: 'revokeGroupInviteCode · twice in a row · each call rotates once (three distinct codes)',
    run: (ctx) =>
      withScenario(ctx, { dialect: 'waha' }, async (sc) => {
        const client = clientFor(ctx, sc);
        const a = await client.revokeGroupInviteCode(sc.sessionId, sc.groupId);
        const b = await client.revokeGroupInviteCode(sc.sessionId, sc.groupId);
        equal(new Set([sc.inviteCode, a, b]).size, 3, 'three distinct codes');
        const log = await expectRequests(sc, 2);
        equal(log.filter((r) => r.path === invitePath(sc.sessionId, sc.groupId)).length, 0);
      }),
  },
];
