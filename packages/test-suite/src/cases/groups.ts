// The Groups area, every method: its happy path in the hosted service's dialect and in today's
// engines (NOWEB, GOWS, WEBJS), what it sends, its input rules and its retry class. The answer
// shapes themselves are tested once, in core; here they come over a real socket from the mock.
import { deepEqual, equal, ok } from '../assert.ts';
import type { Dialect, GroupInit, Scenario, ScenarioInit, SuiteCase, SuiteContext } from '../types.ts';
import { type MethodSpec, methodCases } from './methodSpecs.ts';
import { clientFor, enc, GID, ME, OTHER } from './support.ts';

/** Every dialect the mock speaks: the hosted service's two, the older WAHA engine, and today's three. */
export const AREA_DIALECTS: Dialect[] = ['docs', 'json-string', 'waha', 'noweb', 'gows', 'webjs'];

/** A WAHA engine takes participant lists as `[{ id }]` only. */
export const isEngine = (dialect: Dialect) => dialect !== 'docs' && dialect !== 'json-string';

/** A person not yet in the group. */
const NEWCOMER = '491744444444@c.us';
const ADMIN = '491755555555@c.us';

const GROUP: GroupInit = {
  id: GID,
  session: 'default',
  name: 'Book club',
  description: 'Monthly',
  owner: ME,
  admins: [ME, ADMIN],
  members: [ME, ADMIN, OTHER],
  pictureUrl: 'https://pictures.test/club.jpg',
  isAnnounce: false,
  isLocked: false,
};

const scenario = (dialect: Dialect, extra: Partial<ScenarioInit> = {}): ScenarioInit => ({
  dialect,
  sessions: [{ id: 'default', me: ME }],
  groups: [GROUP],
  ...extra,
});

const client = (ctx: SuiteContext, sc: Scenario, dialect: Dialect) =>
  clientFor(ctx, sc, isEngine(dialect) ? { participantsFormat: 'objects' } : {});

const groupPath = (sc: Scenario, rest = '') => `/${enc(sc.sessionId)}/groups/${enc(GID)}${rest}`;
const stateGroup = async (sc: Scenario) => (await sc.state()).groups.find((g) => g.id === GID);
/** The digits of a JID: engines answer people as `@s.whatsapp.net`, the service as `@c.us`. */
const person = (id: string) => id.split('@')[0];

