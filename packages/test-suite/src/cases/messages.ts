// The Messages, Chats, Contacts and Account areas, every method: its happy path in each dialect it
// exists in (the result, the state after, the one request sent), its input rules and its retry
// class; media as a Blob and as bytes; and sendMessage's whole sequence.
import { deepEqual, equal, match, ok, rejectsWith } from '../assert.ts';
import type { Dialect, Scenario, ScenarioInit, SuiteCase } from '../types.ts';
import { AREA_DIALECTS } from './groups.ts';
import { type MethodSpec, methodCases } from './methodSpecs.ts';
import { clientFor, enc, expectRequests, ME, withScenario } from './support.ts';

const ALICE = '491702222222@c.us';
const ALICE_PHONE = '+49 170 2222222';
const BOB = '491703333333@c.us';
/** The routes only the hosted service has (`/send`, `/account`, `/messages/{id}`). */
const SERVICE: Dialect[] = ['docs', 'json-string'];

const scenario = (dialect: Dialect): ScenarioInit => ({
  dialect,
  sessions: [{ id: 'default', me: ME }],
  groups: [],
  chats: [
    {
      id: ALICE,
      name: 'Alice',
      pictureUrl: 'https://pictures.test/alice.jpg',
      messages: [{ body: 'Hi there', fromMe: false }],
    },
  ],
  contacts: [
    { id: ALICE, name: 'Alice', pushName: 'Ali', pictureUrl: 'https://pictures.test/alice.jpg' },
    { id: BOB, name: 'Bob', onWhatsApp: false },
  ],
});

const aliceChat = async (sc: Scenario) => (await sc.state()).chats.find((c) => c.id === ALICE);
const lastMessage = async (sc: Scenario) => (await aliceChat(sc))?.messages.at(-1);
/** The seeded message's id, in the dialect's own form. */
const seededId = async (sc: Scenario) => (await aliceChat(sc))?.messages[0]?.id as string;
const digits = (id: unknown) => String(id).replace(/@.*$/, '').replace(/\D/g, '');

