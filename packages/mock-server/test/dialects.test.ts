import { describe, expect, test } from 'vitest';
import type { Dialect } from '../src/index';
import { auth, CODE, call, createScenario, enc, fixedInit, GROUP, useServer } from './helpers';

const ctx = useServer();

const INFO_CAMEL =
  '{"jid":"120363025988123456@g.us","name":"Test group","topic":"About it","ownerJid":"491700000001@c.us",' +
  '"participantsCount":2,"isAnnounce":false,"isLocked":false,"groupCreated":"2023-11-14T22:13:20.000Z"}';

interface Expected {
  inviteCode: [number, string, string];
  revoke: (code: string) => [number, string, string];
  joinInfo: [number, string, string];
  join: [number, string, string];
}

/** One row per dialect: [status, content-type, exact body] — docs/contract.md §1–4. */
const EXPECTED: Record<Dialect, Expected> = {
  docs: {
    inviteCode: [200, 'application/json', `{"success":true,"inviteCode":"${CODE}"}`],
    revoke: (c) => [200, 'application/json', `{"success":true,"inviteCode":"${c}"}`],
    joinInfo: [200, 'application/json', `{"success":true,"data":${INFO_CAMEL},"error":null}`],
    join: [
      200,
      'application/json',
      '{"success":true,"group":{"id":"120363025988123456@g.us","name":"Test group","participantsCount":3}}',
    ],
  },
  waha: {
    inviteCode: [200, 'text/html; charset=utf-8', CODE],
    revoke: (c) => [201, 'text/html; charset=utf-8', c],
    joinInfo: [
      200,
      'application/json; charset=utf-8',
      '{"id":"120363025988123456@g.us","subject":"Test group","desc":"About it","owner":"491700000001@c.us",' +
        '"size":2,"creation":1700000000,"announce":false,"restrict":false}',
    ],
    join: [201, 'application/json; charset=utf-8', '{"id":"120363025988123456@g.us"}'],
  },
  gows: {
    inviteCode: [200, 'text/plain; charset=utf-8', `https://chat.whatsapp.com/${CODE}`],
    revoke: (c) => [200, 'text/plain; charset=utf-8', `https://chat.whatsapp.com/${c}`],
    joinInfo: [
      200,
      'application/json',
      '{"JID":"120363025988123456@g.us","Name":"Test group","Topic":"About it","OwnerJID":"491700000001@c.us",' +
        '"Participants":[{"JID":"491700000001@c.us"},{"JID":"491700000002@c.us"}],"IsAnnounce":false,' +
        '"IsLocked":false,"GroupCreated":"2023-11-14T22:13:20.000Z"}',
    ],
    join: [200, 'application/json', '{"jid":"120363025988123456@g.us"}'],
  },
  noweb: {
    inviteCode: [200, 'text/html; charset=utf-8', CODE],
    revoke: (c) => [200, 'text/html; charset=utf-8', c],
    joinInfo: [
      200,
      'application/json; charset=utf-8',
      '{"id":"120363025988123456@g.us","subject":"Test group","desc":"About it",' +
        '"owner":"491700000001@s.whatsapp.net","creation":1700000000,"announce":false,"restrict":false,' +
        '"participants":[{"id":"491700000001@s.whatsapp.net","admin":"superadmin"},' +
        '{"id":"491700000002@s.whatsapp.net","admin":null}]}',
    ],
    join: [200, 'application/json; charset=utf-8', '{"id":"120363025988123456@g.us"}'],
  },
  webjs: {
    inviteCode: [200, 'text/html; charset=utf-8', CODE],
    revoke: (c) => [200, 'text/html; charset=utf-8', c],
    joinInfo: [
      200,
      'application/json; charset=utf-8',
      '{"id":{"server":"g.us","user":"120363025988123456","_serialized":"120363025988123456@g.us"},' +
        '"subject":"Test group","desc":"About it",' +
        '"owner":{"server":"c.us","user":"491700000001","_serialized":"491700000001@c.us"},' +
        '"creation":1700000000,"size":2,"announce":false,"restrict":false,"participants":[' +
        '{"id":{"server":"c.us","user":"491700000001","_serialized":"491700000001@c.us"},"isAdmin":true,"isSuperAdmin":true},' +
        '{"id":{"server":"c.us","user":"491700000002","_serialized":"491700000002@c.us"},"isAdmin":false,"isSuperAdmin":false}]}',
    ],
    join: [200, 'application/json; charset=utf-8', '{"id":"120363025988123456@g.us"}'],
  },
  'json-string': {
    inviteCode: [200, 'application/json', `"${CODE}"`],
    revoke: (c) => [200, 'application/json', `"${c}"`],
    joinInfo: [200, 'application/json', INFO_CAMEL],
    join: [
      200,
      'application/json',
      '{"id":"120363025988123456@g.us","name":"Test group","participantsCount":3}',
    ],
  },
};