const SPECS: MethodSpec[] = [
  {
    name: 'createGroup',
    wire: ['POST', (sc) => `/${enc(sc.sessionId)}/groups`],
    call: (c, sc, o) =>
      c.createGroup(sc.sessionId, { name: 'New club', participants: ['+49 174 4444444', OTHER] }, o),
    check: async (result, sc) => {
      const group = result as { id: string; name?: string };
      ok(group.id.endsWith('@g.us'), `a group id (${group.id})`);
      const created = (await sc.state()).groups.find((g) => g.id === group.id);
      ok(created, 'the group exists');
      equal(created?.name, 'New club');
      deepEqual([...(created?.members ?? [])].map(person).sort(), [ME, NEWCOMER, OTHER].map(person).sort());
    },
    retry: 'C',
    bad: [(c, sc) => c.createGroup(sc.sessionId, { name: 'x', participants: [] }), /non-empty list/],
  },
  {
    name: 'getGroups',
    wire: ['GET', (sc) => `/${enc(sc.sessionId)}/groups`],
    call: (c, sc, o) => c.getGroups(sc.sessionId, undefined, o),
    check: (result) => {
      const groups = result as { id: string; name?: string; participantsCount?: number }[];
      deepEqual(
        groups.map((g) => [g.id, g.name, g.participantsCount]),
        [[GID, 'Book club', 3]],
      );
    },
    retry: 'A',
    bad: [(c, sc) => c.getGroups(sc.sessionId, { limit: 0 }), /limit must be an integer >= 1/],
  },
  {
    name: 'getGroupsCount',
    wire: ['GET', (sc) => `/${enc(sc.sessionId)}/groups/count`],
    call: (c, sc, o) => c.getGroupsCount(sc.sessionId, o),
    check: (result) => equal((result as { total: number }).total, 1),
    retry: 'A',
    bad: [(c) => c.getGroupsCount(' default'), /sessionId must be an id/],
  },
  {
    name: 'getGroup',
    wire: ['GET', (sc) => groupPath(sc)],
    call: (c, sc, o) => c.getGroup(sc.sessionId, GID, o),
    check: (result) => {
      const group = result as {
        id: string;
        name?: string;
        description?: string;
        participants?: { id: string; role: string }[];
      };
      equal(group.id, GID);
      equal(group.name, 'Book club');
      equal(group.description, 'Monthly');
      const roles = Object.fromEntries((group.participants ?? []).map((p) => [person(p.id), p.role]));
      deepEqual(roles, {
        [person(ME) as string]: 'superadmin',
        [person(ADMIN) as string]: 'admin',
        [person(OTHER) as string]: 'participant',
      });
    },
    retry: 'A',
    bad: [(c, sc) => c.getGroup(sc.sessionId, ME), /groupId must be a group id/],
  },
  {
    name: 'leaveGroup',
    wire: ['POST', (sc) => groupPath(sc, '/leave')],
    call: (c, sc, o) => c.leaveGroup(sc.sessionId, GID, o),
    check: async (result, sc) => {
      equal(result, undefined);
      ok(!(await stateGroup(sc))?.members.includes(ME), 'the session is no longer a member');
    },
    retry: 'C',
    bad: [(c, sc) => c.leaveGroup(sc.sessionId, 'not-a-group'), /groupId must be a group id/],
  },
  {
    name: 'getGroupPicture',
    wire: ['GET', (sc) => groupPath(sc, '/picture')],
    call: (c, sc, o) => c.getGroupPicture(sc.sessionId, GID, undefined, o),
    check: (result) => equal((result as { url: string | null }).url, 'https://pictures.test/club.jpg'),
    retry: 'A',
    bad: [(c, sc) => c.getGroupPicture(sc.sessionId, GID, 'yes' as never), /true\/false or \{ refresh \}/],
  },
  {
    name: 'setGroupPicture',
    wire: ['PUT', (sc) => groupPath(sc, '/picture')],
    call: (c, sc, o) =>
      c.setGroupPicture(sc.sessionId, GID, { url: 'https://pictures.test/new.png', format: 'png' }, o),
    check: async (result, sc) => {
      equal(result, undefined);
      equal((await stateGroup(sc))?.picture?.url, 'https://pictures.test/new.png');
    },
    retry: 'B',
    bad: [
      (c, sc) => c.setGroupPicture(sc.sessionId, GID, { url: 'file:///etc/passwd' }),
      /setGroupPicture expects/,
    ],
  },
  {
    name: 'deleteGroupPicture',
    wire: ['DELETE', (sc) => groupPath(sc, '/picture')],
    call: (c, sc, o) => c.deleteGroupPicture(sc.sessionId, GID, o),
    check: async (result, sc) => {
      equal(result, undefined);
      equal((await stateGroup(sc))?.picture ?? null, null);
    },
    retry: 'B',
    bad: [(c, sc) => c.deleteGroupPicture(sc.sessionId, ''), /groupId must be a group id/],
  },
  {
    name: 'setGroupDescription',
    wire: ['PUT', (sc) => groupPath(sc, '/description')],
    call: (c, sc, o) => c.setGroupDescription(sc.sessionId, GID, 'Weekly now', o),
    check: async (_result, sc) => equal((await stateGroup(sc))?.description, 'Weekly now'),
    retry: 'B',
    bad: [(c, sc) => c.setGroupDescription(sc.sessionId, GID, 42 as never), /string or \{ description \}/],
  },
  {
    name: 'setGroupSubject',
    wire: ['PUT', (sc) => groupPath(sc, '/subject')],
    call: (c, sc, o) => c.setGroupSubject(sc.sessionId, GID, { subject: 'Reading club' }, o),
    check: async (_result, sc) => equal((await stateGroup(sc))?.name, 'Reading club'),
    retry: 'B',
    bad: [(c, sc) => c.setGroupSubject(sc.sessionId, GID, '   '), /string or \{ subject \}/],
  },
  {
    name: 'setGroupInfoAdminOnly',
    wire: ['PUT', (sc) => groupPath(sc, '/settings/security/info-admin-only')],
    call: (c, sc, o) => c.setGroupInfoAdminOnly(sc.sessionId, GID, true, o),
    check: async (_result, sc) => equal((await stateGroup(sc))?.isLocked, true),
    retry: 'B',
    bad: [
      (c, sc) => c.setGroupInfoAdminOnly(sc.sessionId, GID, 'true' as never),
      /true\/false, \{ enabled \}/,
    ],
  },
  {
    name: 'getGroupInfoAdminOnly',
    wire: ['GET', (sc) => groupPath(sc, '/settings/security/info-admin-only')],
    call: (c, sc, o) => c.getGroupInfoAdminOnly(sc.sessionId, GID, o),
    check: (result) => equal((result as { enabled: boolean }).enabled, false),
    retry: 'A',
    bad: [(c) => c.getGroupInfoAdminOnly('', GID), /sessionId must be an id/],
  },
  {
    name: 'setGroupMessagesAdminOnly',
    wire: ['PUT', (sc) => groupPath(sc, '/settings/security/messages-admin-only')],
    call: (c, sc, o) => c.setGroupMessagesAdminOnly(sc.sessionId, GID, { enabled: true }, o),
    check: async (_result, sc) => equal((await stateGroup(sc))?.isAnnounce, true),
    retry: 'B',
    bad: [
      (c, sc) => c.setGroupMessagesAdminOnly(sc.sessionId, GID, {} as never),
      /true\/false, \{ enabled \}/,
    ],
  },
  {
    name: 'getGroupMessagesAdminOnly',
    wire: ['GET', (sc) => groupPath(sc, '/settings/security/messages-admin-only')],
    call: (c, sc, o) => c.getGroupMessagesAdminOnly(sc.sessionId, GID, o),
    check: (result) => equal((result as { enabled: boolean }).enabled, false),
    retry: 'A',
    bad: [(c, sc) => c.getGroupMessagesAdminOnly(sc.sessionId, `${GID}x`), /groupId must be a group id/],
  },
  {
    name: 'revokeGroupInviteLink',
    wire: ['POST', (sc) => groupPath(sc, '/invite-code/revoke')],
    call: (c, sc, o) => c.revokeGroupInviteLink(sc.sessionId, GID, o),
    check: async (result, sc) => {
      const code = (await stateGroup(sc))?.inviteCode;
      equal(result, `https://chat.whatsapp.com/${code}`);
      ok(code !== sc.inviteCode, 'the code rotated');
    },
    retry: 'C',
    bad: [(c, sc) => c.revokeGroupInviteLink(sc.sessionId, 'a/b'), /groupId must be an id/],
  },
  {
    name: 'getGroupParticipants',
    wire: ['GET', (sc) => groupPath(sc, '/participants')],
    call: (c, sc, o) => c.getGroupParticipants(sc.sessionId, GID, o),
    check: (result) => {
      const people = result as { id: string; role: string; isAdmin: boolean }[];
      deepEqual(
        people.map((p) => [person(p.id), p.role, p.isAdmin]).sort(),
        [
          [person(ADMIN), 'admin', true],
          [person(ME), 'superadmin', true],
          [person(OTHER), 'participant', false],
        ].sort(),
      );
    },
    retry: 'A',
    bad: [(c, sc) => c.getGroupParticipants(sc.sessionId, '491700000001@c.us'), /groupId must be a group id/],
  },
  {
    name: 'addGroupParticipants',
    wire: ['POST', (sc) => groupPath(sc, '/participants/add')],
    call: (c, sc, o) => c.addGroupParticipants(sc.sessionId, GID, ['+49 174 4444444', OTHER], o),
    check: async (result, sc) => {
      const { results } = result as {
        results: { id: string; ok: boolean; status?: number; reason?: string }[];
      };
      deepEqual(
        results.map((r) => [r.id, r.ok]),
        [
          [NEWCOMER, true],
          [OTHER, false],
        ],
      );
      // An existing member is a refusal in the result, not an error: a status from the engines, a
      // reason from the service.
      const refused = results[1];
      ok(
        refused?.status === 409 || typeof refused?.reason === 'string',
        `why it was refused: ${JSON.stringify(refused)}`,
      );
      ok(
        (await stateGroup(sc))?.members.some((m) => person(m) === person(NEWCOMER)),
        'the newcomer is a member',
      );
    },
    retry: 'C',
    bad: [(c, sc) => c.addGroupParticipants(sc.sessionId, GID, [GID]), /user JID/],
  },
  {
    name: 'removeGroupParticipants',
    wire: ['POST', (sc) => groupPath(sc, '/participants/remove')],
    call: (c, sc, o) => c.removeGroupParticipants(sc.sessionId, GID, { participants: [OTHER] }, o),
    check: async (result, sc) => {
      deepEqual(
        (result as { results: { id: string; ok: boolean }[] }).results.map((r) => [r.id, r.ok]),
        [[OTHER, true]],
      );
      ok(!(await stateGroup(sc))?.members.some((m) => person(m) === person(OTHER)), 'removed');
    },
    retry: 'C',
    bad: [(c, sc) => c.removeGroupParticipants(sc.sessionId, GID, { participants: ['12'] }), /phone number/],
  },
  {
    name: 'promoteGroupParticipants',
    wire: ['POST', (sc) => groupPath(sc, '/admin/promote')],
    call: (c, sc, o) => c.promoteGroupParticipants(sc.sessionId, GID, [OTHER], o),
    check: async (result, sc) => {
      equal((result as { results: { ok: boolean }[] }).results[0]?.ok, true);
      ok(
        (await stateGroup(sc))?.admins.some((m) => person(m) === person(OTHER)),
        'now an admin',
      );
    },
    retry: 'C',
    bad: [(c, sc) => c.promoteGroupParticipants(sc.sessionId, GID, 'x' as never), /participants/],
  },
  {
    name: 'demoteGroupParticipants',
    wire: ['POST', (sc) => groupPath(sc, '/admin/demote')],
    call: (c, sc, o) => c.demoteGroupParticipants(sc.sessionId, GID, [ADMIN], o),
    check: async (result, sc) => {
      equal((result as { results: { ok: boolean }[] }).results[0]?.ok, true);
      ok(!(await stateGroup(sc))?.admins.some((m) => person(m) === person(ADMIN)), 'no longer an admin');
    },
    retry: 'C',
    bad: [
      (c, sc) =>
        c.demoteGroupParticipants(sc.sessionId, GID, { participants: [ADMIN], notify: 'y' as never }),
      /notify/,
    ],
  },
];

export const groupsCases: SuiteCase[] = methodCases(SPECS, {
  dialects: AREA_DIALECTS,
  scenario: (dialect) => scenario(dialect),
  client,
});
