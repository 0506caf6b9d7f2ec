// The Messages endpoints in every dialect: what each send answers, the state it leaves (the chat,
// its messages, the overview), seen, reactions, typing, the bodies each side reads, and the
// open-source build's refusals.
import { describe, expect, test } from 'vitest';
import type { Dialect } from '../src/handler';
import {
  ALICE,
  ALL_DIALECTS,
  type Answer,
  ENGINE_DIALECTS,
  G1,
  KEY,
  ME,
  NEST,
  useHandler,
} from './apiHarness';
import { chatsInit, ids, plainError, toAlice, WASEND } from './chatHarness';

const scenario = useHandler();
const triple = (a: Answer) => [a.status, a.contentType, a.text === '' ? '' : a.json()];
const enc = encodeURIComponent;
const JSON_TYPE = 'application/json';
const KEY_ID = /^3EB0[0-9A-F]{16}$/;
const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
const ENGINE: Record<Dialect, string> = {
  docs: 'NOWEB',
  'json-string': 'NOWEB',
  waha: 'NOWEB',
  noweb: 'NOWEB',
  gows: 'GOWS',
  webjs: 'WEBJS',
};

/** The id a new message gets in the dialect (README "Message ids"). */
function newIdPattern(dialect: Dialect, chat: string): RegExp {
  if (WASEND(dialect)) return /^msg_[A-Za-z0-9]{20}$/;
  if (dialect === 'gows') return KEY_ID;
  return new RegExp(`^true_${chat.replace(/[.]/g, '\\.')}_3EB0[0-9A-F]{16}$`);
}

/** An engine crash (error shape 4): short in waha and gows, full in noweb and webjs. */
function expectCrash(dialect: Dialect, a: Answer, message: string, name = 'Error') {
  expect([a.status, a.contentType]).toEqual([500, dialect === 'gows' ? JSON_TYPE : NEST]);
  expect((a.json() as { exception: unknown }).exception).toMatchObject({ message, name });
}

const textBody = { ...toAlice, text: 'Hello' };

