// The Messages, Chats, Contacts and Account answers in every backend's spelling (docs/contract.md),
// read into their one result each; what holds no result is a WasendResponseError.
import { describe, expect, test } from 'vitest';
import type { Answer } from '../src/http/answer';
import { parseBody } from '../src/http/body';
import { WasendResponseError } from '../src/index';
import { readWith } from '../src/schemas/answer';
import {
  readAccount,
  readChats,
  readContact,
  readContacts,
  readExistence,
  readMessage,
  readMessages,
  readOverview,
  readReadChat,
} from '../src/schemas/chats';
import { sentMessage } from '../src/schemas/message';

const answer = (body: unknown): Answer => {
  const text = body === undefined ? '' : JSON.stringify(body);
  const parsed = parseBody(text, 'application/json');
  return { status: 200, headers: {}, text, body: parsed, safeBody: parsed };
};
const readSent = readWith(sentMessage, 'sent message', 'message');
const JID = '491701234567@c.us';
const MID = 'true_491701234567@c.us_3EB0ABCD';

describe('a sent message in every spelling', () => {
  test.each([
    [
      'the service',
      { success: true, message: { id: MID, to: JID, status: 'sent', timestamp: '2023-11-14T22:13:20Z' } },
      { id: MID, chatId: JID, status: 'sent', timestamp: 1_700_000_000 },
    ],
    [
      'Baileys (NOWEB): the id built as the engine builds it',
      {
        key: { remoteJid: '491701234567@s.whatsapp.net', fromMe: true, id: '3EB0ABCD' },
        messageTimestamp: '1700000000',
        status: 'PENDING',
      },
      { id: MID, chatId: '491701234567@s.whatsapp.net', timestamp: 1_700_000_000, status: 'PENDING' },
    ],
    ['GOWS', { id: '3EB0FF', _data: {} }, { id: '3EB0FF' }],
    [
      'WhatsApp Web (WEBJS)',
      {
        id: { fromMe: true, remote: JID, id: 'X', _serialized: `true_${JID}_X` },
        timestamp: 1_700_000_000,
        ack: 1,
      },
      { id: `true_${JID}_X`, chatId: JID, timestamp: 1_700_000_000 },
    ],
  ])('%s', (_name, body, expected) => {
    const { raw, ...fields } = readSent(answer(body));
    expect(fields).toEqual(expected);
    expect(raw).toBeTypeOf('object');
  });

  test('no id anywhere → WasendResponseError', () => {
    expect(() => readSent(answer({ status: 'sent' }))).toThrow(WasendResponseError);
    expect(() => readSent(answer(undefined))).toThrow(WasendResponseError);
  });
});

describe('messages', () => {
  test("the engine's WAMessage", () => {
    const { raw, ...message } = readMessage(
      answer({
        id: MID,
        timestamp: 1_700_000_000,
        from: JID,
        fromMe: false,
        to: '491700000001@c.us',
        body: 'Hi',
        hasMedia: true,
        media: { url: 'https://m.test/a.jpg', mimetype: 'image/jpeg' },
        ack: 3,
        replyTo: { id: 'false_x_y' },
      }),
    );
    expect(message).toEqual({
      id: MID,
      chatId: JID,
      from: JID,
      to: '491700000001@c.us',
      fromMe: false,
      body: 'Hi',
      timestamp: 1_700_000_000,
      ack: 3,
      ackName: 'READ',
      hasMedia: true,
      media: { url: 'https://m.test/a.jpg', mimetype: 'image/jpeg' },
      replyToId: 'false_x_y',
    });
  });

  test("the service's chat message (flat media fields, quotedMsgId), in its wrapper", () => {
    const [message] = readMessages(
      answer({
        success: true,
        data: [
          {
            id: 'msg_1',
            chatId: JID,
            fromMe: true,
            to: JID,
            content: 'Yo',
            type: 'image',
            mediaUrl: 'https://m.test/b',
            mimetype: 'image/png',
            filename: 'b.png',
            quotedMsgId: 'msg_0',
          },
        ],
      }),
    );
    expect(message).toMatchObject({
      id: 'msg_1',
      chatId: JID,
      body: 'Yo',
      type: 'image',
      media: { url: 'https://m.test/b', mimetype: 'image/png', filename: 'b.png' },
      replyToId: 'msg_0',
    });
  });
});