const sentTo = (what: string) => async (result: unknown, sc: Scenario) => {
  ok(typeof (result as { id?: unknown }).id === 'string', `a message id (${JSON.stringify(result)})`);
  const last = await lastMessage(sc);
  ok(last?.fromMe, 'the chat ends with our message');
  match(JSON.stringify(last), new RegExp(what), 'the message as the mock stored it');
};

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const SENDS: MethodSpec[] = [
  {
    name: 'sendText',
    wire: ['POST', () => '/sendText'],
    call: (c, _sc, o) => c.sendText({ session: 'default', to: ALICE_PHONE, text: 'Hello Alice' }, o),
    check: sentTo('Hello Alice'),
    retry: 'C',
    bad: [(c) => c.sendText({ session: 'default', to: 'alice', text: 'x' }), /to must be a phone number/],
  },
  {
    name: 'sendImage',
    wire: ['POST', () => '/sendImage'],
    // A Blob, as a page would have it: its bytes and its type travel as base64.
    call: (c, _sc, o) =>
      c.sendImage(
        'default',
        { to: ALICE, data: new Blob([PNG], { type: 'image/png' }), caption: 'A pic' },
        o,
      ),
    check: sentTo('image/png'),
    retry: 'C',
    bad: [(c) => c.sendImage({ session: 'default', to: ALICE }), /exactly one of url or data/],
  },
  {
    name: 'sendFile',
    wire: ['POST', () => '/sendFile'],
    // Bytes: sent as base64 with the name and type given.
    call: (c, _sc, o) =>
      c.sendFile(
        { session: 'default', to: ALICE, data: new Uint8Array([37, 80, 68, 70]), fileName: 'invoice.pdf' },
        o,
      ),
    check: sentTo('invoice\\.pdf'),
    retry: 'C',
    bad: [(c) => c.sendFile({ session: 'default', to: ALICE, data: 'AAAA' }), /needs a fileName/],
  },
  {
    name: 'sendVoice',
    wire: ['POST', () => '/sendVoice'],
    call: (c, _sc, o) =>
      c.sendVoice({ session: 'default', to: ALICE, url: 'https://media.test/hello.ogg' }, o),
    check: sentTo('hello\\.ogg'),
    retry: 'C',
    bad: [
      (c) => c.sendVoice({ session: 'default', to: ALICE, url: 'ftp://x/a.ogg' }),
      /url must be an absolute http/,
    ],
  },
  {
    name: 'sendVideo',
    wire: ['POST', () => '/sendVideo'],
    call: (c, _sc, o) =>
      c.sendVideo({ session: 'default', to: ALICE, url: 'https://media.test/clip.mp4' }, o),
    check: sentTo('video/mp4'),
    retry: 'C',
    bad: [(c) => c.sendVideo({ session: 'default', to: ALICE, data: 'not base64!' }), /base64/],
  },
  {
    name: 'sendLinkCustomPreview',
    wire: ['POST', () => '/send/link-custom-preview'],
    call: (c, _sc, o) =>
      c.sendLinkCustomPreview(
        { session: 'default', to: ALICE, text: 'Read https://wasend.dev/docs', preview: { title: 'Docs' } },
        o,
      ),
    check: sentTo('https://wasend.dev/docs'),
    retry: 'C',
    bad: [
      (c) =>
        c.sendLinkCustomPreview({
          session: 'default',
          to: ALICE,
          text: 'no link',
          preview: { title: 'Docs' },
        }),
      /must contain the link/,
    ],
  },
  {
    name: 'sendSeen',
    wire: ['POST', () => '/sendSeen'],
    call: async (c, sc, o) => c.sendSeen({ session: 'default', to: ALICE, messageId: await seededId(sc) }, o),
    check: async (_r, sc) => equal((await aliceChat(sc))?.unreadCount, 0, 'read'),
    retry: 'B',
    bad: [
      (c) => c.sendSeen({ session: 'default', to: ALICE, messageId: '' }),
      /messageId must be a message id/,
    ],
  },
  {
    name: 'sendReaction',
    wire: ['PUT', () => '/reaction'],
    call: async (c, sc, o) =>
      c.sendReaction({ session: 'default', messageId: await seededId(sc), reaction: '👍' }, o),
    check: async (_r, sc) => equal((await aliceChat(sc))?.messages[0]?.reaction, '👍'),
    retry: 'B',
    bad: [(c) => c.sendReaction({ session: 'default', messageId: 'm 1', reaction: '👍' }), /messageId/],
  },
  {
    name: 'startTyping',
    wire: ['POST', () => '/startTyping'],
    call: (c, _sc, o) => c.startTyping('default', { to: ALICE_PHONE }, o),
    check: async (_r, sc) => equal((await aliceChat(sc))?.typing, true),
    retry: 'B',
    bad: [(c) => c.startTyping({ session: '', to: ALICE }), /sessionId must be an id/],
  },
  {
    name: 'stopTyping',
    wire: ['POST', () => '/stopTyping'],
    call: (c, _sc, o) => c.stopTyping({ session: 'default', to: ALICE }, o),
    check: async (_r, sc) => equal((await aliceChat(sc))?.typing, false),
    retry: 'B',
    bad: [(c) => c.stopTyping({ session: 'default', to: '12@nowhere' }), /to must be a phone number/],
  },
  {
    name: 'send',
    wire: ['POST', () => '/send'],
    call: (c, _sc, o) =>
      c.send({ session: 'default', to: ALICE, text: 'Menu', imageUrl: 'https://media.test/menu.png' }, o),
    check: sentTo('menu\\.png'),
    retry: 'C',
    bad: [(c) => c.send({ session: 'default', to: ALICE }), /needs text or a media URL/],
    dialects: SERVICE,
  },
];

