import * as core from '@wasend/core';
import { describe, expect, test } from 'vitest';
import { WasendArgumentError, WasendClient } from '../src/index';
import { proxyFromEnv } from '../src/proxy';

const KEY = 'binding-key-1234';
const GID = '120363025988123456@g.us';

/** A fetch that records what the SDK sent and answers like the docs dialect. */
function recordingFetch(body: unknown = { success: true, inviteCode: 'AbCdEfGhIjKlMnOpQrStUv' }) {
  const seen: { url: string; authorization: string | null }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push({ url: request.url, authorization: request.headers.get('authorization') });
    return Response.json(body);
  };
  return { seen, fetch };
}

describe('WasendClient.fromEnv', () => {
  test('reads WASEND_API_KEY and WASEND_BASE_URL from the bindings', async () => {
    const { seen, fetch } = recordingFetch();
    const env = { WASEND_API_KEY: `${KEY}\n`, WASEND_BASE_URL: 'https://wasend.internal/api', OTHER: 1 };
    const client = WasendClient.fromEnv(env, { fetch });
    expect(client).toBeInstanceOf(WasendClient);
    expect(client).toBeInstanceOf(core.WasendClient);
    expect(client.baseUrl).toBe('https://wasend.internal/api');
    expect(await client.getGroupInviteCode('s1', GID)).toBe('AbCdEfGhIjKlMnOpQrStUv');
    expect(seen).toEqual([
      {
        url: `https://wasend.internal/api/s1/groups/${encodeURIComponent(GID)}/invite-code`,
        authorization: `Bearer ${KEY}`,
      },
    ]);
  });

  test('options win over bindings; apiKey: null stays null (proxy mode)', async () => {
    const { seen, fetch } = recordingFetch();
    const env = { WASEND_API_KEY: KEY, WASEND_BASE_URL: 'https://from-binding.example' };
    const client = WasendClient.fromEnv(env, { apiKey: null, baseUrl: 'https://my.app/wasend', fetch });
    expect(client.baseUrl).toBe('https://my.app/wasend');
    await client.getGroupInviteCode('s1', GID);
    expect(seen[0]?.authorization).toBeNull();
  });

  test('without WASEND_BASE_URL the default base URL is used', () => {
    expect(WasendClient.fromEnv({ WASEND_API_KEY: KEY }).baseUrl).toBe(core.DEFAULT_BASE_URL);
  });

  test.each([
    ['no binding', {}],
    ['an empty secret', { WASEND_API_KEY: '  ' }],
    ['a non-string binding', { WASEND_API_KEY: { get: () => KEY } }],
  ])('%s → WasendArgumentError naming the binding', (_, env) => {
    // Ill-typed on purpose: bindings come from configuration, not from the type checker.
    expect(() => WasendClient.fromEnv(env as never)).toThrow(WasendArgumentError);
    expect(() => WasendClient.fromEnv(env as never)).toThrow(/WASEND_API_KEY/);
  });

  test('a misspelled binding is a type error (and still a WasendArgumentError at run time)', () => {
    // @ts-expect-error WASEND_APIKEY is no binding this package reads
    const misspelled = () => WasendClient.fromEnv({ WASEND_APIKEY: KEY });
    expect(misspelled).toThrow(/WASEND_API_KEY binding is not set/);
  });

  test('the constructor is core’s: it needs apiKey (Workers have no process-wide env)', () => {
    expect(() => new WasendClient({} as never)).toThrow(WasendArgumentError);
    expect(new WasendClient({ apiKey: KEY }).baseUrl).toBe(core.DEFAULT_BASE_URL);
  });
});

describe('proxyFromEnv', () => {
  const request = (path: string, headers: Record<string, string> = {}) =>
    new Request(`https://demo.example${path}`, { headers });

  test('forwards with the binding key to the binding base URL, dropping the caller’s Authorization', async () => {
    const { seen, fetch } = recordingFetch();
    const proxy = proxyFromEnv(
      { WASEND_API_KEY: KEY, WASEND_BASE_URL: 'https://upstream.example/v1' },
      { prefix: '/wasend', authorize: () => true, fetch },
    );
    const response = await proxy(
      request('/wasend/s1/groups/g1/invite-code', { authorization: 'Bearer caller' }),
    );
    expect(response.status).toBe(200);
    expect(seen).toEqual([
      { url: 'https://upstream.example/v1/s1/groups/g1/invite-code', authorization: `Bearer ${KEY}` },
    ]);
  });

  test('options.baseUrl overrides the binding; authorize false → 401 with nothing upstream', async () => {
    const { seen, fetch } = recordingFetch();
    const proxy = proxyFromEnv(
      { WASEND_API_KEY: KEY, WASEND_BASE_URL: 'https://ignored.example' },
      { baseUrl: 'https://chosen.example', authorize: (r) => r.headers.has('x-ok'), fetch },
    );
    expect((await proxy(request('/s1/groups/g1/invite-code'))).status).toBe(401);
    expect(seen).toEqual([]);
    expect((await proxy(request('/s1/groups/g1/invite-code', { 'x-ok': '1' }))).status).toBe(200);
    expect(seen[0]?.url).toBe('https://chosen.example/s1/groups/g1/invite-code');
  });

  test('CORS for allowOrigins: preflight answered here', async () => {
    const { seen, fetch } = recordingFetch();
    const proxy = proxyFromEnv(
      { WASEND_API_KEY: KEY },
      { authorize: () => true, allowOrigins: ['https://app.example'], fetch },
    );
    const preflight = await proxy(
      new Request('https://demo.example/s1/groups/g1/invite-code', {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example' },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(seen).toEqual([]);
  });

  test('a missing key binding or authorize → WasendArgumentError', () => {
    expect(() => proxyFromEnv({}, { authorize: () => true })).toThrow(/WASEND_API_KEY/);
    expect(() => proxyFromEnv({ WASEND_API_KEY: KEY }, {} as never)).toThrow(WasendArgumentError);
  });
});
