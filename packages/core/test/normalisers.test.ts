import { describe, expect, test } from 'vitest';
import type { Answer } from '../src/http/answer';
import { parseBody } from '../src/http/body';
import { WasendResponseError } from '../src/index';
import { readInviteCode } from '../src/schemas/invite';
import { readJoinInfo, readJoinResult } from '../src/schemas/joinGroup';

const C = 'AbCdEfGhIjKlMnOpQrStUv';
const answer = (text: string, contentType?: string, status = 200): Answer => {
  const body = parseBody(text, contentType);
  return { status, headers: contentType ? { 'content-type': contentType } : {}, text, body, safeBody: body };
};
const JSON_TYPE = 'application/json; charset=utf-8';

describe('readInviteCode: every form of docs/contract.md §1', () => {
  test.each([
    ['docs wrapper', JSON.stringify({ success: true, inviteCode: C }), JSON_TYPE],
    ['waha bare text/html', C, 'text/html; charset=utf-8'],
    ['bare text/plain', `${C}\n`, 'text/plain'],
    ['bare, no content type', C, undefined],
    ['JSON string literal', JSON.stringify(C), JSON_TYPE],
    ['JSON string literal as text/plain', JSON.stringify(C), 'text/plain'],
    ['JSON string literal, no content type', JSON.stringify(C), undefined],
    ['gows link as text', `https://chat.whatsapp.com/${C}`, 'text/plain; charset=utf-8'],
    ['gows link as html', `https://chat.whatsapp.com/${C}`, 'text/html'],
    ['link as JSON string', JSON.stringify(`https://chat.whatsapp.com/${C}?mode=r_c`), JSON_TYPE],
    ['{code}', JSON.stringify({ code: C }), JSON_TYPE],
    ['{inviteLink}', JSON.stringify({ inviteLink: `https://chat.whatsapp.com/${C}` }), JSON_TYPE],
    [
      'wrapper with link',
      JSON.stringify({ success: true, inviteCode: `https://chat.whatsapp.com/${C}` }),
      JSON_TYPE,
    ],
    ['{data:{inviteCode}}', JSON.stringify({ success: true, data: { inviteCode: C } }), JSON_TYPE],
    ['JSON object sent as text/html', JSON.stringify({ inviteCode: C }), 'text/html'],
    ['odd content type', C, 'application/octet-stream'],
  ])('%s', (_name, text, type) => {
    expect(readInviteCode(answer(text, type))).toBe(C);
  });

  test('revoke may answer 201', () => {
    expect(readInviteCode(answer(C, 'text/html', 201))).toBe(C);
  });

  test('a numeric code stays exact (no JSON number sniffing)', () => {
    const digits = '12345678901234567890123';
    expect(readInviteCode(answer(digits, JSON_TYPE))).toBe(digits);
    expect(readInviteCode(answer(digits, 'text/plain'))).toBe(digits);
    expect(readInviteCode(answer('00012345', JSON_TYPE))).toBe('00012345');
  });

  test.each([
    ['empty', '', JSON_TYPE],
    ['whitespace', '  \n', 'text/plain'],
    ['HTML page', '<!doctype html><html><body><h1>Hello</h1></body></html>', 'text/html'],
    ['null', 'null', JSON_TYPE],
    ['wrong shape', JSON.stringify({ success: true, something: 'else' }), JSON_TYPE],
    ['number code field', JSON.stringify({ inviteCode: 12345678 }), JSON_TYPE],
    ['too short', JSON.stringify('abc'), JSON_TYPE],
    ['array', JSON.stringify([C]), JSON_TYPE],
    ['broken JSON', '{"inviteCode": "', JSON_TYPE],
  ])('%s → WasendResponseError', (_name, text, type) => {
    expect(() => readInviteCode(answer(text, type))).toThrow(WasendResponseError);
  });
});

