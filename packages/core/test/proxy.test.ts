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
