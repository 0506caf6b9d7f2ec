// getGroupJoinInfo: every dialect's answer normalised to one shape; the wire always carries the bare code.
import { deepEqual, equal, match, ok, rejectsWith } from '../assert.ts';
import type { GroupJoinInfo, SuiteCase } from '../types.ts';
import {
  clientFor,
  DIALECTS,
  expectRequests,
  GID,
  joinInfoPath,
  joinScenario,
  LINK_PREFIX,
  OWNER,
  onlyRequest,
  withScenario,
} from './support.ts';

const CREATED_MS = 1_700_000_000_000;

function checkNormalised(info: GroupJoinInfo): void {
  equal(info.id, GID, 'id');
  equal(info.name, 'Join me', 'name');
  equal(info.description, 'A group to join', 'description');
  equal(info.ownerJid, OWNER, 'ownerJid');
  equal(info.participantsCount, 2, 'participantsCount');
  equal(info.isAnnounce, true, 'isAnnounce');
  equal(info.isLocked, false, 'isLocked');
  match(
    info.createdAt,
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
    'createdAt is ISO 8601',
  );
  equal(new Date(info.createdAt as string).getTime(), CREATED_MS, 'createdAt instant');
  const allowed = [
    'id',
    'name',
    'description',
    'ownerJid',
    'participantsCount',
    'createdAt',
    'isAnnounce',
    'isLocked',
  ];
  for (const key of Object.keys(info))
    ok(allowed.includes(key), `no raw field leaks into the result: ${key}`);
}

const perDialect: SuiteCase[] = DIALECTS.map((dialect) => ({
  name: `getGroupJoinInfo · ${dialect} dialect · normalised shape (participantsCount, createdAt ISO, flags)`,
  run: (ctx) =>
    withScenario(ctx, joinScenario(dialect), async (sc) => {
      checkNormalised(await clientFor(ctx, sc).getGroupJoinInfo(sc.sessionId, sc.inviteCode));
      const req = onlyRequest(await expectRequests(sc, 1));
      equal(req.method, 'GET');
      equal(req.path, joinInfoPath(sc.sessionId));
      deepEqual(req.query, { code: sc.inviteCode });
      equal(req.headers.authorization, `Bearer ${sc.key}`);
    }),
}));

const linkForms: Array<[string, (code: string) => string]> = [
  ['https link with ?mode=r_c', (c) => `${LINK_PREFIX}${c}?mode=r_c`],
  ['no-scheme …/invite/CODE/ link with #fragment', (c) => `chat.whatsapp.com/invite/${c}/#join`],
  ['whatsapp://chat?code= link in surrounding whitespace', (c) => `  whatsapp://chat?code=${c}\n`],
];

const fromLinks: SuiteCase[] = linkForms.map(([label, toLink]) => ({
  name: `getGroupJoinInfo · from a ${label} · sends ?code=<bare code> only`,
  run: (ctx) =>
    withScenario(ctx, joinScenario('gows'), async (sc) => {
      const info = await clientFor(ctx, sc).getGroupJoinInfo(sc.sessionId, toLink(sc.inviteCode));
      equal(info.id, GID);
      const req = onlyRequest(await expectRequests(sc, 1));
      deepEqual(req.query, { code: sc.inviteCode }, 'only the bare code travels');
    }),
}));

export const joinInfoCases: SuiteCase[] = [
  ...perDialect,
  ...fromLinks,
  {
    name: 'getGroupJoinInfo · unknown code · NotFoundError 404',
    run: (ctx) =>
      withScenario(ctx, joinScenario('waha'), async (sc) => {
        await rejectsWith(
          ctx.sdk.NotFoundError,
          clientFor(ctx, sc).getGroupJoinInfo(sc.sessionId, 'ZzZzZzZzZzZzZzZzZzZzZz'),
          (err) => equal(err.status, 404),
        );
      }),
  },
  {
    name: 'getGroupJoinInfo · input with no code ("", blank, bare host link) · WasendArgumentError, nothing sent',
    run: (ctx) =>
      withScenario(ctx, joinScenario('docs'), async (sc) => {
        const client = clientFor(ctx, sc);
        for (const bad of ['', '   ', 'https://chat.whatsapp.com/', 'no code here!']) {
          await rejectsWith(ctx.sdk.WasendArgumentError, () => client.getGroupJoinInfo(sc.sessionId, bad));
        }
        await expectRequests(sc, 0);
      }),
  },
];