describe('chats and the overview', () => {
  test.each([
    [
      'GOWS',
      [{ id: JID, name: 'Ann', conversationTimestamp: 1_700_000_000 }],
      { id: JID, name: 'Ann', isGroup: false, timestamp: 1_700_000_000 },
    ],
    [
      'WhatsApp Web',
      [
        {
          id: { _serialized: '1@g.us' },
          name: 'Club',
          isGroup: true,
          timestamp: 5,
          unreadCount: 2,
          archived: false,
          pinned: true,
        },
      ],
      {
        id: '1@g.us',
        name: 'Club',
        isGroup: true,
        timestamp: 5,
        unreadCount: 2,
        archived: false,
        pinned: true,
      },
    ],
    [
      'the service',
      { success: true, data: [{ id: '2@g.us', unreadCount: 0 }] },
      { id: '2@g.us', isGroup: true, unreadCount: 0 },
    ],
    [
      'Baileys: the pin as its time',
      [{ id: JID, pinned: 1_700_000_000, archived: true }],
      { id: JID, isGroup: false, pinned: true, archived: true },
    ],
  ])('%s', (_name, body, expected) => {
    const [chat] = readChats(answer(body));
    const { raw, ...fields } = chat as NonNullable<typeof chat>;
    expect(fields).toEqual(expected);
  });

  test('overview: nulls are left out, the last message read as a message', () => {
    const [item] = readOverview(
      answer([
        {
          id: JID,
          name: null,
          picture: null,
          lastMessage: { id: MID, body: 'Hi', fromMe: true, to: JID },
          _chat: {},
        },
      ]),
    );
    expect(item).toMatchObject({
      id: JID,
      isGroup: false,
      lastMessage: { id: MID, body: 'Hi', chatId: JID },
    });
    expect(item).not.toHaveProperty('name');
    expect(item).not.toHaveProperty('picture');
  });

  test('read: { ids }, WEBJS { ids: null }, the service { success, message }', () => {
    expect(readReadChat(answer({ ids: [MID] }))).toEqual({ ids: [MID] });
    expect(readReadChat(answer({ ids: null }))).toEqual({});
    expect(readReadChat(answer({ success: true, message: 'done' }))).toEqual({});
  });
});

describe('contacts, lookups, the account', () => {
  test('contacts: pushname or pushName, the phone from the id', () => {
    const contacts = readContacts(
      answer([
        { id: JID, name: 'Ann', pushname: 'Annie' },
        { id: { _serialized: '123@lid' }, pushName: 'Lid' },
        { id: '49151@c.us', phoneNumber: '+49151' },
      ]),
    );
    expect(contacts.map(({ raw, ...c }) => c)).toEqual([
      { id: JID, name: 'Ann', pushName: 'Annie', phoneNumber: '491701234567' },
      { id: '123@lid', pushName: 'Lid' },
      { id: '49151@c.us', phoneNumber: '+49151' },
    ]);
  });

  test("one contact, or null for NOWEB's empty answer", () => {
    expect(readContact(answer(undefined))).toBeNull();
    expect(readContact(answer({ id: JID }))).toMatchObject({ id: JID });
    expect(() => readContact(answer({ name: 'x' }))).toThrow(WasendResponseError);
  });

  test('number checks: the engine and the service', () => {
    expect(readExistence(answer({ numberExists: true, chatId: JID }), { phone: '491701234567' })).toEqual({
      exists: true,
      phone: '491701234567',
      chatId: JID,
    });
    expect(readExistence(answer({ exists: false, phone: '+49' }), { phone: '49' })).toEqual({
      exists: false,
      phone: '+49',
    });
    expect(() => readExistence(answer({ numberExists: 'yes' }), { phone: '1' })).toThrow(WasendResponseError);
  });

  test('the account: flat, { data } or { account }', () => {
    for (const body of [
      { id: 'a', plan: 'pro' },
      { success: true, data: { id: 'a', plan: 'pro' } },
      { success: true, account: { id: 'a', plan: 'pro' } },
    ])
      expect(readAccount(answer(body))).toMatchObject({ id: 'a', plan: 'pro' });
    expect(() => readAccount(answer({ plan: 'pro' }))).toThrow(WasendResponseError);
  });
});
