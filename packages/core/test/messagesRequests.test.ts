// What the Messages, Chats, Contacts and Account methods put on the wire (docs/contract.md,
// "Messages", "Chats", "Contacts"): both call forms, the dual-field bodies, media from every source,
// the queries, sendMessage's sequence, and that a send is never retried.
import { describe, expect, test, vi } from 'vitest';
import { WasendArgumentError, WasendClient, WasendTimeoutError } from '../src/index';
import { clientWith, json, KEY } from './helpers';

const S = 'my-session';
const TO = '+49 170 1234567';
const JID = '491701234567@c.us';
const MID = 'true_491701234567@c.us_3EB0ABCD';
const sent = () => json(201, { id: MID, to: JID, timestamp: 1_700_000_000, status: 'sent' });
const bodyOf = (call: { body: string | undefined } | undefined) => JSON.parse(call?.body as string);
const pathOf = (call: { url: string } | undefined) => {
  const url = new URL(call?.url as string);
  return decodeURIComponent(url.pathname + url.search);
};

describe('sends: both call forms, both field spellings', () => {
  test('sendText: the official object form and (sessionId, body) send the same body', async () => {
    const { client, calls } = clientWith([sent()]);
    const result = await client.sendText({ session: S, to: TO, text: 'Hi', replyTo: MID });
    await client.sendText(S, { to: TO, text: 'Hi', replyTo: MID });
    expect(result).toEqual({
      id: MID,
      chatId: JID,
      timestamp: 1_700_000_000,
      status: 'sent',
      raw: expect.anything(),
    });
    const expected = {
      session: S,
      to: '+491701234567',
      chatId: JID,
      text: 'Hi',
      replyTo: MID,
      reply_to: MID,
    };
    expect(calls.map((c) => [c.method, pathOf(c), bodyOf(c)])).toEqual([
      ['POST', '/sendText', expected],
      ['POST', '/sendText', expected],
    ]);
  });

  test('a group JID goes as it is to both fields', async () => {
    const { client, calls } = clientWith([sent()]);
    await client.sendText({ session: S, to: '120363025988123456@g.us', text: 'All' });
    expect(bodyOf(calls[0])).toMatchObject({
      to: '120363025988123456@g.us',
      chatId: '120363025988123456@g.us',
    });
  });

  test.each([
    [
      'a URL: the type from its extension, the engine file',
      { url: 'https://x.test/cat.png', caption: 'Cat' },
      {
        url: 'https://x.test/cat.png',
        caption: 'Cat',
        mimetype: 'image/png',
        file: { url: 'https://x.test/cat.png', mimetype: 'image/png', filename: 'cat.png' },
      },
    ],
    [
      'a data: URI: plain base64 and its type',
      { data: 'data:image/webp;base64,UklGRg==' },
      { data: 'UklGRg==', mimetype: 'image/webp', file: { data: 'UklGRg==', mimetype: 'image/webp' } },
    ],
    [
      'bytes: base64, the default type',
      { data: new Uint8Array([1, 2, 3]) },
      { data: 'AQID', mimetype: 'image/jpeg', file: { data: 'AQID', mimetype: 'image/jpeg' } },
    ],
    [
      'a Blob: its bytes and its type',
      { data: new Blob([new Uint8Array([255])], { type: 'image/gif' }) },
      { data: '/w==', mimetype: 'image/gif', file: { data: '/w==', mimetype: 'image/gif' } },
    ],
  ])('sendImage with %s', async (_name, media, expected) => {
    const { client, calls } = clientWith([sent()]);
    await client.sendImage({ session: S, to: TO, ...media } as never);
    expect(bodyOf(calls[0])).toMatchObject({ session: S, to: '+491701234567', chatId: JID, ...expected });
  });

  test('sendFile: a File gives its name and type; the official fileName/mimeType are sent too', async () => {
    const { client, calls } = clientWith([sent()]);
    const file = new File([new Uint8Array([37, 80, 68, 70])], 'invoice.pdf', { type: 'application/pdf' });
    await client.sendFile(S, { to: TO, data: file });
    expect(bodyOf(calls[0])).toMatchObject({
      data: 'JVBERg==',
      fileName: 'invoice.pdf',
      mimeType: 'application/pdf',
      file: { data: 'JVBERg==', mimetype: 'application/pdf', filename: 'invoice.pdf' },
    });
  });

  test('voice and video: their default types; their flags only when given', async () => {
    const { client, calls } = clientWith([sent()]);
    await client.sendVoice({ session: S, to: TO, data: 'AAAA', duration: 3 });
    await client.sendVideo({ session: S, to: TO, url: 'https://x.test/clip', asNote: true });
    expect(bodyOf(calls[0])).toMatchObject({ duration: 3, file: { mimetype: 'audio/ogg; codecs=opus' } });
    expect(bodyOf(calls[0])).not.toHaveProperty('convert');
    expect(bodyOf(calls[1])).toMatchObject({ asNote: true, file: { mimetype: 'video/mp4' } });
  });

  test('link preview: the URL from the text, both preview spellings', async () => {
    const { client, calls } = clientWith([sent()]);
    await client.sendLinkCustomPreview({
      session: S,
      to: TO,
      text: 'Read https://wasend.dev/docs today',
      preview: { title: 'Docs', thumbnailUrl: 'https://wasend.dev/t.png' },
    });
    expect(pathOf(calls[0])).toBe('/send/link-custom-preview');
    expect(bodyOf(calls[0]).preview).toEqual({
      title: 'Docs',
      description: '',
      thumbnailUrl: 'https://wasend.dev/t.png',
      url: 'https://wasend.dev/docs',
      image: { url: 'https://wasend.dev/t.png' },
    });
  });

  test('seen, reaction, typing: their paths, methods and both spellings', async () => {
    const { client, calls } = clientWith([json(201, {})]);
    await client.sendSeen({ session: S, to: TO, messageId: MID });
    await client.sendReaction({ session: S, messageId: MID, reaction: '' });
    await client.startTyping(S, { to: TO });
    await client.stopTyping({ session: S, to: TO });
    expect(calls.map((c) => [c.method, pathOf(c), bodyOf(c)])).toEqual([
      [
        'POST',
        '/sendSeen',
        { session: S, to: '+491701234567', chatId: JID, messageId: MID, messageIds: [MID] },
      ],
      ['PUT', '/reaction', { session: S, messageId: MID, reaction: '' }],
      ['POST', '/startTyping', { session: S, to: '+491701234567', chatId: JID }],
      ['POST', '/stopTyping', { session: S, to: '+491701234567', chatId: JID }],
    ]);
  });

  test('send: the service fields only', async () => {
    const { client, calls } = clientWith([sent()]);
    await client.send({ session: S, to: TO, text: 'Menu', imageUrl: 'https://x.test/menu.png' });
    expect(bodyOf(calls[0])).toEqual({
      session: S,
      to: '+491701234567',
      text: 'Menu',
      imageUrl: 'https://x.test/menu.png',
    });
  });
});

