// The Chats endpoints in every dialect: list, overview, read, messages (and their filters), one
// message, the picture; exact status, content type and body, and the state after.
import { describe, expect, test } from 'vitest';
import type { Dialect } from '../src/handler';
import {
  ALICE,
  ALL_DIALECTS,
  type Answer,
  BOB,
  ENGINE_DIALECTS,
  G1,
  ME,
  NEST,
  useHandler,
} from './apiHarness';
import { chatsInit, ids, plainError, WASEND } from './chatHarness';
import { type ChatFacts, expectedChat, expectedMessage, type TextFacts } from './chatShapes';

const scenario = useHandler();
const triple = (a: Answer) => [a.status, a.contentType, a.text === '' ? '' : a.json()];
const enc = encodeURIComponent;
const JSON_TYPE = 'application/json';

/** `[200, type, body]` of a read in the dialect: docs wraps in `{success, data}`. */
const ok = (dialect: Dialect, data: unknown, status = 200) =>
  dialect === 'docs'
    ? [status, JSON_TYPE, { success: true, data }]
    : [status, WASEND(dialect) ? JSON_TYPE : NEST, data];

const CHATS: Record<'alice' | 'group' | 'bob', ChatFacts> = {
  alice: { id: ALICE, name: 'Alice', timestamp: 1700000120, unreadCount: 1, archived: false, pinned: false },
  group: { id: G1, name: 'Test group', timestamp: 1700000030, unreadCount: 1, archived: false, pinned: true },
  bob: { id: BOB, name: 'Bobby', timestamp: null, unreadCount: 0, archived: true, pinned: false },
};

function messages(dialect: Dialect): Record<'m1' | 'm2' | 'm3' | 'm4', TextFacts> {
  const id = ids(dialect);
  return {
    m1: { id: id.m1, chat: ALICE, fromMe: false, author: ALICE, body: 'Hi', timestamp: 1700000000, ack: 3 },
    m2: {
      id: id.m2,
      chat: ALICE,
      fromMe: true,
      author: ME,
      body: 'Hello Alice',
      timestamp: 1700000060,
      ack: 3,
    },
    m3: {
      id: id.m3,
      chat: ALICE,
      fromMe: false,
      author: ALICE,
      body: 'Are you there?',
      timestamp: 1700000120,
      ack: 2,
    },
    m4: {
      id: id.m4,
      chat: G1,
      fromMe: false,
      author: BOB,
      body: 'Group hello',
      timestamp: 1700000030,
      ack: 2,
    },
  };
}

