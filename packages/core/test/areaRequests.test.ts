// What the Groups and Sessions methods put on the wire (docs/contract.md, "Requests"): paths, the
// dual-field bodies, queries, headers, how the key travels, and each method's retry class. The
// shared suite runs the same methods against the mock server in every runtime and dialect.
import { describe, expect, test, vi } from 'vitest';
import { WasendArgumentError, WasendClient } from '../src/index';
import { clientWith, json, KEY, text } from './helpers';

const S = 'my-session';
const G = '120363025988123456@g.us';
const GE = encodeURIComponent(G);
const ok = () => json(200, {});

describe('bodies and queries', () => {
  test.each([
    [
      'createGroup: members as { id } with phones as JIDs, extras passed on',
      (c: WasendClient) =>
        c.createGroup(S, {
          name: ' Club ',
          participants: ['+49 170 1234567', { id: '4915112345678@c.us', isAdmin: true }],
          tags: ['a'],
        }),
      'POST',
      `/${S}/groups`,
      {
        name: 'Club',
        participants: [{ id: '491701234567@c.us' }, { id: '4915112345678@c.us', isAdmin: true }],
        tags: ['a'],
      },
    ],
    [
      'admin-only: both spellings, from a boolean',
      (c: WasendClient) => c.setGroupInfoAdminOnly(S, G, true),
      'PUT',
      `/${S}/groups/${GE}/settings/security/info-admin-only`,
      { enabled: true, adminsOnly: true },
    ],
    [
      'admin-only: both spellings, from { adminsOnly }',
      (c: WasendClient) => c.setGroupMessagesAdminOnly(S, G, { adminsOnly: false }),
      'PUT',
      `/${S}/groups/${GE}/settings/security/messages-admin-only`,
      { enabled: false, adminsOnly: false },
    ],
    [
      'picture by URL: Wasend fields and the engine file',
      (c: WasendClient) => c.setGroupPicture(S, G, { url: 'https://x.test/a.png', format: 'png' }),
      'PUT',
      `/${S}/groups/${GE}/picture`,
      {
        url: 'https://x.test/a.png',
        format: 'png',
        file: { url: 'https://x.test/a.png', mimetype: 'image/png' },
      },
    ],
    [
      'picture as a data URI',
      (c: WasendClient) => c.setGroupPicture(S, G, { data: 'data:image/webp;base64,UklGRg==' }),
      'PUT',
      `/${S}/groups/${GE}/picture`,
      { data: 'UklGRg==', mimetype: 'image/webp', file: { data: 'UklGRg==', mimetype: 'image/webp' } },
    ],
    [
      'description: a string, empty allowed',
      (c: WasendClient) => c.setGroupDescription(S, '120363025988123456', ''),
      'PUT',
      `/${S}/groups/${GE}/description`,
      { description: '' },
    ],
    [
      'subject from { subject }',
      (c: WasendClient) => c.setGroupSubject(S, G, { subject: 'New name' }),
      'PUT',
      `/${S}/groups/${GE}/subject`,
      { subject: 'New name' },
    ],
    [
      'participants: phone JIDs, deduplicated, notify kept',
      (c: WasendClient) =>
        c.addGroupParticipants(S, G, {
          participants: ['+49 170 1234567', '491701234567@c.us'],
          notify: true,
        }),
      'POST',
      `/${S}/groups/${GE}/participants/add`,
      { participants: ['491701234567@c.us'], notify: true },
    ],
    [
      "participants as { id } for a WAHA engine, by the call's option",
      (c: WasendClient) =>
        c.demoteGroupParticipants(S, G, { participants: ['491701234567'], participantsFormat: 'objects' }),
      'POST',
      `/${S}/groups/${GE}/admin/demote`,
      { participants: [{ id: '491701234567@c.us' }] },
    ],
    [
      'createSession: the phone as +digits',
      (c: WasendClient) =>
        c.createSession({
          sessionName: 'Support',
          phoneNumber: '0170 1234567',
          enableWebhook: true,
          webhookUrl: 'https://h.test',
        }),
      'POST',
      '/sessions',
      {
        sessionName: 'Support',
        phoneNumber: '+01701234567',
        enableWebhook: true,
        webhookUrl: 'https://h.test',
      },
    ],
  ])('%s', async (_name, run, method, path, body) => {
    const { client, calls } = clientWith([json(200, { id: G, name: 'x', uniqueSessionId: 's' })]);
    await run(client);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.method).toBe(method);
    expect(new URL(call?.url as string).pathname).toBe(path);
    expect(JSON.parse(call?.body as string)).toEqual(body);
    expect(call?.headers.get('content-type')).toBe('application/json');
  });

  test("the client's participantsFormat applies when a call gives none", async () => {
    const { client, calls } = clientWith([ok()], { participantsFormat: 'objects' });
    await client.removeGroupParticipants(S, G, ['+49 170 1234567']);
    expect(JSON.parse(calls[0]?.body as string)).toEqual({ participants: [{ id: '491701234567@c.us' }] });
  });

  test.each([
    [
      'getGroups: each parameter, a list as repeated keys',
      (c: WasendClient) =>
        c.getGroups(S, {
          sortBy: 'subject',
          sortOrder: 'desc',
          limit: 10,
          offset: 0,
          exclude: ['participants'],
        }),
      `/${S}/groups?sortBy=subject&sortOrder=desc&limit=10&offset=0&exclude=participants`,
      json(200, []),
    ],
    ['getGroups without parameters', (c: WasendClient) => c.getGroups(S), `/${S}/groups`, json(200, [])],
    [
      'getGroupsCount',
      (c: WasendClient) => c.getGroupsCount(S),
      `/${S}/groups/count`,
      json(200, { count: 1 }),
    ],
    [
      'picture refresh only when true',
      (c: WasendClient) => c.getGroupPicture(S, G, true),
      `/${S}/groups/${GE}/picture?refresh=true`,
      json(200, { url: null }),
    ],
    [
      'no refresh=false',
      (c: WasendClient) => c.getGroupPicture(S, G, { refresh: false }),
      `/${S}/groups/${GE}/picture`,
      json(200, { url: null }),
    ],
    [
      'QR format only when raw',
      (c: WasendClient) => c.retrieveQRCode(S, { format: 'raw' }),
      `/sessions/${S}/auth/qr?format=raw`,
      json(200, { value: 'x' }),
    ],
    [
      'QR image by default',
      (c: WasendClient) => c.retrieveQRCode(S),
      `/sessions/${S}/auth/qr`,
      json(200, { value: 'x' }),
    ],
  ])('%s', async (_name, run, target, answer) => {
    const { client, calls } = clientWith([answer]);
    await run(client);
    const url = new URL(calls[0]?.url as string);
    expect(url.pathname + url.search).toBe(target);
    expect(calls[0]?.body).toBeUndefined();
  });

  test('the QR call asks for exactly application/json (the engine sends PNG bytes otherwise)', async () => {
    const { client, calls } = clientWith([json(200, { mimetype: 'image/png', data: 'iVBOR' })]);
    await client.retrieveQRCode(S, undefined, { headers: { accept: 'text/html' } });
    expect(calls[0]?.headers.get('accept')).toBe('application/json');
  });

  test('a PNG answer arrives as base64, byte for byte', async () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    const { client } = clientWith([new Response(bytes, { headers: { 'content-type': 'image/png' } })]);
    const qr = await client.retrieveQRCode(S);
    expect(qr.image?.mimetype).toBe('image/png');
    expect(Uint8Array.from(atob(qr.image?.data as string), (c) => c.charCodeAt(0))).toEqual(bytes);
  });

  test('revokeGroupInviteLink: the revoke, then the link of the new code', async () => {
    const { client, calls } = clientWith([text(200, 'NewCodeNewCodeNewCode1', 'text/html')]);
    await expect(client.revokeGroupInviteLink(S, G)).resolves.toBe(
      'https://chat.whatsapp.com/NewCodeNewCodeNewCode1',
    );
    expect(new URL(calls[0]?.url as string).pathname).toBe(`/${S}/groups/${GE}/invite-code/revoke`);
  });
});