describe('bad input: a WasendArgumentError, nothing sent', () => {
  test.each([
    [
      'no recipient',
      (c: WasendClient) => c.sendText({ session: S, text: 'x' } as never),
      /to must be a phone number/,
    ],
    [
      'a short phone',
      (c: WasendClient) => c.sendText({ session: S, to: '123', text: 'x' }),
      /to must be a phone number/,
    ],
    [
      'empty text',
      (c: WasendClient) => c.sendText(S, { to: TO, text: ' ' }),
      /text must be a non-empty string/,
    ],
    [
      'both url and data',
      (c: WasendClient) => c.sendImage({ session: S, to: TO, url: 'https://x.test/a.png', data: 'AAAA' }),
      /exactly one of url or data/,
    ],
    ['neither', (c: WasendClient) => c.sendVoice({ session: S, to: TO }), /exactly one of url or data/],
    [
      'a file without a name',
      (c: WasendClient) => c.sendFile({ session: S, to: TO, data: 'AAAA', mimeType: 'application/pdf' }),
      /needs a fileName/,
    ],
    ['bad base64', (c: WasendClient) => c.sendImage({ session: S, to: TO, data: 'not base64!' }), /base64/],
    [
      'a preview link not in the text',
      (c: WasendClient) =>
        c.sendLinkCustomPreview({ session: S, to: TO, text: 'no link', preview: { title: 't' } }),
      /must contain the link/,
    ],
    [
      'a message id with spaces',
      (c: WasendClient) => c.sendSeen({ session: S, to: TO, messageId: 'a b' }),
      /messageId must be a message id/,
    ],
    [
      'two media URLs',
      (c: WasendClient) =>
        c.send({ session: S, to: TO, imageUrl: 'https://x.test/a', videoUrl: 'https://x.test/b' }),
      /at most one of/,
    ],
    ['send with nothing', (c: WasendClient) => c.send({ session: S, to: TO }), /needs text or a media URL/],
    [
      'getMessages without a limit',
      (c: WasendClient) => c.getMessages(S, TO, {} as never),
      /limit must be an integer >= 1/,
    ],
    [
      'an ack that is no ack',
      (c: WasendClient) => c.getMessages(S, TO, { limit: 5, filter: { ack: 'SEEN' } }),
      /filter\.ack must be/,
    ],
    [
      'a group as contact',
      (c: WasendClient) => c.getContact(S, '120363025988123456@g.us'),
      /participant must be/,
    ],
    [
      'a phone check with letters',
      (c: WasendClient) => c.checkContactExists(S, 'call me'),
      /phone must be a phone number/,
    ],
  ])('%s', async (_name, run, message) => {
    const { client, calls } = clientWith([sent()]);
    const pending = run(client);
    await expect(pending).rejects.toThrow(WasendArgumentError);
    await expect(pending).rejects.toThrow(message);
    expect(calls).toHaveLength(0);
  });
});

