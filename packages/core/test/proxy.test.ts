// What the shared proxy cases (packages/test-suite/src/cases/proxy.ts, run in Node, Deno, workerd and
// Chromium against the mock server) cannot stage: option checks, and a custom fetch that ignores its
// signal. Forwarding, refusals, authorize, CORS, upstream failures and redaction live there.
import { expect, test } from 'vitest';
import { WasendArgumentError } from '../src/index';
import { createWasendProxy } from '../src/proxy';
import { KEY } from './helpers';

test('creation: authorize and a key are required', () => {
  const base = { apiKey: KEY, authorize: () => true };
  expect(() => createWasendProxy({ apiKey: KEY } as never)).toThrow(WasendArgumentError);
  expect(() => createWasendProxy({ ...base, apiKey: '' })).toThrow(WasendArgumentError);
  expect(() => createWasendProxy({ ...base, apiKey: null as never })).toThrow(WasendArgumentError);
  expect(() => createWasendProxy({ ...base, baseUrl: 'nope' })).toThrow(WasendArgumentError);
  expect(() => createWasendProxy({ ...base, prefix: 'wasend' })).toThrow(WasendArgumentError);
  expect(() => createWasendProxy({ ...base, timeout: -1 })).toThrow(WasendArgumentError);
  expect(() => createWasendProxy(base)).not.toThrow();
});

test('a custom fetch that ignores its signal still times out → 504', async () => {
  const proxy = createWasendProxy({
    apiKey: KEY,
    baseUrl: 'https://upstream.test',
    authorize: () => true,
    fetch: () => new Promise<Response>(() => {}),
    timeout: 20,
  });
  const response = await proxy(new Request('https://my.app/s/groups/g/invite-code'));
  expect(response.status).toBe(504);
  expect((await response.json()).error.type).toBe('WasendTimeoutError');
});

test("allow: a chat or message id that is no single segment ('/', '..', '%') is refused, nothing upstream", async () => {
  const upstream: string[] = [];
  const proxy = createWasendProxy({
    apiKey: KEY,
    baseUrl: 'https://upstream.test',
    authorize: () => true,
    allow: ['getMessageById'],
    fetch: async (input) => {
      upstream.push(String(input));
      return Response.json({ id: 'm' });
    },
  });
  for (const path of [
    '/s/chats/a%2Fb@c.us/messages/m1',
    '/s/chats/c@c.us/messages/..%2Fx',
    '/s/chats/c@c.us/messages/%2e%2e',
    '/s/chats/c@c.us/messages/50%25',
  ]) {
    const response = await proxy(new Request(`https://my.app${path}`));
    // 400 for an id refused; 404 where the URL parser already dropped a '..' (no route left).
    expect([400, 404], path).toContain(response.status);
  }
  expect(upstream).toEqual([]);
  const ok = await proxy(
    new Request('https://my.app/s/chats/c%40c.us/messages/true_c%40c.us_1?downloadMedia=false'),
  );
  expect(ok.status).toBe(200);
  expect(upstream).toEqual([
    'https://upstream.test/s/chats/c%40c.us/messages/true_c%40c.us_1?downloadMedia=false',
  ]);
});
