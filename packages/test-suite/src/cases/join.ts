// joinGroup: every accepted target form, every dialect's answer; the member is really added.
import { deepEqual, equal, ok, rejectsWith } from '../assert.ts';
import type { JoinTarget, SuiteCase } from '../types.ts';
import {
  clientFor,
  DIALECTS,
  expectRequests,
  GID,
  JOINER,
  joinPath,
  joinScenario,
  LINK_PREFIX,
  onlyRequest,
  withScenario,
} from './support.ts';

const perDialect: SuiteCase[] = DIALECTS.map((dialect) => ({
  name: `joinGroup · ${dialect} dialect · result { id } and the session is now a member`,
  run: (ctx) =>
    withScenario(ctx, joinScenario(dialect), async (sc) => {
      const before = await sc.state();
      ok(!before.groups[0]?.members.includes(JOINER), 'not a member before');
      const result = await clientFor(ctx, sc).joinGroup(sc.sessionId, sc.inviteCode);
      equal(result.id, GID, 'group id');
      if (dialect === 'docs' || dialect === 'json-string') {
        equal(result.name, 'Join me', 'name (this dialect sends it)');
        equal(result.participantsCount, 3, 'participantsCount after joining');
      }
      const allowed = ['id', 'name', 'participantsCount'];
      for (const key of Object.keys(result)) ok(allowed.includes(key), `no raw field leaks: ${key}`);
      const after = await sc.state();
      ok(after.groups[0]?.members.includes(JOINER), 'member added');
    }),
}));

const targets: Array<[string, (code: string) => JoinTarget]> = [
  ['bare code string', (c) => c],
  ['link with ?mode=ems_copy_t', (c) => `${LINK_PREFIX}${c}?mode=ems_copy_t`],
  ['{ code }', (c) => ({ code: c })],
  ['{ inviteCode }', (c) => ({ inviteCode: c })],
  ['{ inviteLink }', (c) => ({ inviteLink: `http://chat.whatsapp.com/${c}/` })],
];

const perTarget: SuiteCase[] = targets.map(([label, toTarget]) => ({
  name: `joinGroup · target ${label} · POST …/groups/join with JSON {"code","inviteCode"} bare`,
  run: (ctx) =>
    withScenario(ctx, joinScenario('docs'), async (sc) => {
      const result = await clientFor(ctx, sc).joinGroup(sc.sessionId, toTarget(sc.inviteCode));
      equal(result.id, GID);
      const req = onlyRequest(await expectRequests(sc, 1));
      equal(req.method, 'POST');
      equal(req.path, joinPath(sc.sessionId));
      equal(req.headers.authorization, `Bearer ${sc.key}`);
      ok((req.headers['content-type'] ?? '').startsWith('application/json'), 'JSON content-type');
      deepEqual(JSON.parse(req.body ?? 'null'), { code: sc.inviteCode, inviteCode: sc.inviteCode });
      ok((await sc.state()).groups[0]?.members.includes(JOINER), 'member added');
    }),
}));

export const joinCases: SuiteCase[] = [
  ...perDialect,
  ...perTarget,
  {
    name: 'joinGroup · unknown code · NotFoundError 404, not a member, nothing retried',
    run: (ctx) =>
      withScenario(ctx, joinScenario('json-string'), async (sc) => {
        const client = clientFor(ctx, sc, { maxRetries: 3 });
        await rejectsWith(
          ctx.sdk.NotFoundError,
          client.joinGroup(sc.sessionId, 'ZzZzZzZzZzZzZzZzZzZzZz'),
          (err) => equal(err.status, 404),
        );
        ok(!(await sc.state()).groups[0]?.members.includes(JOINER), 'not a member');
        await expectRequests(sc, 1);
      }),
  },
  {
    name: 'joinGroup · revoked code · NotFoundError 410',
    run: (ctx) =>
      // Default scenario: the session is the group's admin, so it can rotate the code itself.
      withScenario(ctx, { dialect: 'gows' }, async (sc) => {
        const client = clientFor(ctx, sc);
        const fresh = await client.revokeGroupInviteCode(sc.sessionId, sc.groupId);
        ok(fresh !== sc.inviteCode);
        await rejectsWith(
          ctx.sdk.NotFoundError,
          client.joinGroup(sc.sessionId, { code: sc.inviteCode }),
          (err) => equal(err.status, 410),
        );
      }),
  },
  {
    name: 'joinGroup · bad targets ({}, {code:""}, {code:123}, null, "") · WasendArgumentError, nothing sent',
    run: (ctx) =>
      withScenario(ctx, joinScenario('docs'), async (sc) => {
        const client = clientFor(ctx, sc);
        const bad: unknown[] = [{}, { code: '' }, { code: 123 }, null, undefined, '', { inviteLink: 'nope' }];
        for (const target of bad) {
          await rejectsWith(ctx.sdk.WasendArgumentError, () =>
            client.joinGroup(sc.sessionId, target as JoinTarget),
          );
        }
        await expectRequests(sc, 0);
      }),
  },
];
