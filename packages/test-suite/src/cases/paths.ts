// Path parameters: ids that need encoding are percent-encoded and never change the endpoint; ids
// that cannot be one segment after a decoding hop (/ \ ? # ; % or control characters), or that
// collapse or cannot be encoded, are refused before anything is sent.
import { equal, ok, rejectsWith } from '../assert.ts';
import type { SuiteCase, SuiteClient } from '../types.ts';
import {
  clientFor,
  expectRequests,
  invitePath,
  joinInfoPath,
  ME,
  onlyRequest,
  revokePath,
  withScenario,
} from './support.ts';

const HOSTILE: Array<[string, string]> = [
  ['space', 'a b'],
  ['ampersand, equals, plus', 'a&b=c+d'],
  ['dots inside', '..x..'],
  ['quotes and brackets', `a"b'<c>[d]`],
  ['unicode', 'grüppe'],
  ['emoji', '👥🎉'],
];

const hostileScenario = (id: string) => ({
  sessions: [{ id }],
  groups: [{ id: `${id}@g.us`, session: id, admins: [ME], members: [ME] }],
});

const hostileGet: SuiteCase[] = HOSTILE.map(([label, id]) => ({
  name: `paths · id with ${label} ${JSON.stringify(id)} · hits exactly /{enc(s)}/groups/{enc(g)}/invite-code`,
  run: (ctx) =>
    withScenario(ctx, hostileScenario(id), async (sc) => {
      equal(sc.sessionId, id, 'the scenario holds the hostile session id');
      const code = await clientFor(ctx, sc).getGroupInviteCode(id, `${id}@g.us`);
      equal(code, sc.inviteCode);
      const req = onlyRequest(await expectRequests(sc, 1));
      equal(req.path, invitePath(id, `${id}@g.us`), 'raw logged path');
      ok(!('b' in req.query) && !('code' in req.query), 'nothing leaked into the query');
    }),
}));

export const pathCases: SuiteCase[] = [
  ...hostileGet,
  {
    name: 'paths · ids that need encoding in revoke and join-info · encoded, right endpoint',
    run: (ctx) =>
      withScenario(ctx, hostileScenario('a b&c=d+é'), async (sc) => {
        const client = clientFor(ctx, sc);
        const fresh = await client.revokeGroupInviteCode(sc.sessionId, sc.groupId);
        equal((await client.getGroupJoinInfo(sc.sessionId, fresh)).id, sc.groupId);
        const [revoke, info] = await expectRequests(sc, 2);
        equal(revoke?.path, revokePath(sc.sessionId, sc.groupId));
        equal(info?.path, joinInfoPath(sc.sessionId));
        equal(info?.query.code, fresh);
      }),
  },
  {
    name: 'paths · legacy group id 491701234567-1550606659@g.us · works, @ travels as %40',
    run: (ctx) =>
      withScenario(
        ctx,
        { groups: [{ id: '491701234567-1550606659@g.us', session: 'default', admins: [ME] }] },
        async (sc) => {
          equal(await clientFor(ctx, sc).getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
          equal(
            onlyRequest(await sc.requests()).path,
            '/default/groups/491701234567-1550606659%40g.us/invite-code',
          );
        },
      ),
  },
  ...(
    [
      ["''", ''],
      ["'.'", '.'],
      ["'..'", '..'],
      ['lone surrogate \\uD800', '\uD800'],
      ['lone low surrogate inside text', 'ab\uDC00cd'],
      // What a decoding hop (a reverse proxy that decodes paths) would turn into path or query syntax.
      ['with a slash', 'a/b'],
      ['climbing out (../x)', '../x'],
      ["climbing out encoded ('..%2Fx' decodes to '../x')", '..%2Fx'],
      ['with a backslash', 'a\\b'],
      ['with a question mark', 'a?b=c'],
      ['with a hash', 'x#y'],
      ['with a semicolon (matrix parameters)', 'a;b=c'],
      ['with a percent sign', '100%'],
      ['with NUL', 'a\u0000b'],
      ['with a newline', 'a\nb'],
      ['with DEL', 'a\u007fb'],
      ['with a C1 control', 'a\u0085b'],
    ] as Array<[string, string]>
  ).map(
    ([label, bad]): SuiteCase => ({
      name: `paths · id ${label} · WasendArgumentError from every method, no request logged`,
      run: (ctx) =>
        withScenario(ctx, {}, async (sc) => {
          const client = clientFor(ctx, sc);
          const A = ctx.sdk.WasendArgumentError;
          await rejectsWith(A, () => client.getGroupInviteCode(bad, sc.groupId));
          await rejectsWith(A, () => client.getGroupInviteCode(sc.sessionId, bad));
          await rejectsWith(A, () => client.getGroupInviteLink(sc.sessionId, bad));
          await rejectsWith(A, () => client.revokeGroupInviteCode(bad, sc.groupId));
          await rejectsWith(A, () => client.revokeGroupInviteCode(sc.sessionId, bad));
          await rejectsWith(A, () => client.getGroupJoinInfo(bad, sc.inviteCode));
          await rejectsWith(A, () => client.joinGroup(bad, sc.inviteCode));
          await expectRequests(sc, 0);
        }),
    }),
  ),
  {
    name: 'paths · non-string ids (number, null, undefined, object, array) · WasendArgumentError, no request',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const client = clientFor(ctx, sc) as unknown as Record<
          keyof SuiteClient,
          (...a: unknown[]) => Promise<unknown>
        >;
        for (const bad of [123, null, undefined, { id: 'x' }, ['default']]) {
          await rejectsWith(ctx.sdk.WasendArgumentError, () => client.getGroupInviteCode(bad, sc.groupId));
          await rejectsWith(ctx.sdk.WasendArgumentError, () => client.getGroupInviteCode(sc.sessionId, bad));
          await rejectsWith(ctx.sdk.WasendArgumentError, () =>
            client.revokeGroupInviteCode(sc.sessionId, bad),
          );
          await rejectsWith(ctx.sdk.WasendArgumentError, () => client.getGroupJoinInfo(bad, sc.inviteCode));
        }
        await expectRequests(sc, 0);
      }),
  },
];