const READS: MethodSpec[] = [
  {
    name: 'getAllChats',
    wire: ['GET', () => '/default/chats'],
    call: (c, _sc, o) => c.getAllChats('default', undefined, o),
    check: (result) => {
      const chats = result as { id: string; isGroup: boolean }[];
      deepEqual(
        chats.map((chat) => [digits(chat.id), chat.isGroup]),
        [[digits(ALICE), false]],
      );
    },
    retry: 'A',
    bad: [(c) => c.getAllChats('default', { limit: -1 }), /limit must be an integer >= 0/],
  },
  {
    name: 'getChatsOverview',
    wire: ['GET', () => '/default/chats/overview'],
    call: (c, _sc, o) => c.getChatsOverview('default', undefined, o),
    check: (result) => {
      const [item] = result as { id: string; lastMessage?: { body?: string } }[];
      equal(digits(item?.id), digits(ALICE));
      equal(item?.lastMessage?.body, 'Hi there');
    },
    retry: 'A',
    bad: [(c) => c.getChatsOverview('default', { ids: ['nobody'] }), /chatId must be a phone number/],
  },
  {
    name: 'readMessages',
    wire: ['POST', () => `/default/chats/${enc(ALICE)}/messages/read`],
    call: (c, _sc, o) => c.readMessages('default', ALICE_PHONE, undefined, o),
    check: async (_r, sc) => equal((await aliceChat(sc))?.unreadCount, 0),
    retry: 'B',
    bad: [(c) => c.readMessages('default', ALICE, { days: 0 }), /days must be an integer >= 1/],
  },
  {
    name: 'getMessages',
    wire: ['GET', () => `/default/chats/${enc(ALICE)}/messages`],
    call: (c, _sc, o) => c.getMessages('default', ALICE, { limit: 10 }, o),
    check: (result) => {
      const messages = result as { body?: string; fromMe?: boolean }[];
      deepEqual(
        messages.map((m) => [m.body, m.fromMe]),
        [['Hi there', false]],
      );
    },
    retry: 'A',
    bad: [(c) => c.getMessages('default', ALICE, { limit: 0 }), /limit must be an integer >= 1/],
  },
  {
    name: 'getChatPicture',
    wire: ['GET', () => `/default/chats/${enc(ALICE)}/picture`],
    call: (c, _sc, o) => c.getChatPicture('default', ALICE, undefined, o),
    check: (result) => equal((result as { url: string | null }).url, 'https://pictures.test/alice.jpg'),
    retry: 'A',
    bad: [(c) => c.getChatPicture('default', 'x'), /chatId must be a phone number/],
  },
  {
    name: 'getMessageById',
    wire: ['GET', async (sc) => `/default/chats/${enc(ALICE)}/messages/${enc(await seededId(sc))}`],
    call: async (c, sc, o) => c.getMessageById('default', ALICE, await seededId(sc), undefined, o),
    check: (result) => equal((result as { body?: string }).body, 'Hi there'),
    retry: 'A',
    bad: [(c) => c.getMessageById('default', ALICE, ' '), /messageId must be a message id/],
  },
  {
    name: 'getContacts',
    wire: ['GET', () => '/contacts/all'],
    call: (c, _sc, o) => c.getContacts('default', undefined, o),
    check: (result) => {
      const names = (result as { id: string; name?: string }[]).map((k) => digits(k.id)).sort();
      deepEqual(names, [digits(ALICE), digits(BOB)].sort());
    },
    retry: 'A',
    bad: [(c) => c.getContacts('default', { sortBy: 'age' as never }), /sortBy must be one of/],
  },
  {
    name: 'getContact',
    wire: ['GET', () => '/contacts'],
    call: (c, _sc, o) => c.getContact('default', ALICE_PHONE, o),
    check: (result) => equal(digits((result as { id: string }).id), digits(ALICE)),
    retry: 'A',
    bad: [(c) => c.getContact('default', '120363025988123456@g.us'), /participant must be/],
  },
  {
    name: 'checkContactExists',
    wire: ['GET', () => '/contacts/check-exists'],
    call: (c, _sc, o) => c.checkContactExists('default', ALICE_PHONE, o),
    check: (result) => {
      const found = result as { exists: boolean; chatId?: string };
      equal(found.exists, true);
      equal(digits(found.chatId), digits(ALICE));
    },
    retry: 'A',
    bad: [(c) => c.checkContactExists('default', '12'), /phone must be a phone number/],
  },
  {
    name: 'getContactProfilePicture',
    wire: ['GET', () => '/contacts/profile-picture'],
    call: (c, _sc, o) => c.getContactProfilePicture('default', ALICE, o),
    check: (result) => equal((result as { url: string | null }).url, 'https://pictures.test/alice.jpg'),
    retry: 'A',
    bad: [
      (c) => c.getContactProfilePicture('default', { contactId: ALICE, refresh: 'yes' as never }),
      /refresh must be true or false/,
    ],
  },
  {
    name: 'retrieveAccount',
    wire: ['GET', () => '/account'],
    call: (c, _sc, o) => c.retrieveAccount(o),
    check: (result) => equal((result as { id: string }).id, 'acc_mock'),
    retry: 'A',
    bad: [(c) => c.retrieveAccount({ timeout: -1 }), /timeout must be a finite number >= 0/],
    dialects: SERVICE,
  },
  {
    name: 'getMessage',
    wire: ['GET', async (sc) => `/messages/${enc(await seededId(sc))}`],
    call: async (c, sc, o) => c.getMessage(await seededId(sc), o),
    check: (result) => equal((result as { body?: string }).body, 'Hi there'),
    retry: 'A',
    bad: [(c) => c.getMessage('a/b'), /messageId must be a message id/],
    dialects: SERVICE,
  },
];