const triple = (r: { status: number; contentType: string | null; body: string }) => [
  r.status,
  r.contentType,
  r.body,
];

describe.each(Object.keys(EXPECTED) as Dialect[])('dialect %s', (dialect) => {
  const expected = EXPECTED[dialect];

  test('every endpoint answers with the exact status, content type and bytes', async () => {
    const { baseUrl } = await createScenario(ctx.server, fixedInit(dialect));
    const group = `${baseUrl}/s1/groups/${enc(GROUP)}`;

    expect(triple(await call(`${group}/invite-code`, { headers: auth() }))).toEqual(expected.inviteCode);
    expect(triple(await call(`${baseUrl}/s1/groups/join-info?code=${CODE}`, { headers: auth() }))).toEqual(
      expected.joinInfo,
    );
    // `outsider` joins, so the member count goes from 2 to 3.
    const join = await call(`${baseUrl}/outsider/groups/join`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ code: CODE, inviteCode: CODE }),
    });
    expect(triple(join)).toEqual(expected.join);

    const revoke = await call(`${group}/invite-code/revoke`, { method: 'POST', headers: auth() });
    const newCode = /[A-Za-z0-9]{22}/.exec(revoke.body)?.[0] ?? '';
    expect(newCode).not.toBe(CODE);
    expect(triple(revoke)).toEqual(expected.revoke(newCode));
    // After a revoke the GET answers the new code in the same form.
    const after = await call(`${group}/invite-code`, { headers: auth() });
    expect(after.body).toBe(expected.inviteCode[2].replace(CODE, newCode));
  });

  test('join reads `inviteCode` when `code` is absent', async () => {
    const { baseUrl } = await createScenario(ctx.server, fixedInit(dialect));
    const join = await call(`${baseUrl}/outsider/groups/join`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ inviteCode: CODE }),
    });
    expect(triple(join)).toEqual(expected.join);
  });
});

test('the seeded default scenario answers in the listen() dialect without a prefix', async () => {
  const { listen, DEFAULT_SCENARIO } = await import('../src/index');
  const server = await listen({ dialect: 'gows' });
  try {
    const state = await (await fetch(`${server.url}/__mock/scenarios/default`)).json();
    const code = state.groups[0].inviteCode as string;
    expect(state.dialect).toBe('gows');
    expect(state.keys).toEqual([DEFAULT_SCENARIO.apiKey]);
    expect(state.groups[0]).toMatchObject({
      id: DEFAULT_SCENARIO.groupId,
      session: 'demo',
      name: 'Wasend demo group',
    });
    expect(code).toMatch(/^[A-Za-z0-9]{22}$/);
    const res = await call(
      `${server.url}/${DEFAULT_SCENARIO.sessionId}/groups/${enc(DEFAULT_SCENARIO.groupId)}/invite-code`,
      { headers: auth(DEFAULT_SCENARIO.apiKey) },
    );
    expect(triple(res)).toEqual([200, 'text/plain; charset=utf-8', `https://chat.whatsapp.com/${code}`]);
  } finally {
    await server.close();
  }
});