describe.each(ALL_DIALECTS)('messages in %s', (dialect) => {
  const created = WASEND(dialect) ? 200 : 201;
  const type = WASEND(dialect) ? JSON_TYPE : NEST;
  const aliceMessages = `/s1/chats/${enc(ALICE)}/messages`;

  test('sendText: the dialect’s sent message; it joins the chat, the list, the overview, the lookups', async () => {
    const sc = await scenario(chatsInit(dialect));
    const res = await sc.call('POST', '/sendText', { body: textBody });
    expect([res.status, res.contentType]).toEqual([created, type]);
    const stored = (await sc.state()).chats.find((c) => c.id === ALICE)?.messages.at(-1);
    expect(stored).toMatchObject({
      chatId: ALICE,
      fromMe: true,
      author: ME,
      type: 'text',
      body: 'Hello',
      ack: 1,
      media: null,
      replyTo: null,
      reaction: null,
      source: 'api',
    });
    const id = stored?.id as string;
    expect(id).toMatch(newIdPattern(dialect, ALICE));
    const key = id.split('_')[2] ?? id;
    const timestamp = stored?.timestamp as number;
    const swn = (jid: string) =>
      dialect === 'noweb' || dialect === 'gows' ? jid.replace('@c.us', '@s.whatsapp.net') : jid;

    const body = res.json();
    switch (dialect) {
      case 'docs':
      case 'json-string': {
        const sent = {
          id,
          to: ALICE,
          content: 'Hello',
          type: 'text',
          timestamp: ISO,
          status: 'sent',
          fromMe: true,
          sender: ME,
          recipient: ALICE,
        };
        expect(body).toEqual(dialect === 'docs' ? { success: true, data: sent } : sent);
        break;
      }
      case 'waha':
      case 'noweb':
        expect(body).toEqual({
          key: { remoteJid: swn(ALICE), fromMe: true, id: key },
          message: { extendedTextMessage: { text: 'Hello' } },
          messageTimestamp: String(timestamp),
          status: 'PENDING',
        });
        break;
      case 'gows':
        expect(body).toEqual({
          id,
          _data: {
            Info: {
              ID: id,
              Chat: swn(ALICE),
              Sender: swn(ME),
              IsFromMe: true,
              IsGroup: false,
              Timestamp: new Date(timestamp * 1000).toISOString().replace('.000Z', 'Z'),
            },
            Message: { extendedTextMessage: { text: 'Hello' } },
          },
        });
        break;
      case 'webjs':
        expect(body).toMatchObject({
          id: { fromMe: true, remote: ALICE, id: key, _serialized: id },
          ack: 1,
          hasMedia: false,
          body: 'Hello',
          type: 'chat',
          timestamp,
          from: ME,
          to: ALICE,
          fromMe: true,
        });
        break;
    }

    // Newest first in the chat's messages; by id; the overview's last message.
    const first = (await sc.call('GET', `${aliceMessages}?limit=1`)).json() as { data?: unknown };
    const [listed] = (dialect === 'docs' ? first.data : first) as Array<{ id: string; body: string }>;
    expect([listed?.id, listed?.body]).toEqual([id, 'Hello']);
    expect((await sc.call('GET', `${aliceMessages}/${enc(id)}`)).status).toBe(200);
    const overview = JSON.stringify((await sc.call('GET', '/s1/chats/overview?limit=1')).json());
    expect(overview).toContain(id);
    // Wasend's message by id.
    const byId = await sc.call('GET', `/messages/${enc(id)}`);
    if (WASEND(dialect)) {
      const one = {
        id,
        chatId: ALICE,
        from: ME,
        to: ALICE,
        body: 'Hello',
        type: 'text',
        timestamp,
        fromMe: true,
        ack: 1,
        hasMedia: false,
      };
      expect(triple(byId)).toEqual([200, JSON_TYPE, dialect === 'docs' ? { success: true, data: one } : one]);
    } else {
      expect(triple(byId)).toEqual(plainError(dialect, 404, `Cannot GET /messages/${enc(id)}`));
    }
  });

  test('a send to a new number creates the chat; a reply is kept', async () => {
    const sc = await scenario(chatsInit(dialect));
    const NEW = '491709876543@c.us';
    const m1 = ids(dialect).m1;
    const res = await sc.call('POST', '/sendText', {
      body: { session: 's1', to: '+49 170 9876543', chatId: NEW, text: 'New', replyTo: m1, reply_to: m1 },
    });
    expect(res.status).toBe(created);
    const chat = (await sc.state()).chats.at(-1);
    expect(chat).toMatchObject({ id: NEW, session: 's1', name: null, unreadCount: 0, typing: false });
    expect(chat?.messages).toMatchObject([{ body: 'New', replyTo: m1 }]);
    expect(JSON.stringify((await sc.call('GET', '/s1/chats')).json())).toContain('491709876543');
  });

  test('media: image by URL, file from base64, voice, video; the state keeps type, URL and mimetype', async () => {
    const sc = await scenario(chatsInit(dialect));
    const url = 'https://cdn.example/photo.png';
    const data = 'JVBERi0xLjQK';
    const sends: Array<[string, Record<string, unknown>]> = [
      ['/sendImage', { ...toAlice, url, caption: 'A photo', file: { url, mimetype: 'image/png' } }],
      [
        '/sendFile',
        {
          ...toAlice,
          data,
          fileName: 'doc.pdf',
          mimeType: 'application/pdf',
          file: { data, mimetype: 'application/pdf', filename: 'doc.pdf' },
        },
      ],
      [
        '/sendVoice',
        {
          ...toAlice,
          url: 'https://cdn.example/v.ogg',
          file: { url: 'https://cdn.example/v.ogg', mimetype: 'audio/ogg; codecs=opus' },
        },
      ],
      [
        '/sendVideo',
        {
          ...toAlice,
          url: 'https://cdn.example/v.mp4',
          file: { url: 'https://cdn.example/v.mp4', mimetype: 'video/mp4' },
        },
      ],
    ];
    for (const [path, body] of sends) expect((await sc.call('POST', path, { body })).status).toBe(created);
    const sent = (await sc.state()).chats.find((c) => c.id === ALICE)?.messages.slice(-4);
    expect(sent?.map((m) => [m.type, m.body, m.media?.mimetype, m.media?.filename])).toEqual([
      ['image', 'A photo', 'image/png', null],
      ['document', '', 'application/pdf', 'doc.pdf'],
      ['voice', '', 'audio/ogg; codecs=opus', null],
      ['video', '', 'video/mp4', null],
    ]);
    expect(sent?.[0]?.media?.url).toBe(url);
    // Base64 media gets a URL of its own.
    expect(sent?.[1]?.media?.url).toMatch(/^https:\/\/mmg\.whatsapp\.net\/v\/mock\/3EB0[0-9A-F]{16}$/);
  });

  test('link preview: kept on the message; WAHA validates the preview (400) and wants the URL in the text', async () => {
    const sc = await scenario(chatsInit(dialect));
    const body = {
      ...toAlice,
      text: 'See https://example.com/a',
      preview: {
        title: 'A page',
        description: 'About it',
        url: 'https://example.com/a',
        thumbnailUrl: 'https://example.com/t.jpg',
        image: { url: 'https://example.com/t.jpg' },
      },
    };
    expect((await sc.call('POST', '/send/link-custom-preview', { body })).status).toBe(created);
    expect((await sc.state()).chats.find((c) => c.id === ALICE)?.messages.at(-1)).toMatchObject({
      type: 'text',
      body: 'See https://example.com/a',
      preview: {
        url: 'https://example.com/a',
        title: 'A page',
        description: 'About it',
        thumbnailUrl: 'https://example.com/t.jpg',
      },
    });
    const noUrl = { ...body, preview: { title: 'A page', description: 'About it' } };
    const res = await sc.call('POST', '/send/link-custom-preview', { body: noUrl });
    if (WASEND(dialect)) {
      // Wasend takes the first URL of the text.
      expect(res.status).toBe(200);
      expect((await sc.state()).chats.find((c) => c.id === ALICE)?.messages.at(-1)?.preview?.url).toBe(
        'https://example.com/a',
      );
    } else {
      expect(triple(res)).toEqual(plainError(dialect, 400, 'preview.url must be a URL address'));
      const elsewhere = { ...body, text: 'No link here' };
      expectCrash(
        dialect,
        await sc.call('POST', '/send/link-custom-preview', { body: elsewhere }),
        'The text must include the preview.url',
      );
    }
  });

  test('/send: Wasend’s unified send; the WAHA dialects have no such route (404)', async () => {
    const sc = await scenario(chatsInit(dialect));
    const res = await sc.call('POST', '/send', {
      body: { session: 's1', to: '+491700000002', text: 'Look', imageUrl: 'https://cdn.example/i.jpg' },
    });
    if (!WASEND(dialect)) {
      expect(triple(res)).toEqual(plainError(dialect, 404, 'Cannot POST /send'));
      return;
    }
    expect(res.status).toBe(200);
    const sent = (res.json() as { data?: unknown }).data ?? res.json();
    expect(sent).toMatchObject({ to: ALICE, content: 'Look', type: 'image', status: 'sent' });
    expect((await sc.state()).chats.find((c) => c.id === ALICE)?.messages.at(-1)?.media).toEqual({
      url: 'https://cdn.example/i.jpg',
      mimetype: 'image/jpeg',
      filename: null,
    });
    const two = {
      session: 's1',
      to: '+491700000002',
      imageUrl: 'https://a.test/i',
      videoUrl: 'https://a.test/v',
    };
    expect(triple(await sc.call('POST', '/send', { body: two }))).toEqual(
      plainError(dialect, 400, 'give at most one of imageUrl, videoUrl, documentUrl, audioUrl'),
    );
    expect(triple(await sc.call('POST', '/send', { body: { session: 's1', to: '+491700000002' } }))).toEqual(
      plainError(dialect, 400, 'text or a media URL is required'),
    );
  });

  test('sendSeen: the chat’s unread messages become READ, its unread count 0', async () => {
    const sc = await scenario(chatsInit(dialect));
    const m3 = ids(dialect).m3;
    const res = await sc.call('POST', '/sendSeen', { body: { ...toAlice, messageId: m3, messageIds: [m3] } });
    if (dialect === 'docs') expect(triple(res)).toEqual([200, JSON_TYPE, { success: true }]);
    else if (dialect === 'json-string') expect(triple(res)).toEqual([200, JSON_TYPE, { result: true }]);
    else expect(triple(res)).toEqual([201, null, '']);
    const chat = (await sc.state()).chats.find((c) => c.id === ALICE);
    expect([chat?.unreadCount, chat?.messages.map((m) => m.ack)]).toEqual([0, [3, 3, 3]]);
    if (!WASEND(dialect)) {
      // Without message ids WAHA reads the chat itself and says which it read.
      const group = await sc.call('POST', '/sendSeen', { body: { session: 's1', chatId: G1 } });
      expect(triple(group)).toEqual([201, NEST, { ids: dialect === 'webjs' ? null : [ids(dialect).m4] }]);
    } else {
      expect(triple(await sc.call('POST', '/sendSeen', { body: toAlice }))).toEqual(
        plainError(dialect, 400, 'messageId must be a non-empty string'),
      );
    }
  });

  test('sendReaction: PUT, stored on the message; an empty reaction removes it', async () => {
    const sc = await scenario(chatsInit(dialect));
    const m1 = ids(dialect).m1;
    const put = (reaction: string) =>
      sc.call('PUT', '/reaction', { body: { session: 's1', messageId: m1, reaction } });
    const res = await put('👍');
    expect(res.status).toBe(200);
    const reaction = async () => (await sc.state()).chats[0]?.messages[0]?.reaction;
    expect(await reaction()).toBe('👍');
    const body = res.text === '' ? '' : res.json();
    const key = '3EB00000000000000001';
    switch (dialect) {
      case 'docs':
        expect(body).toEqual({ success: true });
        break;
      case 'json-string':
        expect(body).toEqual({ result: true });
        break;
      case 'waha':
      case 'noweb': {
        const jid = dialect === 'noweb' ? '491700000002@s.whatsapp.net' : ALICE;
        expect(body).toEqual({
          key: { remoteJid: jid, fromMe: true, id: expect.stringMatching(KEY_ID) },
          message: {
            reactionMessage: {
              key: { remoteJid: jid, fromMe: false, id: key },
              text: '👍',
              senderTimestampMs: expect.stringMatching(/^\d+000$/),
            },
          },
          messageTimestamp: expect.stringMatching(/^\d+$/),
          status: 'PENDING',
        });
        break;
      }
      case 'gows':
        expect(body).toMatchObject({
          id: expect.stringMatching(KEY_ID),
          _data: { Message: { reactionMessage: { key: { ID: key, fromMe: false }, text: '👍' } } },
        });
        break;
      case 'webjs':
        expect([res.contentType, body]).toEqual([null, '']);
        break;
    }
    expect((await put('')).status).toBe(200);
    expect(await reaction()).toBeNull();

    const unknown = await sc.call('PUT', '/reaction', {
      body: { session: 's1', messageId: 'nope', reaction: 'x' },
    });
    if (WASEND(dialect)) expect(triple(unknown)).toEqual(plainError(dialect, 404, 'Message not found'));
    else if (dialect === 'gows')
      expect(unknown.status).toBe(200); // a bare key is an id to GOWS
    else
      expectCrash(
        dialect,
        unknown,
        'Message id be in format false_11111111111@c.us_AAAAAAAAAAAAAAAAAAAA[_participant]',
      );
  });

  test('typing: start sets the chat’s typing flag, stop clears it', async () => {
    const sc = await scenario(chatsInit(dialect));
    const start = await sc.call('POST', '/startTyping', { body: toAlice });
    const done = dialect === 'docs' ? { success: true } : { result: true };
    expect(triple(start)).toEqual([created, type, done]);
    expect((await sc.state()).chats[0]?.typing).toBe(true);
    // A message sent ends it, as on a phone.
    await sc.call('POST', '/sendText', { body: textBody });
    expect((await sc.state()).chats[0]?.typing).toBe(false);
    await sc.call('POST', '/startTyping', { body: toAlice });
    expect(triple(await sc.call('POST', '/stopTyping', { body: toAlice }))).toEqual([created, type, done]);
    expect((await sc.state()).chats[0]?.typing).toBe(false);
  });

  test('bodies: Wasend reads to/session and answers 400; WAHA reads chatId/file and crashes without them', async () => {
    const sc = await scenario(chatsInit(dialect));
    const noRecipient = await sc.call('POST', '/sendText', { body: { session: 's1', text: 'x' } });
    const noFile = await sc.call('POST', '/sendImage', { body: { ...toAlice, url: 'https://a.test/i.png' } });
    const noSession = await sc.call('POST', '/sendText', {
      body: { to: '+491700000002', chatId: ALICE, text: 'x' },
    });
    if (WASEND(dialect)) {
      expect(triple(noRecipient)).toEqual(
        plainError(dialect, 400, 'to must be a phone number or a WhatsApp JID'),
      );
      expect(noFile.status).toBe(200); // Wasend reads url, not file
      expect(triple(noSession)).toEqual(plainError(dialect, 400, 'session must be a non-empty string'));
      const file = await sc.call('POST', '/sendFile', { body: { ...toAlice, url: 'https://a.test/f' } });
      expect(triple(file)).toEqual(plainError(dialect, 400, 'fileName must be a non-empty string'));
      const image = await sc.call('POST', '/sendImage', { body: { ...toAlice, url: 'ftp://a.test/i.png' } });
      expect(triple(image)).toEqual(plainError(dialect, 400, 'url must be an http(s) URL'));
    } else {
      expectCrash(dialect, noRecipient, "Cannot read properties of undefined (reading 'split')", 'TypeError');
      expectCrash(dialect, noFile, "Cannot read properties of undefined (reading 'url')", 'TypeError');
      // No session: WAHA looks up the session "undefined".
      expect(noSession.status).toBe(dialect === 'noweb' || dialect === 'webjs' ? 422 : 404);
      expect(noSession.text).toContain('undefined');
      // A bare number gets `@c.us`.
      const bare = await sc.call('POST', '/sendText', {
        body: { session: 's1', chatId: '491700000002', text: 'x' },
      });
      expect(bare.status).toBe(201);
      expect((await sc.state()).chats[0]?.messages.at(-1)?.body).toBe('x');
    }
  });

  test('session checks: unknown and not WORKING, from the body’s session', async () => {
    const sc = await scenario(chatsInit(dialect));
    const unknown = await sc.call('POST', '/sendText', { body: { ...textBody, session: 'nope' } });
    expect(unknown.status).toBe(dialect === 'noweb' || dialect === 'webjs' ? 422 : 404);
    const starting = await sc.call('POST', '/sendText', { body: { ...textBody, session: 'starting' } });
    expect([starting.status, (starting.json() as { expected: string[] }).expected]).toEqual([
      422,
      ['WORKING'],
    ]);
  });
});

