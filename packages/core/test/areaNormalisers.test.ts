// The Groups and Sessions answers in every backend's spelling (docs/contract.md, "Groups",
// "Sessions"), read into their one result each; what holds no result is a WasendResponseError.
import { describe, expect, test } from 'vitest';
import type { Answer } from '../src/http/answer';
import { parseBody } from '../src/http/body';
import { WasendAPIError, WasendResponseError } from '../src/index';
import { readVoid } from '../src/schemas/answer';
import {
  readAdminOnly,
  readGroup,
  readGroups,
  readGroupsCount,
  readParticipants,
  readParticipantsUpdate,
  readPicture,
} from '../src/schemas/groups';
import { readQRCode, readSession, readSessions } from '../src/schemas/sessions';

const JSON_TYPE = 'application/json; charset=utf-8';
const answer = (body: unknown, contentType = JSON_TYPE): Answer => {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const parsed = parseBody(text, contentType);
  return { status: 200, headers: { 'content-type': contentType }, text, body: parsed, safeBody: parsed };
};

const G = '120363025988123456@g.us';
const ME = '491701234567@c.us';
const YOU = '4915112345678@c.us';

describe('a group in every spelling', () => {
  const expected = {
    id: G,
    name: 'Book club',
    description: 'Monthly',
    ownerJid: ME,
    createdAt: '2023-11-14T22:13:20.000Z',
    isAnnounce: false,
    isLocked: true,
    participantsCount: 2,
    participants: [
      { id: ME, role: 'superadmin', isAdmin: true, isSuperAdmin: true },
      { id: YOU, role: 'participant', isAdmin: false, isSuperAdmin: false },
    ],
  };
  test.each([
    [
      'Wasend (SDK camelCase)',
      {
        jid: G,
        name: 'Book club',
        topic: 'Monthly',
        ownerJid: ME,
        groupCreated: '2023-11-14T22:13:20Z',
        isAnnounce: false,
        isLocked: true,
        participants: [
          { jid: ME, isAdmin: true, isSuperAdmin: true },
          { jid: YOU, isAdmin: false, isSuperAdmin: false },
        ],
      },
    ],
    [
      'GOWS PascalCase',
      {
        JID: G,
        Name: 'Book club',
        Topic: 'Monthly',
        OwnerJID: ME,
        GroupCreated: '2023-11-14T22:13:20Z',
        IsAnnounce: false,
        IsLocked: true,
        Participants: [
          { JID: ME, IsAdmin: true, IsSuperAdmin: true },
          { JID: YOU, IsAdmin: false, IsSuperAdmin: false },
        ],
      },
    ],
    [
      'NOWEB Baileys metadata',
      {
        id: G,
        subject: 'Book club',
        desc: 'Monthly',
        owner: ME,
        creation: 1700000000,
        announce: false,
        restrict: true,
        participants: [
          { id: ME, admin: 'superadmin' },
          { id: YOU, admin: null },
        ],
      },
    ],
    [
      'WEBJS chat object',
      {
        id: { _serialized: G, server: 'g.us' },
        name: 'Book club',
        description: 'Monthly',
        groupMetadata: {
          owner: { _serialized: ME },
          creation: 1700000000,
          announce: false,
          restrict: true,
          participants: [
            { id: { _serialized: ME }, isAdmin: true, isSuperAdmin: true },
            { id: { _serialized: YOU }, isAdmin: false, isSuperAdmin: false },
          ],
        },
      },
    ],
    [
      'docs info envelope',
      {
        success: true,
        info: {
          id: G,
          subject: 'Book club',
          description: 'Monthly',
          creation: 1700000000,
          owner: { jid: ME },
          settings: { announce: false, restrict: true },
          participants: [
            { jid: ME, isAdmin: true, isSuperAdmin: true },
            { jid: YOU, isAdmin: false, isSuperAdmin: false },
          ],
        },
      },
    ],
  ])('%s', (_name, body) => {
    const group = readGroup(answer(body));
    const { raw, ...fields } = group;
    expect(fields).toEqual(expected);
    expect(raw).toBeTypeOf('object');
  });

  test('the Go zero time is no creation date; a count without a list is kept; odd fields are left out', () => {
    const group = readGroup(
      answer({ JID: G, GroupCreated: '0001-01-01T00:00:00Z', ParticipantCount: 7, Name: 42 }),
    );
    expect(group).toEqual({ id: G, participantsCount: 7, raw: expect.anything() });
  });

  test('WEBJS create result: gid and title', () => {
    expect(readGroup(answer({ gid: { _serialized: G }, title: 'New', participants: {} }))).toMatchObject({
      id: G,
      name: 'New',
    });
  });

  test('no id → WasendResponseError', () => {
    expect(() => readGroup(answer({ name: 'x' }))).toThrow(WasendResponseError);
    expect(() => readGroup(answer(undefined))).toThrow(WasendResponseError);
  });

  test('lists: an array, NOWEB object keyed by id, docs { groups, pagination }, a success wrapper', () => {
    const one = { id: G, subject: 'A' };
    for (const body of [
      [one],
      { [G]: one },
      { groups: [one], pagination: { total: 1 } },
      { success: true, data: [one] },
    ])
      expect(readGroups(answer(body)).map((g) => g.id)).toEqual([G]);
    expect(readGroups(answer([]))).toEqual([]);
    expect(() => readGroups(answer([{ nope: 1 }]))).toThrow(WasendResponseError);
    expect(() => readGroups(answer('oops', 'text/plain'))).toThrow(WasendResponseError);
  });
});

