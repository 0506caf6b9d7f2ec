// The Contacts endpoints, the account and the message-by-id lookup in every dialect: exact status,
// content type and body.
import { describe, expect, test } from 'vitest';
import type { Dialect } from '../src/handler';
import { ALICE, ALL_DIALECTS, type Answer, BOB, NEST, useHandler } from './apiHarness';
import { CAROL, chatsInit, ids, plainError, WASEND } from './chatHarness';
import { type ContactFacts, expectedContact } from './chatShapes';

const scenario = useHandler();
const triple = (a: Answer) => [a.status, a.contentType, a.text === '' ? '' : a.json()];
const JSON_TYPE = 'application/json';

const ok = (dialect: Dialect, data: unknown) =>
  dialect === 'docs'
    ? [200, JSON_TYPE, { success: true, data }]
    : [200, WASEND(dialect) ? JSON_TYPE : NEST, data];

const CONTACTS: Record<'alice' | 'bob' | 'carol', ContactFacts> = {
  alice: {
    id: ALICE,
    name: 'Alice',
    pushName: 'Ali',
    onWhatsApp: true,
    pictureUrl: 'https://pps.example/alice.jpg',
  },
  bob: { id: BOB, name: null, pushName: 'Bobby', onWhatsApp: true, pictureUrl: null },
  carol: { id: CAROL, name: 'Carol', pushName: null, onWhatsApp: false, pictureUrl: null },
};

/** An engine crash (error shape 4): short in waha and gows, full in noweb and webjs. */
function expectCrash(dialect: Dialect, a: Answer, message: string) {
  expect([a.status, a.contentType]).toEqual([500, dialect === 'gows' ? JSON_TYPE : NEST]);
  expect((a.json() as { exception: unknown }).exception).toMatchObject({ message, name: 'TypeError' });
}

describe.each(ALL_DIALECTS)('contacts in %s', (dialect) => {
  const contact = (c: ContactFacts) => expectedContact(dialect, c);

  test('list: every contact of the session; sortBy, sortOrder, limit, offset', async () => {
    const sc = await scenario(chatsInit(dialect));
    const all = [CONTACTS.alice, CONTACTS.bob, CONTACTS.carol].map(contact);
    expect(triple(await sc.call('GET', '/contacts/all?session=s1'))).toEqual(ok(dialect, all));
    expect(triple(await sc.call('GET', '/contacts/all?session=s1&sortBy=id&sortOrder=desc&limit=2'))).toEqual(
      ok(dialect, [CONTACTS.carol, CONTACTS.bob].map(contact)),
    );
    expect(triple(await sc.call('GET', '/contacts/all?session=s1&sortBy=name&offset=2'))).toEqual(
      ok(dialect, [contact(CONTACTS.carol)]),
    );
    expect(triple(await sc.call('GET', '/contacts/all?session=s1&sortBy=pushname'))).toEqual(
      plainError(dialect, 400, 'sortBy must be one of the following values: id, name'),
    );
  });

  test('one contact; an unknown one: 404 (Wasend), empty (NOWEB), a bare contact (GOWS, WEBJS)', async () => {
    const sc = await scenario(chatsInit(dialect));
    expect(triple(await sc.call('GET', `/contacts?session=s1&contactId=${ALICE}`))).toEqual(
      ok(dialect, contact(CONTACTS.alice)),
    );
    const unknownId = '491709999999@c.us';
    const unknown = await sc.call('GET', `/contacts?session=s1&contactId=${unknownId}`);
    switch (dialect) {
      case 'docs':
      case 'json-string':
        expect(triple(unknown)).toEqual(plainError(dialect, 404, 'Contact not found'));
        // A phone is read as the contact's number.
        expect(triple(await sc.call('GET', '/contacts?session=s1&contactId=%2B491700000002'))).toEqual(
          ok(dialect, contact(CONTACTS.alice)),
        );
        expect(triple(await sc.call('GET', '/contacts?session=s1&contactId=x@g.us'))).toEqual(
          plainError(dialect, 400, 'contactId must be a phone number or a user JID'),
        );
        break;
      case 'waha':
      case 'noweb':
        expect(triple(unknown)).toEqual([200, null, '']);
        break;
      case 'gows':
        expect(triple(unknown)).toEqual([200, NEST, { id: unknownId, name: '', pushname: '' }]);
        break;
      case 'webjs':
        expect(triple(unknown)).toEqual([
          200,
          NEST,
          expectedContact('webjs', {
            id: unknownId,
            name: null,
            pushName: null,
            onWhatsApp: false,
            pictureUrl: null,
          }),
        ]);
        break;
    }
    if (!WASEND(dialect)) {
      // WAHA appends @c.us to a bare id, and crashes without one.
      expect(triple(await sc.call('GET', '/contacts?session=s1&contactId=491700000002'))).toEqual(
        ok(dialect, contact(CONTACTS.alice)),
      );
      expectCrash(
        dialect,
        await sc.call('GET', '/contacts?session=s1'),
        "Cannot read properties of undefined (reading 'split')",
      );
    }
  });

  test('check-exists: only a contact on WhatsApp exists', async () => {
    const sc = await scenario(chatsInit(dialect));
    const check = async (phone: string) =>
      triple(await sc.call('GET', `/contacts/check-exists?session=s1&phone=${encodeURIComponent(phone)}`));
    const yes = WASEND(dialect)
      ? { exists: true, phone: '491700000002', jid: ALICE }
      : { numberExists: true, chatId: ALICE };
    const no = (phone: string) => (WASEND(dialect) ? { exists: false, phone } : { numberExists: false });
    expect(await check('491700000002')).toEqual(ok(dialect, yes));
    expect(await check('+49 170 0000002')).toEqual(ok(dialect, yes));
    expect(await check('491700000008')).toEqual(ok(dialect, no('491700000008'))); // Carol: not on WhatsApp
    expect(await check('491709999999')).toEqual(ok(dialect, no('491709999999'))); // not a contact
    if (WASEND(dialect)) {
      expect(await check('12')).toEqual(plainError(dialect, 400, 'phone must be a phone number'));
    } else {
      expectCrash(
        dialect,
        await sc.call('GET', '/contacts/check-exists?session=s1'),
        "Cannot read properties of undefined (reading 'replace')",
      );
    }
  });

  test('profile picture: the contact’s, or null', async () => {
    const sc = await scenario(chatsInit(dialect));
    const pic = async (id: string, query = '') =>
      triple(await sc.call('GET', `/contacts/profile-picture?session=s1&contactId=${id}${query}`));
    const url = 'https://pps.example/alice.jpg';
    expect(await pic(ALICE, '&refresh=true')).toEqual(
      ok(dialect, WASEND(dialect) ? { url } : { profilePictureURL: url }),
    );
    expect(await pic(BOB)).toEqual(
      ok(dialect, WASEND(dialect) ? { url: null } : { profilePictureURL: null }),
    );
    expect(await pic(ALICE, '&refresh=often')).toEqual(
      plainError(dialect, 400, 'refresh must be a boolean value'),
    );
  });

  test('the session comes from the query: missing (Wasend 400, WAHA "undefined"), not WORKING', async () => {
    const sc = await scenario(chatsInit(dialect));
    const missing = await sc.call('GET', '/contacts/all');
    if (WASEND(dialect)) {
      expect(triple(missing)).toEqual(plainError(dialect, 400, 'session must be a non-empty string'));
    } else {
      expect(missing.status).toBe(dialect === 'noweb' || dialect === 'webjs' ? 422 : 404);
      expect(missing.text).toContain('undefined');
    }
    const starting = await sc.call('GET', '/contacts/all?session=starting');
    expect([starting.status, (starting.json() as { expected: string[] }).expected]).toEqual([
      422,
      ['WORKING'],
    ]);
  });

  test('account and message by id: Wasend’s own routes; WAHA answers 404', async () => {
    const sc = await scenario(chatsInit(dialect, { account: { id: 'acc_1', name: 'Acme', plan: 'pro' } }));
    const account = await sc.call('GET', '/account');
    const m1 = ids(dialect).m1;
    const message = await sc.call('GET', `/messages/${encodeURIComponent(m1)}`);
    if (!WASEND(dialect)) {
      expect(triple(account)).toEqual(plainError(dialect, 404, 'Cannot GET /account'));
      expect(message.status).toBe(404);
      return;
    }
    expect(triple(account)).toEqual(ok(dialect, { id: 'acc_1', name: 'Acme', plan: 'pro' }));
    expect(triple(message)).toEqual(
      ok(dialect, {
        id: m1,
        chatId: ALICE,
        from: ALICE,
        to: '491700000001@c.us',
        body: 'Hi',
        type: 'text',
        timestamp: 1700000000,
        fromMe: false,
        ack: 3,
        hasMedia: false,
      }),
    );
    expect(triple(await sc.call('GET', '/messages/msg_nope'))).toEqual(
      plainError(dialect, 404, 'Message not found'),
    );
  });
});