describe.each(ALL_DIALECTS)('the open-source build in %s', (dialect) => {
  const engine = ENGINE[dialect];
  const plusOnly = `The feature is available only in Plus version for '${engine}' engine. Check this out: https://waha.devlike.pro/`;
  const notImplemented = `The method is not implemented by '${engine}' engine.`;
  const media = {
    ...toAlice,
    url: 'https://a.test/x',
    fileName: 'x',
    mimeType: 'image/png',
    file: { url: 'https://a.test/x', mimetype: 'image/png', filename: 'x' },
  };
  const preview = {
    ...toAlice,
    text: 'https://a.test/x',
    preview: { title: 't', description: 'd', url: 'https://a.test/x' },
  };

  function expectRefusal(a: Answer, status: 422 | 501) {
    const message = status === 422 ? plusOnly : notImplemented;
    const error = status === 422 ? 'Unprocessable Entity' : 'Not Implemented';
    if (dialect === 'docs')
      expect(triple(a)).toEqual([status, JSON_TYPE, { success: false, error: message }]);
    else if (dialect === 'json-string')
      expect(triple(a)).toEqual([status, JSON_TYPE, { statusCode: status, message, error }]);
    else expect(triple(a)).toEqual([status, NEST, { statusCode: status, message, error }]);
  }

  test('core: image, file and voice are Plus only (422); video 501; the link preview 422, 501 on WEBJS', async () => {
    const sc = await scenario(chatsInit(dialect, { build: 'core' }));
    for (const path of ['/sendImage', '/sendFile', '/sendVoice']) {
      expectRefusal(await sc.call('POST', path, { body: media }), 422);
    }
    expectRefusal(await sc.call('POST', '/sendVideo', { body: media }), 501);
    expectRefusal(
      await sc.call('POST', '/send/link-custom-preview', { body: preview }),
      dialect === 'webjs' ? 501 : 422,
    );
    // Text works, and nothing was stored by the refusals.
    expect((await sc.call('POST', '/sendText', { body: textBody })).status).toBe(WASEND(dialect) ? 200 : 201);
    expect((await sc.state()).chats[0]?.messages).toHaveLength(4);
  });

  test('plus (the default) sends them all; `unimplemented` works for the new names', async () => {
    const sc = await scenario(
      chatsInit(dialect, { unimplemented: ['sendText', 'getAllChats', 'getContacts'] }),
    );
    for (const path of ['/sendImage', '/sendFile', '/sendVoice', '/sendVideo']) {
      expect((await sc.call('POST', path, { body: media })).status).toBe(WASEND(dialect) ? 200 : 201);
    }
    expect((await sc.call('POST', '/send/link-custom-preview', { body: preview })).status).toBe(
      WASEND(dialect) ? 200 : 201,
    );
    expectRefusal(await sc.call('POST', '/sendText', { body: textBody }), 501);
    expectRefusal(await sc.call('GET', '/s1/chats'), 501);
    expectRefusal(await sc.call('GET', '/contacts/all?session=s1'), 501);
  });
});

