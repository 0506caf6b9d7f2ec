// Faults, the request log and CORS on the Messages, Chats and Contacts endpoints, over a real
// socket; and the seeded default scenario's demo chat.
import { expect, test } from 'vitest';
import { auth, call, createScenario, useServer } from './helpers';

const ctx = useServer();
const ALICE = '491700000002@c.us';
const json = { ...auth(), 'content-type': 'application/json' };

test('faults match the new paths; every request is logged with its body and query; CORS as before', async () => {
  const { id, baseUrl } = await createScenario(ctx.server, {
    dialect: 'gows',
    contacts: [{ id: ALICE }],
    faults: [
      {
        match: { method: 'POST', path: '/sendText' },
        times: 1,
        respond: { status: 503, body: { error: 'busy' } },
      },
      {
        match: { path: '/contacts/check-exists' },
        times: 1,
        respond: { status: 429, headers: { 'retry-after': '1' } },
      },
      { match: { path: '/chats/' }, times: 1, respond: { reset: 'before-headers' } },
    ],
  });
  const text = '{"session":"default","to":"+491700000002","chatId":"491700000002@c.us","text":"Hi"}';
  const faulted = await call(`${baseUrl}/sendText`, { method: 'POST', headers: json, body: text });
  expect([faulted.status, faulted.body, faulted.headers.get('access-control-allow-origin')]).toEqual([
    503,
    '{"error":"busy"}',
    '*',
  ]);
  const sent = await call(`${baseUrl}/sendText`, { method: 'POST', headers: json, body: text });
  expect([sent.status, sent.headers.get('x-request-id')]).toEqual([201, expect.stringMatching(/^req_\d+$/)]);
  const exists = `${baseUrl}/contacts/check-exists?session=default&phone=491700000002`;
  expect((await call(exists, { headers: auth() })).headers.get('retry-after')).toBe('1');
  expect(JSON.parse((await call(exists, { headers: auth() })).body)).toEqual({
    numberExists: true,
    chatId: ALICE,
  });
  const messages = `${baseUrl}/default/chats/491700000002%40c.us/messages?limit=5`;
  await expect(fetch(messages, { headers: auth() })).rejects.toThrow();
  expect(JSON.parse((await call(messages, { headers: auth() })).body)).toHaveLength(1);
  const preflight = await call(`${baseUrl}/reaction`, { method: 'OPTIONS' });
  expect([preflight.status, preflight.headers.get('access-control-allow-methods')]).toEqual([
    204,
    'GET, POST, PUT, DELETE, OPTIONS',
  ]);

  const log = await (await fetch(`${ctx.server.url}/__mock/scenarios/${id}/requests`)).json();
  expect(
    log.map((r: { method: string; path: string; query: object; body: string | null }) => [
      r.method,
      r.path,
      r.query,
      r.body,
    ]),
  ).toEqual([
    ['POST', '/sendText', {}, text],
    ['POST', '/sendText', {}, text],
    ['GET', '/contacts/check-exists', { session: 'default', phone: '491700000002' }, null],
    ['GET', '/contacts/check-exists', { session: 'default', phone: '491700000002' }, null],
    ['GET', '/default/chats/491700000002%40c.us/messages', { limit: '5' }, null],
    ['GET', '/default/chats/491700000002%40c.us/messages', { limit: '5' }, null],
  ]);
});

test('the default scenario has a demo chat with Alice (one unread) and two contacts', async () => {
  const { listen, DEFAULT_SCENARIO } = await import('../src/index');
  const server = await listen({ port: 0, dialect: 'docs' });
  try {
    const res = await call(`${server.url}/${DEFAULT_SCENARIO.sessionId}/chats`, {
      headers: auth(DEFAULT_SCENARIO.apiKey),
    });
    expect(JSON.parse(res.body)).toEqual({
      success: true,
      data: [
        {
          id: DEFAULT_SCENARIO.chatId,
          name: 'Alice',
          isGroup: false,
          timestamp: 1700000120,
          unreadCount: 1,
          archived: false,
          pinned: false,
        },
      ],
    });
    const contacts = await call(`${server.url}/contacts/all?session=demo`, {
      headers: auth(DEFAULT_SCENARIO.apiKey),
    });
    expect(JSON.parse(contacts.body).data).toHaveLength(2);
  } finally {
    await server.close();
  }
});