describe('chats, contacts, account: paths and queries', () => {
  test.each([
    [
      'getAllChats drops limit 0',
      (c: WasendClient) => c.getAllChats(S, { limit: 0, sortBy: 'name' }),
      `/${S}/chats?sortBy=name`,
    ],
    [
      'overview ids as repeated keys, phones as JIDs',
      (c: WasendClient) => c.getChatsOverview(S, { ids: [TO, '120363025988123456@g.us'] }),
      `/${S}/chats/overview?ids=${JID}&ids=120363025988123456@g.us`,
    ],
    [
      'messages: the filter flattened, the ack by name, no media unless asked',
      (c: WasendClient) =>
        c.getMessages(S, TO, { limit: 5, filter: { timestampGte: 10, fromMe: false, ack: 3 } }),
      `/${S}/chats/${JID}/messages?limit=5&downloadMedia=false&filter.timestamp.gte=10&filter.fromMe=false&filter.ack=READ`,
    ],
    [
      'one message, no media unless asked',
      (c: WasendClient) => c.getMessageById(S, TO, MID),
      `/${S}/chats/${JID}/messages/${MID}?downloadMedia=false`,
    ],
    [
      'chat picture refresh only when true',
      (c: WasendClient) => c.getChatPicture(S, TO, true),
      `/${S}/chats/${JID}/picture?refresh=true`,
    ],
    [
      'contacts: the session as a query parameter',
      (c: WasendClient) => c.getContacts(S, { sortBy: 'name', limit: 10 }),
      `/contacts/all?session=${S}&sortBy=name&limit=10`,
    ],
    [
      'contacts in descending order',
      (c: WasendClient) => c.getContacts(S, { sortOrder: 'desc' }),
      `/contacts/all?session=${S}&sortOrder=desc`,
    ],
    [
      'a contact by phone, as a JID',
      (c: WasendClient) => c.getContact(S, TO),
      `/contacts?session=${S}&contactId=${JID}`,
    ],
    [
      'a contact, the official { contactId }',
      (c: WasendClient) => c.getContact(S, { contactId: JID }),
      `/contacts?session=${S}&contactId=${JID}`,
    ],
    [
      'a profile picture of a plain contact, no refresh',
      (c: WasendClient) => c.getContactProfilePicture(S, JID),
      `/contacts/profile-picture?session=${S}&contactId=${JID}`,
    ],
    [
      'a number check sends digits only',
      (c: WasendClient) => c.checkContactExists(S, { phone: TO }),
      `/contacts/check-exists?session=${S}&phone=491701234567`,
    ],
    [
      'a profile picture, the official { contactId, refresh }',
      (c: WasendClient) => c.getContactProfilePicture(S, { contactId: TO, refresh: true }),
      `/contacts/profile-picture?session=${S}&contactId=${JID}&refresh=true`,
    ],
    ['the account', (c: WasendClient) => c.retrieveAccount(), '/account'],
    [
      'a message by id, encoded',
      (c: WasendClient) => c.getMessage('msg 1'.replace(' ', '_')),
      '/messages/msg_1',
    ],
  ])('%s', async (_name, run, target) => {
    const { client, calls } = clientWith([
      (call) => {
        const path = new URL(call.url).pathname;
        if (path.endsWith('/picture') || path.endsWith('profile-picture')) return json(200, { url: null });
        if (path.includes('check-exists')) return json(200, { numberExists: true, chatId: JID });
        if (path === '/account') return json(200, { id: 'acc_1', plan: 'pro' });
        if (path.startsWith('/messages/') || /messages\/[^/]+$/.test(path))
          return json(200, { id: MID, body: 'x' });
        if (path === '/contacts') return json(200, { id: JID, name: 'A' });
        return json(200, []);
      },
    ]);
    await run(client);
    expect(pathOf(calls[0])).toBe(target);
  });

  test('readMessages: a POST with its query and no body', async () => {
    const { client, calls } = clientWith([json(201, { ids: [MID] })]);
    await expect(client.readMessages(S, TO, { days: 2 })).resolves.toEqual({ ids: [MID] });
    expect([calls[0]?.method, pathOf(calls[0]), calls[0]?.body]).toEqual([
      'POST',
      `/${S}/chats/${JID}/messages/read?days=2`,
      undefined,
    ]);
  });
});

