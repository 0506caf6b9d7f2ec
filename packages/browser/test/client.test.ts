import * as core from '@wasend/core';
import { expect, test } from 'vitest';
import * as browser from '../src/index';

const { WasendClient, WasendArgumentError } = browser;
const BASE = 'http://127.0.0.1:9/wasend';
const KEY = 'sk_live_do_not_leak_0123456789';

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

test('re-exports all of core, with its own WasendClient subclass', () => {
  expect(Object.keys(core).filter((name) => !(name in browser))).toEqual([]);
  expect(WasendClient).not.toBe(core.WasendClient);
  expect(new WasendClient({ baseUrl: BASE })).toBeInstanceOf(core.WasendClient);
});

test('proxy mode by default: no apiKey needed, and no Authorization header is sent', async () => {
  const seen: Headers[] = [];
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(new Headers(init?.headers));
    return new Response(JSON.stringify({ success: true, inviteCode: 'AbCdEfGhIjKlMnOpQrStUv' }), {
      headers: { 'content-type': 'application/json' },
    });
  };
  const client = new WasendClient({ baseUrl: BASE, fetch });
  expect(client.baseUrl).toBe(BASE);
  await expect(client.getGroupInviteCode('s1', '1@g.us')).resolves.toBe('AbCdEfGhIjKlMnOpQrStUv');
  expect(seen[0]?.has('authorization')).toBe(false);
});

test('baseUrl is required: a clear WasendArgumentError, never a silent default to the real API', () => {
  for (const options of [undefined, {}, { apiKey: null }, { baseUrl: '' }]) {
    const err = thrown(() => new WasendClient(options as never));
    expect(err).toBeInstanceOf(WasendArgumentError);
    expect(err.message).toMatch(/baseUrl is required/);
  }
  expect(thrown(() => new WasendClient({ baseUrl: 'not a url' }))).toBeInstanceOf(WasendArgumentError);
});

test('an apiKey string is refused without dangerouslyAllowBrowser, and the message never holds the key', () => {
  // A type error as well (the options type wants the flag with a string key):
  // @ts-expect-error apiKey without dangerouslyAllowBrowser: true
  expect(() => new WasendClient({ baseUrl: BASE, apiKey: KEY })).toThrow(WasendArgumentError);
  for (const extra of [{}, { dangerouslyAllowBrowser: false }, { dangerouslyAllowBrowser: 'yes' }]) {
    const options = { baseUrl: BASE, apiKey: KEY, ...(extra as object) } as never;
    const err = thrown(() => new WasendClient(options));
    expect(err).toBeInstanceOf(WasendArgumentError);
    expect(err.message).toMatch(/dangerouslyAllowBrowser: true/);
    expect(`${err.message} ${err.stack} ${JSON.stringify(err)}`).not.toContain(KEY);
  }
});

test('dangerouslyAllowBrowser: true lets a key through (sent as Bearer), core still checks it', async () => {
  let auth: string | null = null;
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    auth = new Headers(init?.headers).get('authorization');
    return new Response('"AbCdEfGhIjKlMnOpQrStUv"', { headers: { 'content-type': 'application/json' } });
  };
  const client = new WasendClient({ baseUrl: BASE, apiKey: KEY, dangerouslyAllowBrowser: true, fetch });
  await client.getGroupInviteCode('s1', '1@g.us');
  expect(auth).toBe(`Bearer ${KEY}`);
  const bad = thrown(() => new WasendClient({ baseUrl: BASE, apiKey: 'a b', dangerouslyAllowBrowser: true }));
  expect(bad).toBeInstanceOf(WasendArgumentError);
  expect(Object.keys(client)).not.toContain('dangerouslyAllowBrowser');
});

test('apiKey written out as undefined (a missing env value) is an error, not a silent proxy mode', () => {
  const err = thrown(
    () => new WasendClient({ baseUrl: BASE, apiKey: undefined, dangerouslyAllowBrowser: true } as never),
  );
  expect(err).toBeInstanceOf(WasendArgumentError);
  expect(err.message).toMatch(/apiKey is required/);
});

test("every request bypasses the HTTP cache (cache: 'no-store'), and a custom fetch is called unbound", async () => {
  const calls: { self: unknown; cache: RequestCache | undefined }[] = [];
  const fetch = async function (this: unknown, _input: RequestInfo | URL, init?: RequestInit) {
    calls.push({ self: this, cache: init?.cache });
    return new Response('"AbCdEfGhIjKlMnOpQrStUv"', { headers: { 'content-type': 'application/json' } });
  };
  const client = new WasendClient({ baseUrl: BASE, fetch });
  await client.getGroupInviteCode('s1', '1@g.us');
  await client.revokeGroupInviteCode('s1', '1@g.us');
  expect(calls).toEqual([
    { self: undefined, cache: 'no-store' },
    { self: undefined, cache: 'no-store' },
  ]);
  expect(thrown(() => new WasendClient({ baseUrl: BASE, fetch: 'nope' as never }))).toBeInstanceOf(
    WasendArgumentError,
  );
});