describe('readJoinInfo', () => {
  const created = '2023-11-14T22:13:20.000Z';
  const data = {
    jid: '120363025988123456@g.us',
    name: 'Team',
    topic: 'About',
    ownerJid: '491700000001@c.us',
    participantsCount: 12,
    isAnnounce: false,
    isLocked: true,
    groupCreated: created,
  };
  const expected = {
    id: '120363025988123456@g.us',
    name: 'Team',
    description: 'About',
    ownerJid: '491700000001@c.us',
    participantsCount: 12,
    createdAt: created,
    isAnnounce: false,
    isLocked: true,
  };

  test('docs wrapper', () => {
    expect(readJoinInfo(answer(JSON.stringify({ success: true, data, error: null }), JSON_TYPE))).toEqual(
      expected,
    );
  });
  test('unwrapped camelCase', () => {
    expect(readJoinInfo(answer(JSON.stringify(data), JSON_TYPE))).toEqual(expected);
  });
  test('PascalCase (Go engine)', () => {
    const body = {
      JID: data.jid,
      Name: 'Team',
      Topic: 'About',
      OwnerJID: data.ownerJid,
      Participants: Array.from({ length: 12 }, (_, i) => ({ JID: `${i}@c.us` })),
      IsAnnounce: false,
      IsLocked: true,
      GroupCreated: created,
    };
    expect(readJoinInfo(answer(JSON.stringify(body), JSON_TYPE))).toEqual(expected);
  });
  test('Baileys (unix seconds → ISO)', () => {
    const body = {
      id: data.jid,
      subject: 'Team',
      desc: 'About',
      owner: data.ownerJid,
      size: 12,
      creation: 1700000000,
      announce: false,
      restrict: true,
    };
    expect(readJoinInfo(answer(JSON.stringify(body), JSON_TYPE))).toEqual(expected);
  });
  test('WhatsApp Web (WEBJS): Baileys names, ids as { _serialized }, the count from the list', () => {
    const body = {
      id: { server: 'g.us', user: '1', _serialized: data.jid },
      subject: 'Team',
      desc: 'About',
      owner: { _serialized: data.ownerJid },
      creation: 1700000000,
      announce: false,
      restrict: true,
      participants: Array.from({ length: 12 }, (_, i) => ({ id: { _serialized: `${i}@c.us` } })),
    };
    expect(readJoinInfo(answer(JSON.stringify(body), JSON_TYPE))).toEqual(expected);
  });
  test('only an id: optional fields are left out, not undefined', () => {
    const info = readJoinInfo(answer(JSON.stringify({ id: 'x@g.us' }), JSON_TYPE));
    expect(info).toStrictEqual({ id: 'x@g.us' });
  });
  test('ill-typed optional fields are dropped', () => {
    const info = readJoinInfo(
      answer(JSON.stringify({ id: 'x@g.us', size: '12', announce: 'no', name: 5 }), JSON_TYPE),
    );
    expect(info).toStrictEqual({ id: 'x@g.us' });
  });
  test.each([
    ['empty', ''],
    ['text', 'hello'],
    ['no id', JSON.stringify({ name: 'x' })],
    ['numeric id', JSON.stringify({ id: 5 })],
    ['null data', JSON.stringify({ success: true, data: null })],
    ['array', '[]'],
  ])('%s → WasendResponseError', (_name, text) => {
    expect(() => readJoinInfo(answer(text, JSON_TYPE))).toThrow(WasendResponseError);
  });
});

describe('readJoinResult', () => {
  const gid = '120363025988123456@g.us';
  test.each([
    ['{id}', { id: gid }, { id: gid }],
    ['{jid}', { jid: gid }, { id: gid }],
    [
      '{success, group}',
      { success: true, group: { id: gid, name: 'Team', participantsCount: 25, extra: 1 } },
      { id: gid, name: 'Team', participantsCount: 25 },
    ],
    [
      '{id, name, participantsCount}',
      { id: gid, name: 'Team', participantsCount: 25 },
      { id: gid, name: 'Team', participantsCount: 25 },
    ],
  ])('%s', (_name, body, expected) => {
    expect(readJoinResult(answer(JSON.stringify(body), JSON_TYPE, 201))).toStrictEqual(expected);
  });
  test.each([[''], ['"ok"'], ['{}'], ['{"success":true,"group":{}}'], ['{"id":""}']])(
    '%s → WasendResponseError',
    (text) => {
      expect(() => readJoinResult(answer(text, JSON_TYPE))).toThrow(WasendResponseError);
    },
  );
});

describe('parseBody', () => {
  test('JSON by content type or by shape; text otherwise; empty → undefined', () => {
    expect(parseBody('{"a":1}', 'application/json')).toEqual({ a: 1 });
    expect(parseBody('{"a":1}', 'text/html')).toEqual({ a: 1 });
    expect(parseBody('12345', 'text/plain')).toBe('12345');
    expect(parseBody('12345', 'application/json')).toBe(12345);
    expect(parseBody('not json', 'application/json')).toBe('not json');
    expect(parseBody('', 'application/json')).toBeUndefined();
    expect(parseBody('  ', undefined)).toBeUndefined();
  });
});