describe.each(ALL_DIALECTS)('chats in %s', (dialect) => {
  const m = messages(dialect);
  const msg = (f: TextFacts) => expectedMessage(dialect, f);
  const aliceMessages = `/s1/chats/${enc(ALICE)}/messages`;

  test('list: every chat in the scenario’s order, in the engine’s chat shape', async () => {
    const sc = await scenario(chatsInit(dialect));
    const all = [CHATS.alice, CHATS.group, CHATS.bob].map((c) => expectedChat(dialect, c));
    expect(triple(await sc.call('GET', '/s1/chats'))).toEqual(ok(dialect, all));
  });

  test('list: sortBy, sortOrder, limit, offset; a bad sortBy is 400', async () => {
    const sc = await scenario(chatsInit(dialect));
    const list = async (query: string) => {
      const body = (await sc.call('GET', `/s1/chats?${query}`)).json() as { data?: unknown[] };
      const items = (dialect === 'docs' ? body.data : body) as Array<{ id: unknown }>;
      return items.map((c) => JSON.stringify(c.id));
    };
    // The id as the dialect's chat spells it.
    const idOf = (id: string) =>
      JSON.stringify((expectedChat(dialect, { ...CHATS.alice, id }) as { id: unknown }).id);
    expect(await list('sortBy=conversationTimestamp&sortOrder=desc')).toEqual([ALICE, G1, BOB].map(idOf));
    expect(await list('sortBy=id')).toEqual([G1, ALICE, BOB].map(idOf));
    // "Alice" < "Bobby" < "Test group"
    expect(await list('sortBy=name&limit=1&offset=1')).toEqual([idOf(BOB)]);
    expect(triple(await sc.call('GET', '/s1/chats?sortBy=unread'))).toEqual(
      plainError(dialect, 400, 'sortBy must be one of the following values: conversationTimestamp, id, name'),
    );
  });

  test('overview: latest conversation first, with picture and last message; ids filter', async () => {
    const sc = await scenario(chatsInit(dialect));
    const views = [
      { chat: CHATS.alice, picture: 'https://pps.example/alice.jpg', last: m.m3 },
      { chat: CHATS.group, picture: null, last: m.m4 },
      { chat: CHATS.bob, picture: null, last: null },
    ];
    const expected = views.map((v) =>
      WASEND(dialect)
        ? {
            ...(expectedChat(dialect, v.chat) as object),
            picture: v.picture,
            lastMessage: v.last && msg(v.last),
          }
        : {
            id: v.chat.id,
            name: v.chat.name,
            picture: v.picture,
            lastMessage: v.last && msg(v.last),
            _chat: expectedChat(dialect, v.chat),
          },
    );
    expect(triple(await sc.call('GET', '/s1/chats/overview'))).toEqual(ok(dialect, expected));
    expect(triple(await sc.call('GET', '/s1/chats/overview?limit=1&offset=1'))).toEqual(
      ok(dialect, [expected[1]]),
    );
    expect(triple(await sc.call('GET', `/s1/chats/overview?ids=${enc(BOB)}&ids=${enc(G1)}`))).toEqual(
      ok(dialect, [expected[1], expected[2]]),
    );
    // The official SDK joins ids with commas: Wasend splits them, WAHA reads one (unknown) id.
    const joined = await sc.call('GET', `/s1/chats/overview?ids=${enc(`${BOB},${G1}`)}`);
    expect(triple(joined)).toEqual(ok(dialect, WASEND(dialect) ? [expected[1], expected[2]] : []));
  });

  test('messages: newest first by default; sortOrder, limit, offset; the filters', async () => {
    const sc = await scenario(chatsInit(dialect));
    const get = async (query = '') => triple(await sc.call('GET', `${aliceMessages}${query}`));
    expect(await get()).toEqual(ok(dialect, [m.m3, m.m2, m.m1].map(msg)));
    expect(await get('?limit=2&sortOrder=asc')).toEqual(ok(dialect, [m.m1, m.m2].map(msg)));
    expect(await get('?limit=1&offset=1&sortBy=timestamp')).toEqual(ok(dialect, [msg(m.m2)]));
    expect(await get('?filter.fromMe=true')).toEqual(ok(dialect, [msg(m.m2)]));
    expect(await get('?filter.fromMe=false&filter.timestamp.gte=1700000060')).toEqual(
      ok(dialect, [msg(m.m3)]),
    );
    expect(await get('?filter.timestamp.lte=1700000060&downloadMedia=false')).toEqual(
      ok(dialect, [m.m2, m.m1].map(msg)),
    );
    expect(await get('?filter.ack=READ')).toEqual(ok(dialect, [m.m2, m.m1].map(msg)));
    expect(await get('?filter.ack=DEVICE')).toEqual(ok(dialect, [msg(m.m3)]));
    // An unknown chat has no messages.
    expect(triple(await sc.call('GET', `/s1/chats/${enc(BOB)}/messages`))).toEqual(ok(dialect, []));
    // A group message names its author.
    expect(await triple(await sc.call('GET', `/s1/chats/${enc(G1)}/messages`))).toEqual(
      ok(dialect, [msg(m.m4)]),
    );
  });

  test('messages: the query is validated (an ack name in WAHA; names or numbers in Wasend)', async () => {
    const sc = await scenario(chatsInit(dialect));
    const get = async (query: string) => triple(await sc.call('GET', `${aliceMessages}?${query}`));
    const ackNames =
      'filter.ack must be one of the following values: ERROR, PENDING, SERVER, DEVICE, READ, PLAYED';
    if (WASEND(dialect)) {
      expect(await get('filter.ack=3')).toEqual(ok(dialect, [m.m2, m.m1].map(msg)));
      expect(await get('filter.ack=2,3')).toEqual(ok(dialect, [m.m3, m.m2, m.m1].map(msg)));
      expect(await get('filter.ack=read')).toEqual(
        plainError(dialect, 400, 'filter.ack must be ack numbers (-1 to 4) or names, comma-separated'),
      );
    } else {
      for (const bad of ['3', 'read', 'READ,DEVICE']) {
        expect(await get(`filter.ack=${bad}`)).toEqual(plainError(dialect, 400, ackNames));
      }
    }
    expect(await get('limit=-1')).toEqual(
      plainError(dialect, 400, 'limit must be a number conforming to the specified constraints'),
    );
    expect(await get('filter.fromMe=yes')).toEqual(
      plainError(dialect, 400, 'filter.fromMe must be a boolean value'),
    );
    expect(await get('downloadMedia=2')).toEqual(
      plainError(dialect, 400, 'downloadMedia must be a boolean value'),
    );
    expect(await get('sortBy=id')).toEqual(
      plainError(dialect, 400, 'sortBy must be one of the following values: timestamp, messageTimestamp'),
    );
  });

  test('one message by id; 404 "Message not found" for an unknown id or another chat’s message', async () => {
    const sc = await scenario(chatsInit(dialect));
    expect(triple(await sc.call('GET', `${aliceMessages}/${enc(m.m2.id)}`))).toEqual(ok(dialect, msg(m.m2)));
    const notFound = plainError(dialect, 404, 'Message not found');
    expect(triple(await sc.call('GET', `${aliceMessages}/${enc('false_x@c.us_NOPE')}`))).toEqual(notFound);
    expect(triple(await sc.call('GET', `${aliceMessages}/${enc(m.m4.id)}`))).toEqual(notFound);
    // A bare number in the path is the `@c.us` chat.
    expect((await sc.call('GET', `/s1/chats/491700000002/messages/${enc(m.m1.id)}`)).status).toBe(200);
  });

  test('read: the unread incoming messages become READ and the unread count 0', async () => {
    const sc = await scenario(chatsInit(dialect));
    const res = await sc.call('POST', `/s1/chats/${enc(ALICE)}/messages/read`);
    const ids = [m.m3.id];
    if (dialect === 'docs') {
      expect(triple(res)).toEqual([
        200,
        JSON_TYPE,
        { success: true, message: '1 message(s) marked as read' },
      ]);
    } else if (dialect === 'json-string') {
      expect(triple(res)).toEqual([200, JSON_TYPE, { ids }]);
    } else {
      expect(triple(res)).toEqual([201, NEST, { ids: dialect === 'webjs' ? null : ids }]);
    }
    const chat = (await sc.state()).chats.find((c) => c.id === ALICE);
    expect(chat?.unreadCount).toBe(0);
    expect(chat?.messages.map((x) => x.ack)).toEqual([3, 3, 3]);
    // The list shows it where the engine reports unread counts (not NOWEB, not GOWS).
    if (WASEND(dialect) || dialect === 'webjs') {
      const body = (await sc.call('GET', '/s1/chats')).json() as { data?: unknown };
      const [first] = (dialect === 'docs' ? body.data : body) as Array<{ unreadCount: number }>;
      expect(first?.unreadCount).toBe(0);
    }
    // `messages` limits it to the latest n; an older unread message stays unread.
    const group = await sc.call('POST', `/s1/chats/${enc(G1)}/messages/read?messages=1&days=3650000`);
    expect(group.status).toBe(WASEND(dialect) ? 200 : 201);
    expect((await sc.state()).chats.find((c) => c.id === G1)?.messages[0]?.ack).toBe(3);
    expect(triple(await sc.call('POST', `/s1/chats/${enc(G1)}/messages/read?messages=0`))).toEqual(
      plainError(dialect, 400, 'messages must not be less than 1'),
    );
  });

  test('picture: the chat’s, else the contact’s or group’s, else null; refresh is a boolean', async () => {
    const sc = await scenario(chatsInit(dialect));
    const pic = async (id: string, query = '') =>
      triple(await sc.call('GET', `/s1/chats/${enc(id)}/picture${query}`));
    expect(await pic(ALICE, '?refresh=true')).toEqual(ok(dialect, { url: 'https://pps.example/alice.jpg' }));
    expect(await pic(G1)).toEqual(ok(dialect, { url: null }));
    expect(await pic('491709999999@c.us')).toEqual(ok(dialect, { url: null }));
    expect(await pic(ALICE, '?refresh=maybe')).toEqual(
      plainError(dialect, 400, 'refresh must be a boolean value'),
    );
  });

  test('session checks: unknown session, not WORKING', async () => {
    const sc = await scenario(chatsInit(dialect));
    const unknown = await sc.call('GET', '/nope/chats');
    expect(unknown.status).toBe(dialect === 'noweb' || dialect === 'webjs' ? 422 : 404);
    const starting = await sc.call('GET', `/starting/chats/${enc(ALICE)}/messages`);
    expect([starting.status, (starting.json() as { expected: string[] }).expected]).toEqual([
      422,
      ['WORKING'],
    ]);
  });
});

