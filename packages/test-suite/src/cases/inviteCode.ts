// getGroupInviteCode / getGroupInviteLink: the bare code (or link) in every dialect and answer form.
import { equal, match } from '../assert.ts';
import type { SuiteCase } from '../types.ts';
import {
  answer200,
  clientFor,
  DIALECTS,
  expectRequests,
  invitePath,
  LINK_PREFIX,
  ME,
  onlyRequest,
  withScenario,
} from './support.ts';

const perDialectCode: SuiteCase[] = DIALECTS.map((dialect) => ({
  name: `getGroupInviteCode · ${dialect} dialect · bare code, GET with Bearer key on the encoded path`,
  run: (ctx) =>
    withScenario(ctx, { dialect }, async (sc) => {
      const code = await clientFor(ctx, sc).getGroupInviteCode(sc.sessionId, sc.groupId);
      equal(code, sc.inviteCode, 'the bare code');
      match(code, /^[A-Za-z0-9]{22}$/, 'no quotes, no link, no whitespace');
      const req = onlyRequest(await expectRequests(sc, 1));
      equal(req.method, 'GET');
      equal(req.path, invitePath(sc.sessionId, sc.groupId), 'encoded path (@ → %40)');
      equal(req.headers.authorization, `Bearer ${sc.key}`, 'Authorization header');
    }),
}));

const perDialectLink: SuiteCase[] = DIALECTS.map((dialect) => ({
  name: `getGroupInviteLink · ${dialect} dialect · https://chat.whatsapp.com/<code>`,
  run: (ctx) =>
    withScenario(ctx, { dialect }, async (sc) => {
      const link = await clientFor(ctx, sc).getGroupInviteLink(sc.sessionId, sc.groupId);
      equal(link, `${LINK_PREFIX}${sc.inviteCode}`);
    }),
}));

const CODE = 'AbCdEfGhIjKlMnOpQrStUv';
const otherForms: Array<[string, unknown, Record<string, string> | undefined]> = [
  ['{"code":…} object', { code: CODE }, undefined],
  ['{"inviteLink":…} object', { inviteLink: `${LINK_PREFIX}${CODE}` }, undefined],
  ['link as text/plain', `${LINK_PREFIX}${CODE}`, { 'content-type': 'text/plain; charset=utf-8' }],
  ['bare code with no content-type', CODE, {}],
  ['JSON string of a link', JSON.stringify(`${LINK_PREFIX}${CODE}`), { 'content-type': 'application/json' }],
];

const otherShapes: SuiteCase[] = otherForms.map(([label, body, headers]) => ({
  name: `getGroupInviteCode · other answer form · ${label}`,
  run: (ctx) =>
    withScenario(ctx, { faults: [answer200(body, headers)] }, async (sc) => {
      equal(await clientFor(ctx, sc).getGroupInviteCode(sc.sessionId, sc.groupId), CODE);
    }),
}));

const shortCodes: SuiteCase[] = (['waha', 'gows'] as const).map((dialect) => ({
  name: `getGroupInviteCode · ${dialect} dialect · 16-character V4 code with - and _ is kept intact`,
  run: (ctx) => {
    const v4 = 'Ab-cd_EF12345678';
    return withScenario(
      ctx,
      { dialect, groups: [{ id: '491701234567-1550606659@g.us', session: 'default', inviteCode: v4 }] },
      async (sc) => {
        const client = clientFor(ctx, sc);
        equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), v4);
        equal(await client.getGroupInviteLink(sc.sessionId, sc.groupId), `${LINK_PREFIX}${v4}`);
      },
    );
  },
}));

const NUMERIC_CODES = ['1234567890123456789012', '1234e567', '00001234'];

const numericCodes: SuiteCase[] = (['waha', 'docs', 'json-string', 'gows'] as const).map((dialect) => ({
  name: `getGroupInviteCode · ${dialect} dialect · numeric-looking codes stay exact strings`,
  run: (ctx) =>
    withScenario(
      ctx,
      {
        dialect,
        groups: NUMERIC_CODES.map((inviteCode, i) => ({
          id: `12036300000000000${i}@g.us`,
          session: 'default',
          inviteCode,
          admins: [ME],
        })),
      },
      async (sc) => {
        const client = clientFor(ctx, sc);
        for (const [i, want] of NUMERIC_CODES.entries()) {
          const code = await client.getGroupInviteCode(sc.sessionId, `12036300000000000${i}@g.us`);
          equal(typeof code, 'string', 'a string, never a number');
          equal(code, want);
        }
      },
    ),
}));

export const inviteCodeCases: SuiteCase[] = [
  ...perDialectCode,
  ...perDialectLink,
  ...otherShapes,
  ...shortCodes,
  ...numericCodes,
];