describe('bad input: a WasendArgumentError, nothing sent', () => {
  test.each([
    [
      'a user JID as group',
      (c: WasendClient) => c.getGroup(S, '491701234567@c.us'),
      /groupId must be a group id/,
    ],
    ['padded session', (c: WasendClient) => c.getGroups(' s'), /sessionId/],
    ['no participants', (c: WasendClient) => c.addGroupParticipants(S, G, []), /non-empty list/],
    ['a group as participant', (c: WasendClient) => c.promoteGroupParticipants(S, G, [G]), /user JID/],
    ['a string flag', (c: WasendClient) => c.setGroupInfoAdminOnly(S, G, 'true' as never), /true\/false/],
    ['a blank subject', (c: WasendClient) => c.setGroupSubject(S, G, '  '), /string or \{ subject \}/],
    ['limit 0', (c: WasendClient) => c.getGroups(S, { limit: 0 }), /limit must be an integer >= 1/],
    ['sortOrder', (c: WasendClient) => c.getGroups(S, { sortOrder: 'up' as never }), /'asc', 'desc'/],
    ['picture scheme', (c: WasendClient) => c.setGroupPicture(S, G, { url: 'ftp://x' }), /\{ url, format\?/],
    [
      'webhook without URL',
      (c: WasendClient) =>
        c.createSession({ sessionName: 'a', phoneNumber: '+491701234567', enableWebhook: true }),
      /webhookUrl is required/,
    ],
    [
      'short phone',
      (c: WasendClient) => c.createSession({ sessionName: 'a', phoneNumber: '123' }),
      /7–15 digits/,
    ],
    ['QR format', (c: WasendClient) => c.retrieveQRCode(S, { format: 'svg' as never }), /'image', 'raw'/],
  ])('%s', async (_name, run, message) => {
    const { client, calls } = clientWith([ok()]);
    const pending = run(client);
    await expect(pending).rejects.toThrow(WasendArgumentError);
    await expect(pending).rejects.toThrow(message);
    expect(calls).toHaveLength(0);
  });
});

describe('retry classes', () => {
  const unavailable = () => json(503, { message: 'down' });
  test('reads (class A) are retried by default', async () => {
    const { client, calls } = clientWith([unavailable(), json(200, [])]);
    await client.getGroups(S);
    expect(calls).toHaveLength(2);
  });

  test('idempotent changes (class B) are retried only when the call asks', async () => {
    const first = clientWith([unavailable(), ok()]);
    await expect(first.client.setGroupSubject(S, G, 'x')).rejects.toMatchObject({ status: 503 });
    expect(first.calls).toHaveLength(1);
    const asked = clientWith([unavailable(), ok()]);
    await asked.client.setGroupSubject(S, G, 'x', { maxRetries: 1 });
    expect(asked.calls).toHaveLength(2);
    const deleted = clientWith([unavailable(), ok()]);
    await deleted.client.deleteSession(S, { maxRetries: 2 });
    expect(deleted.calls).toHaveLength(2);
  });

  test.each([
    [
      'createGroup',
      (c: WasendClient) =>
        c.createGroup(S, { name: 'x', participants: ['+491701234567'] }, { maxRetries: 3 }),
    ],
    ['leaveGroup', (c: WasendClient) => c.leaveGroup(S, G, { maxRetries: 3 })],
    [
      'addGroupParticipants',
      (c: WasendClient) => c.addGroupParticipants(S, G, ['+491701234567'], { maxRetries: 3 }),
    ],
    ['restartSession', (c: WasendClient) => c.restartSession(S, { maxRetries: 3 })],
    [
      'createSession',
      (c: WasendClient) =>
        c.createSession({ sessionName: 'a', phoneNumber: '+491701234567' }, { maxRetries: 3 }),
    ],
  ])('%s (class C) is sent once whatever maxRetries says', async (_name, run) => {
    const { client, calls } = clientWith([unavailable(), ok()]);
    await expect(run(client)).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(1);
  });
});

describe('auth', () => {
  test("'x-api-key' sends the key as X-Api-Key and no Authorization", async () => {
    const { client, calls } = clientWith([json(200, [])], { auth: 'x-api-key' });
    await client.getGroups(S);
    expect(calls[0]?.headers.get('x-api-key')).toBe(KEY);
    expect(calls[0]?.headers.has('authorization')).toBe(false);
  });

  test('the headers option can replace neither key header, in any spelling, on the client or a call', async () => {
    for (const auth of ['bearer', 'x-api-key'] as const) {
      const forged = { 'X-API-KEY': 'forged', Authorization: 'Bearer forged' };
      const { client, calls } = clientWith([json(200, [])], { auth, headers: forged });
      await client.getGroups(S, undefined, { headers: forged });
      const headers = calls[0]?.headers as Headers;
      expect([headers.get('x-api-key'), headers.get('authorization')]).toEqual(
        auth === 'bearer' ? [null, `Bearer ${KEY}`] : [KEY, null],
      );
    }
  });

  test('an unknown auth is refused at construction', () => {
    expect(() => new WasendClient({ apiKey: KEY, auth: 'basic' as never })).toThrow(/auth must be one of/);
  });
});

describe('the methods loaded on first use', () => {
  test('every entry of the lazy areas is a method on the prototype, not an own or enumerable property', async () => {
    const { endpoints } = await import('../src/endpoints/lazy');
    const client = new WasendClient({ apiKey: KEY });
    for (const name of Object.keys(endpoints)) {
      expect(typeof (WasendClient.prototype as unknown as Record<string, unknown>)[name], name).toBe(
        'function',
      );
      expect(Object.keys(client)).not.toContain(name);
    }
    // The official client's 23 Groups methods but the two loaded with the client (invite code,
    // revoke), plus revokeGroupInviteLink; its 8 Sessions, 12 Messages (sendMessage included),
    // 6 Chats, 4 Contacts methods, retrieveAccount and getMessage.
    expect(Object.keys(endpoints)).toHaveLength(22 + 8 + 12 + 6 + 4 + 2);
  });

  test('bad input is a rejected promise, never a synchronous throw', async () => {
    const { client, calls } = clientWith([json(200, [])]);
    const pending = client.getGroups(undefined as never);
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow(WasendArgumentError);
    expect(calls).toHaveLength(0);
  });
});

test('a chunk that cannot be loaded is a WasendConnectionError, not the runtime own import error', async () => {
  vi.resetModules();
  vi.doMock('../src/endpoints/lazy', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
  try {
    const { WasendClient: Fresh, WasendConnectionError } = await import('../src/index');
    const client = new Fresh({ apiKey: KEY, fetch: async () => json(200, []) });
    await expect(client.getGroups(S)).rejects.toThrow(WasendConnectionError);
    await expect(client.getGroups(S)).rejects.toThrow('could not load the client code for this method');
  } finally {
    vi.doUnmock('../src/endpoints/lazy');
    vi.resetModules();
  }
});