test.each(ENGINE_DIALECTS)(
  '%s: overview and messages without downloadMedia keep media; overview drops it',
  async (dialect) => {
    const sc = await scenario(
      chatsInit(dialect, {
        chats: [
          {
            id: ALICE,
            session: 's1',
            messages: [
              {
                type: 'image',
                body: 'A photo',
                mediaUrl: 'https://cdn.example/p.jpg',
                timestamp: 1700000000,
              },
            ],
          },
        ],
      }),
    );
    const [list] = (await sc.call('GET', `/s1/chats/${enc(ALICE)}/messages`)).json() as Array<{
      media: unknown;
    }>;
    expect(list?.media).toEqual({
      url: 'https://cdn.example/p.jpg',
      mimetype: 'image/jpeg',
      filename: null,
      error: null,
    });
    const [small] = (
      await sc.call('GET', `/s1/chats/${enc(ALICE)}/messages?downloadMedia=false`)
    ).json() as Array<{
      media: unknown;
      hasMedia: boolean;
    }>;
    expect([small?.hasMedia, small?.media]).toEqual([true, null]);
    const [view] = (await sc.call('GET', '/s1/chats/overview')).json() as Array<{
      lastMessage: { media: unknown };
    }>;
    expect(view?.lastMessage.media).toBeNull();
  },
);
