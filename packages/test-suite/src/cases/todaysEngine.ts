// What today's engine (WAHA 2026.2) answers where the older dialects differ, each turned into the
// right typed error or value: not-admin, unknown group, a key scoped to another session, a method
// the engine lacks, an unknown session, participant lists in the wrong form, and `X-Api-Key`.
import { equal, ok, rejectsWith } from '../assert.ts';
import type { Dialect, ScenarioInit, SuiteCase } from '../types.ts';
import { AREA_DIALECTS, isEngine } from './groups.ts';
import { clientFor, expectRequests, GID, ME, OTHER, OWNER, withScenario } from './support.ts';

/** The session is a plain member of a group someone else owns. */
const notAdmin = (dialect: Dialect): ScenarioInit => ({
  dialect,
  sessions: [{ id: 'default', me: ME }],
  groups: [
    {
      id: GID,
      session: 'default',
      name: 'Not mine',
      owner: OWNER,
      admins: [OWNER],
      members: [OWNER, ME, OTHER],
    },
  ],
});

const ADMIN_HINT = '(the session is probably not an admin of this group)';

const notAdminCases: SuiteCase[] = AREA_DIALECTS.map((dialect) => ({
  name: `not an admin · ${dialect} dialect · invite code and a subject change fail typed, with a hint where the engine is cryptic, and are not retried`,
  run: (ctx) =>
    withScenario(ctx, notAdmin(dialect), async (sc) => {
      const client = clientFor(ctx, sc);
      // Each call made only when its rejection is awaited: a rejection nobody waits for yet is an
      // unhandled one (Chromium reports it).
      const inviteCode = () => client.getGroupInviteCode(sc.sessionId, GID);
      const subject = () => client.setGroupSubject(sc.sessionId, GID, 'Mine now');
      if (!isEngine(dialect)) {
        // The hosted service says so plainly.
        await rejectsWith(ctx.sdk.PermissionDeniedError, inviteCode());
        await rejectsWith(ctx.sdk.PermissionDeniedError, subject());
      } else if (dialect === 'webjs') {
        // WEBJS: an empty 200 for the code, a bare `false` for the change.
        await rejectsWith(ctx.sdk.WasendResponseError, inviteCode(), (err) => {
          ok(err.message.includes('the session is probably not an admin'), err.message);
        });
        await rejectsWith(ctx.sdk.WasendAPIError, subject(), (err) => {
          equal(err.status, 200);
          equal(err.message, '200 the server reported the change was not applied');
        });
      } else {
        for (const pending of [inviteCode, subject])
          await rejectsWith(ctx.sdk.InternalServerError, pending(), (err) => {
            equal(err.message, `500 not-authorized ${ADMIN_HINT}`);
          });
      }
      await expectRequests(sc, 2, 'one attempt each: an engine error is not an outage');
    }),
}));