test('the account defaults, and the scenario refuses a bad chat or contact', async () => {
  const sc = await scenario({ dialect: 'json-string' });
  expect((await sc.call('GET', '/account')).json()).toEqual({
    id: 'acc_mock',
    name: 'Wasend Mock',
    plan: 'free',
  });
  await expect(scenario({ chats: [{ id: 'not a jid' }] })).rejects.toThrow(
    /chats\[0\]\.id must be a phone number/,
  );
  await expect(scenario({ contacts: [{ id: 'x@g.us' }] })).rejects.toThrow(
    /contacts\[0\]\.id must be a phone/,
  );
  await expect(scenario({ chats: [{ id: ALICE, messages: [{ ack: 7 }] }] })).rejects.toThrow(
    /chats\[0\]\.messages\[0\]\.ack must be an integer from -1 to 4/,
  );
  await expect(scenario({ chats: [{ id: ALICE }, { id: '+491700000002' }] })).rejects.toThrow(
    /already has a chat/,
  );
});

test('seeded defaults: ids in the dialect’s form, times a minute apart, unread from the acks', async () => {
  const sc = await scenario({
    dialect: 'noweb',
    sessions: [{ id: 's1' }],
    groups: [],
    chats: [
      { id: '+49 170 0000002', messages: [{ body: 'a' }, { body: 'b', fromMe: true }, { type: 'image' }] },
    ],
  });
  const chat = (await sc.state()).chats[0];
  expect(chat).toMatchObject({
    id: ALICE,
    session: 's1',
    name: null,
    unreadCount: 2,
    archived: false,
    pinned: false,
  });
  expect(chat?.messages.map((m) => [m.id.slice(0, 25), m.timestamp, m.ack, m.author])).toEqual([
    ['false_491700000002@c.us_3', 1700000000, 2, ALICE],
    ['true_491700000002@c.us_3E', 1700000060, 1, '491700000001@c.us'],
    ['false_491700000002@c.us_3', 1700000120, 2, ALICE],
  ]);
  expect(chat?.messages[2]?.media).toMatchObject({
    mimetype: 'image/jpeg',
    url: expect.stringMatching(/^https:\/\/mmg/),
  });
});