const specs = [...SENDS, ...READS];

const sendMessageCases: SuiteCase[] = (['docs', 'json-string'] as Dialect[]).map((dialect) => ({
  name: `sendMessage · ${dialect} dialect · seen, typing, the pause, stop, then the send, in that order`,
  run: (ctx) =>
    withScenario(ctx, scenario(dialect), async (sc) => {
      const client = clientFor(ctx, sc);
      const sent = await client.sendMessage(
        { session: 'default', to: ALICE, text: 'On my way' },
        { minTypingDuration: 0, maxTypingDuration: 10, messageId: await seededId(sc) },
      );
      ok(typeof sent.id === 'string');
      const log = await expectRequests(sc, 4);
      deepEqual(
        log.map((r) => `${r.method} ${r.path}`),
        ['POST /sendSeen', 'POST /startTyping', 'POST /stopTyping', 'POST /send'],
      );
      const chat = await aliceChat(sc);
      equal(chat?.unreadCount, 0);
      equal(chat?.typing, false);
      equal(chat?.messages.at(-1)?.body, 'On my way');
    }),
}));

const engineLimits: SuiteCase = {
  name: "media on the open-source engine · noweb 'core' build · image 422 (Plus only), video 501, sent once each",
  run: (ctx) =>
    withScenario(ctx, { ...scenario('noweb'), build: 'core' }, async (sc) => {
      const client = clientFor(ctx, sc, { maxRetries: 3 });
      await rejectsWith(
        ctx.sdk.UnprocessableEntityError,
        client.sendImage({ session: 'default', to: ALICE, url: 'https://media.test/a.jpg' }),
        (err) => match(err.message, /available only in Plus/),
      );
      await rejectsWith(
        ctx.sdk.InternalServerError,
        client.sendVideo({ session: 'default', to: ALICE, url: 'https://media.test/a.mp4' }),
        (err) => equal(err.status, 501),
      );
      await expectRequests(sc, 2);
    }),
};

export const messagesCases: SuiteCase[] = [
  ...methodCases(specs, {
    dialects: AREA_DIALECTS,
    scenario: (dialect) => scenario(dialect),
    client: (ctx, sc) => clientFor(ctx, sc),
  }),
  ...sendMessageCases,
  engineLimits,
];