const engineCases: SuiteCase[] = [
  {
    name: 'unknown group · noweb dialect · 500 item-not-found with a hint, not retried',
    run: (ctx) =>
      withScenario(ctx, { dialect: 'noweb' }, async (sc) => {
        await rejectsWith(
          ctx.sdk.InternalServerError,
          clientFor(ctx, sc).getGroup(sc.sessionId, '120363000000000000@g.us'),
          (err) => {
            equal(
              err.message,
              '500 item-not-found (no such group or invite, or the session is not in the group)',
            );
          },
        );
        await expectRequests(sc, 1);
      }),
  },
  {
    name: 'a key scoped to another session · noweb dialect · 403 PermissionDeniedError that says so',
    run: (ctx) =>
      withScenario(
        ctx,
        {
          dialect: 'noweb',
          keys: [{ key: 'scoped-key-1234', sessions: ['other'] }],
          sessions: [{ id: 'default' }, { id: 'other' }],
        },
        async (sc) => {
          await rejectsWith(ctx.sdk.PermissionDeniedError, clientFor(ctx, sc).getGroups('default'), (err) => {
            equal(err.message, '403 Forbidden (the API key is probably scoped to another session)');
          });
          equal((await clientFor(ctx, sc).getGroups('other')).length, 0, 'its own session works');
        },
      ),
  },
  {
    name: "a method the engine lacks · noweb 'core' build · 501 with the engine's message, not retried",
    run: (ctx) =>
      withScenario(
        ctx,
        { dialect: 'noweb', build: 'core', unimplemented: ['getGroupParticipants'] },
        async (sc) => {
          const client = clientFor(ctx, sc);
          // Every 5xx is an InternalServerError; its status tells a missing method from a failure.
          await rejectsWith(
            ctx.sdk.InternalServerError,
            client.setGroupPicture(sc.sessionId, sc.groupId, { url: 'https://p.test/a.png' }),
            (err) => {
              equal(err.status, 501);
              ok(err.message.startsWith("501 The method is not implemented by 'NOWEB' engine"), err.message);
            },
          );
          await rejectsWith(
            ctx.sdk.InternalServerError,
            client.getGroupParticipants(sc.sessionId, sc.groupId),
            (err) => {
              equal(err.status, 501);
            },
          );
          await expectRequests(sc, 2, 'a 501 is not retried, even on a GET');
        },
      ),
  },
  {
    name: 'unknown session · noweb dialect · 422 UnprocessableEntityError naming the session',
    run: (ctx) =>
      withScenario(ctx, { dialect: 'noweb' }, async (sc) => {
        await rejectsWith(ctx.sdk.UnprocessableEntityError, clientFor(ctx, sc).getGroups('nobody'), (err) => {
          equal(err.message, '422 Session "nobody" does not exist');
          equal((err.body as { session?: string }).session, 'nobody');
        });
      }),
  },
  ...(['noweb', 'gows'] as Dialect[]).map((dialect) => ({
    name: `participant lists · ${dialect} dialect · phone JIDs fail on an engine (500, sent once); participantsFormat 'objects' works`,
    run: (ctx: Parameters<SuiteCase['run']>[0]) =>
      withScenario(ctx, { dialect }, async (sc) => {
        await rejectsWith(
          ctx.sdk.InternalServerError,
          clientFor(ctx, sc).addGroupParticipants(sc.sessionId, sc.groupId, [OTHER]),
        );
        const objects = clientFor(ctx, sc, { participantsFormat: 'objects' });
        const { results } = await objects.addGroupParticipants(sc.sessionId, sc.groupId, [OTHER]);
        equal(results[0]?.ok, true);
        const log = await expectRequests(sc, 2);
        equal(JSON.parse(log[1]?.body ?? '{}').participants[0].id, OTHER);
      }),
  })),
  {
    name: "auth 'x-api-key' · noweb dialect · the key travels as X-Api-Key, never as Authorization",
    run: (ctx) =>
      withScenario(ctx, { dialect: 'noweb' }, async (sc) => {
        const client = clientFor(ctx, sc, { auth: 'x-api-key', headers: { authorization: 'Bearer forged' } });
        equal((await client.getGroups(sc.sessionId))[0]?.id, sc.groupId);
        const [req] = await expectRequests(sc, 1);
        equal(req?.headers['x-api-key'], sc.key);
        equal(req?.headers.authorization, undefined);
      }),
  },
  ...(['noweb', 'webjs'] as Dialect[]).map((dialect) => ({
    name: `revoke and join · ${dialect} dialect · today's 200 answers read like every other`,
    run: (ctx: Parameters<SuiteCase['run']>[0]) =>
      withScenario(ctx, { dialect }, async (sc) => {
        const client = clientFor(ctx, sc, isEngine(dialect) ? { participantsFormat: 'objects' } : {});
        const fresh = await client.revokeGroupInviteCode(sc.sessionId, sc.groupId);
        ok(fresh !== sc.inviteCode, 'a new code');
        const info = await client.getGroupJoinInfo(sc.sessionId, fresh);
        equal(info.id, sc.groupId);
        equal(info.participantsCount, 1, 'counted from the participant list');
      }),
  })),
];

export const todaysEngineCases: SuiteCase[] = [...notAdminCases, ...engineCases];