describe('retries and outcomes', () => {
  test('a send is sent once whatever maxRetries says; a timeout says the outcome is unknown', async () => {
    const busy = clientWith([json(503, { message: 'busy' }), sent()]);
    await expect(
      busy.client.sendText({ session: S, to: TO, text: 'x' }, { maxRetries: 3 }),
    ).rejects.toMatchObject({ status: 503 });
    expect(busy.calls).toHaveLength(1);
    const slow = clientWith([() => new Promise<Response>(() => {})]);
    const pending = slow.client.sendImage(
      { session: S, to: TO, url: 'https://x.test/a.jpg' },
      { timeout: 20, maxRetries: 2 },
    );
    await expect(pending).rejects.toThrow(WasendTimeoutError);
    await expect(pending).rejects.toThrow(/may or may not have been sent \(outcome unknown\)/);
    expect(slow.calls).toHaveLength(1);
  });

  test('seen and typing (class B) are retried only when the call asks', async () => {
    const { client, calls } = clientWith([json(503, {}), json(201, {})]);
    await client.startTyping({ session: S, to: TO }, { maxRetries: 1 });
    expect(calls).toHaveLength(2);
  });
});

describe('sendMessage, the official composite', () => {
  test('seen → typing → the pause (50 ms per character, within the bounds) → stop → send, each step logged', async () => {
    vi.useFakeTimers();
    try {
      const debug = vi.fn();
      const { client, calls } = clientWith(
        [(call) => (call.url.endsWith('/send') ? sent() : json(201, {}))],
        {
          logger: { debug },
        },
      );
      const pending = client.sendMessage(
        { session: S, to: TO, text: 'x'.repeat(100) },
        { minTypingDuration: '1000', maxTypingDuration: 2000, messageId: MID },
      );
      await vi.advanceTimersByTimeAsync(1_999);
      expect(calls.map((c) => pathOf(c))).toEqual(['/sendSeen', '/startTyping']);
      await vi.advanceTimersByTimeAsync(1);
      await expect(pending).resolves.toMatchObject({ id: MID });
      expect(calls.map((c) => pathOf(c))).toEqual(['/sendSeen', '/startTyping', '/stopTyping', '/send']);
      expect(debug.mock.calls.map(([line]) => line)).toContain('sendMessage typing for 2000ms');
    } finally {
      vi.useRealTimers();
    }
  });

  test('a failed typing step stops it, and its error says the message was not sent', async () => {
    const { client, calls } = clientWith([json(500, { message: 'engine down' })]);
    await expect(
      client.sendMessage({ session: S, to: TO, text: 'hi' }, { minTypingDuration: 0, maxTypingDuration: 0 }),
    ).rejects.toThrow('500 engine down (sendMessage stopped at startTyping: the message was not sent)');
    expect(calls.map((c) => pathOf(c))).toEqual(['/startTyping']);
  });

  test('an abort during the pause skips the send, and says so', async () => {
    const { client, calls } = clientWith([json(201, {})]);
    const controller = new AbortController();
    const pending = client.sendMessage(
      { session: S, to: TO, text: 'hi' },
      { minTypingDuration: 5_000 },
      { signal: controller.signal },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await expect(pending).rejects.toThrow(/stopped at the typing pause: the message was not sent/);
    expect(calls.map((c) => pathOf(c))).toEqual(['/startTyping']);
  });

  test('a bad request is refused before any step', async () => {
    const { client, calls } = clientWith([json(201, {})]);
    await expect(client.sendMessage({ session: S, to: 'nobody' } as never)).rejects.toThrow(
      WasendArgumentError,
    );
    expect(calls).toHaveLength(0);
  });
});

test('retrieveConfig: the settings in force, never the key', () => {
  const client = new WasendClient({
    apiKey: KEY,
    baseUrl: 'https://waha.test/api/',
    auth: 'x-api-key',
    timeout: 5_000,
  });
  const config = client.retrieveConfig();
  expect(config).toEqual({
    baseUrl: 'https://waha.test/api',
    timeout: 5_000,
    maxRetries: 2,
    retryBackoff: { initialMs: 500, maxMs: 8_000 },
    auth: 'x-api-key',
    participantsFormat: 'strings',
  });
  expect(JSON.stringify(config)).not.toContain(KEY);
});