test.each(ENGINE_DIALECTS)(
  '%s: a key scoped to another session is refused before the session check',
  async (dialect) => {
    const sc = await scenario(chatsInit(dialect, { keys: [KEY, { key: 'scoped', sessions: ['other'] }] }));
    const res = await sc.call('POST', '/sendText', { body: textBody, key: 'scoped' });
    expect(triple(res)).toEqual([403, NEST, { message: 'Forbidden', statusCode: 403 }]);
    expect((await sc.call('GET', '/contacts/all?session=s1', { key: 'scoped' })).status).toBe(403);
  },
);

test('docs: a scoped key may send in its session, read the account, and find only its messages', async () => {
  const sc = await scenario(chatsInit('docs', { keys: [KEY, { key: 'scoped', sessions: ['s1'] }] }));
  expect((await sc.call('POST', '/sendText', { body: textBody, key: 'scoped' })).status).toBe(200);
  expect(
    (
      await sc.call('POST', '/sendText', { body: { ...textBody, session: 'starting' }, key: 'scoped' })
    ).json(),
  ).toEqual({
    success: false,
    error: 'This API key may not use session "starting"',
  });
  expect((await sc.call('GET', '/account', { key: 'scoped' })).status).toBe(200);
  expect((await sc.call('GET', `/messages/${ids('docs').m1}`, { key: 'scoped' })).status).toBe(200);
});