describe('participants', () => {
  test('role from role, then admin, then the flags; those who left are dropped', () => {
    const list = readParticipants(
      answer([
        { id: 'a@c.us', role: 'admin', pn: '491' },
        { id: 'b@c.us', role: 'left' },
        { id: 'c@lid', admin: 'admin' },
        {
          JID: 'd@s.whatsapp.net',
          IsAdmin: false,
          IsSuperAdmin: false,
          PhoneNumber: '49',
          LID: 'd@lid',
          DisplayName: 'D',
        },
        { nothing: true },
      ]),
    );
    expect(list).toEqual([
      { id: 'a@c.us', role: 'admin', isAdmin: true, isSuperAdmin: false, phoneNumber: '491' },
      { id: 'c@lid', role: 'admin', isAdmin: true, isSuperAdmin: false },
      {
        id: 'd@s.whatsapp.net',
        role: 'participant',
        isAdmin: false,
        isSuperAdmin: false,
        phoneNumber: '49',
        lid: 'd@lid',
        displayName: 'D',
      },
    ]);
    expect(readParticipants(answer({ success: true, participants: [{ jid: ME }] }))).toHaveLength(1);
    expect(() => readParticipants(answer({ participants: 'x' }))).toThrow(WasendResponseError);
  });

  const asked = [ME, YOU];
  test.each([
    ['an empty body: every change applied', undefined, [{ ok: true }, { ok: true }]],
    [
      'NOWEB list with string statuses, in another JID form',
      [
        { status: '200', jid: '491701234567@s.whatsapp.net' },
        { status: '409', jid: '4915112345678@s.whatsapp.net', content: 'conflict' },
      ],
      [
        { ok: true, status: 200 },
        { ok: false, status: 409, reason: 'conflict' },
      ],
    ],
    [
      'GOWS PascalCase with numeric Error',
      [
        { JID: ME, Error: 0 },
        { JID: YOU, Error: 403 },
      ],
      [{ ok: true }, { ok: false, status: 403 }],
    ],
    [
      'WEBJS object keyed by participant',
      {
        [ME]: { code: 200, message: 'ok' },
        [YOU]: { code: 403, message: 'not allowed', isInviteV4Sent: true },
      },
      [
        { ok: true, status: 200, reason: 'ok' },
        { ok: false, status: 403, reason: 'not allowed' },
      ],
    ],
    [
      'WEBJS one status for all',
      { status: 200 },
      [
        { ok: true, status: 200 },
        { ok: true, status: 200 },
      ],
    ],
    [
      'docs lists',
      { success: true, data: { added: [{ id: ME }], failed: [{ id: YOU, reason: 'privacy' }] } },
      [{ ok: true }, { ok: false, reason: 'privacy' }],
    ],
  ])('%s', (_name, body, outcomes) => {
    const result = readParticipantsUpdate(answer(body), asked);
    expect(result.results).toEqual(asked.map((id, i) => ({ id, ...outcomes[i] })));
  });

  test('a text answer holds no participant results', () => {
    expect(() => readParticipantsUpdate(answer('<html>', 'text/html'), asked)).toThrow(WasendResponseError);
  });
});

describe('settings, counts, pictures, changes', () => {
  test('count: { total, byStatus } or { count }; anything else is no count', () => {
    expect(readGroupsCount(answer({ total: 3, byStatus: { active: '2', archived: 1, odd: 'x' } }))).toEqual({
      total: 3,
      byStatus: { active: 2, archived: 1 },
    });
    expect(readGroupsCount(answer({ count: 5 }))).toEqual({ total: 5 });
    expect(() => readGroupsCount(answer({ count: -1 }))).toThrow(WasendResponseError);
    expect(() => readGroupsCount(answer({}))).toThrow(WasendResponseError);
  });

  test('admin-only: { enabled, changedAt?, changedBy? } or { adminsOnly }', () => {
    expect(readAdminOnly(answer({ adminsOnly: true }))).toEqual({ enabled: true });
    expect(readAdminOnly(answer({ enabled: false, changedAt: '2024-01-01', changedBy: ME }))).toEqual({
      enabled: false,
      changedAt: '2024-01-01',
      changedBy: ME,
    });
    expect(() => readAdminOnly(answer({ adminsOnly: 'yes' }))).toThrow(WasendResponseError);
  });

  test('picture: no picture is { url: null }; docs and contact spellings', () => {
    expect(readPicture(answer({ url: null }))).toEqual({ url: null });
    expect(
      readPicture(answer({ success: true, picture: { url: 'https://p/x.jpg', type: 'jpeg', size: 9 } })),
    ).toEqual({
      url: 'https://p/x.jpg',
      format: 'jpeg',
      size: 9,
    });
    expect(readPicture(answer({ profilePictureURL: 'https://p/y.jpg' }))).toEqual({ url: 'https://p/y.jpg' });
    expect(() => readPicture(answer({ nope: 1 }))).toThrow(WasendResponseError);
  });

  test('a change: any 2xx body will do, but a bare false is a refusal (WEBJS)', () => {
    for (const body of [undefined, { success: true }, { result: true }, true, 'OK'])
      expect(readVoid(answer(body))).toBeUndefined();
    for (const refused of [answer(false), answer('false', 'text/plain')]) {
      const error = (() => {
        try {
          readVoid(refused);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(WasendAPIError);
      expect(error).toMatchObject({
        status: 200,
        message: '200 the server reported the change was not applied',
      });
    }
  });
});

describe('sessions', () => {
  test('Wasend flat session with its flags under config', () => {
    expect(
      readSession(
        answer({
          uniqueSessionId: 'ses_1',
          sessionName: 'Support',
          phoneNumber: '+491701234567',
          status: 'STOPPED',
          createdAt: '2026-01-01T00:00:00Z',
          config: {
            enableAccountProtection: true,
            enableMessageLogging: false,
            enableWebhook: true,
            webhookUrl: 'https://h',
          },
        }),
      ),
    ).toEqual({
      id: 'ses_1',
      name: 'Support',
      phoneNumber: '+491701234567',
      status: 'STOPPED',
      createdAt: '2026-01-01T00:00:00.000Z',
      accountProtection: true,
      messageLogging: false,
      webhook: { enabled: true, url: 'https://h' },
      raw: expect.anything(),
    });
  });

  test('an official list item { session, downstream } takes its status from downstream when the session has none', () => {
    const [one] = readSessions(
      answer({
        sessions: [
          {
            session: { uniqueSessionId: 'ses_2', sessionName: 'B' },
            downstream: { name: 'x', status: 'WORKING' },
          },
        ],
      }),
    );
    expect(one).toMatchObject({ id: 'ses_2', name: 'B', status: 'WORKING' });
  });

  test("the engine's SessionInfo: name is the id, webhooks from config, me", () => {
    const [one] = readSessions(
      answer([
        {
          name: 'default',
          status: 'WORKING',
          config: { webhooks: [{ url: 'https://w' }] },
          me: { id: ME, pushName: 'Me' },
        },
      ]),
    );
    expect(one).toEqual({
      id: 'default',
      name: 'default',
      status: 'WORKING',
      webhook: { enabled: true, url: 'https://w' },
      me: { id: ME, pushName: 'Me' },
      raw: expect.anything(),
    });
  });

  test('no id → WasendResponseError', () => {
    expect(() => readSession(answer({ status: 'WORKING' }))).toThrow(WasendResponseError);
    expect(() => readSessions(answer({ sessions: 'x' }))).toThrow(WasendResponseError);
  });
});

describe('QR codes', () => {
  const PNG = 'iVBORw0KGgo=';
  test.each([
    [
      'the engine JSON',
      { mimetype: 'image/png', data: PNG },
      { image: { mimetype: 'image/png', data: PNG } },
    ],
    ['raw payload', { value: '2@abc,def' }, { value: '2@abc,def' }],
    ['bare data that is a PNG', { data: PNG }, { image: { mimetype: 'image/png', data: PNG } }],
    [
      'bare data URI',
      { data: `data:image/jpeg;base64,${PNG}` },
      { image: { mimetype: 'image/jpeg', data: PNG } },
    ],
    ['bare data that is a payload', { data: '2@abc,def' }, { value: '2@abc,def' }],
    ['docs wrapper', { success: true, data: { data: PNG } }, { image: { mimetype: 'image/png', data: PNG } }],
  ])('%s', (_name, body, expected) => {
    expect(readQRCode(answer(body))).toEqual(expected);
  });

  test('PNG bytes are base64-encoded', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);
    const image: Answer = { ...answer(undefined, 'image/png'), bytes };
    expect(readQRCode(image)).toEqual({ image: { mimetype: 'image/png', data: 'iVBORw0KGgoA/w==' } });
  });

  test('neither an image nor a payload → WasendResponseError', () => {
    expect(() => readQRCode(answer({ status: 'SCAN_QR_CODE' }))).toThrow(WasendResponseError);
    expect(() => readQRCode(answer(undefined))).toThrow(WasendResponseError);
  });
});

test('a bare false refuses a whole participant change', () => {
  expect(() => readParticipantsUpdate(answer(false), [ME])).toThrow(WasendAPIError);
  expect(readParticipantsUpdate(answer(true), [ME]).results).toEqual([{ id: ME, ok: true }]);
});
