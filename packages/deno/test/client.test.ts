import * as core from '@wasend/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { WasendClient } from '../src/client.ts';
import { VERSION } from '../src/version.ts';
import { fakeDeno } from './fakeDeno.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fetch that answers every request with a code and records the request. */
function recordingFetch() {
  const seen: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(new Request(input, init));
    return Response.json({ success: true, inviteCode: 'AbCdEfGhIjKlMnOpQrStUv' });
  };
  return { seen, fetch };
}

describe('WasendClient (@wasend/deno)', () => {
  test('is a subclass of core WasendClient', () => {
    vi.stubGlobal('Deno', fakeDeno({}));
    expect(new WasendClient({ apiKey: 'k' })).toBeInstanceOf(core.WasendClient);
  });

  test('key and base URL from Deno.env when granted; User-Agent names the SDK and Deno', async () => {
    vi.stubGlobal(
      'Deno',
      fakeDeno({
        vars: { WASEND_API_KEY: ' env-key\n', WASEND_BASE_URL: 'https://example.test/wasend/' },
        granted: 'all',
        version: '2.9.6',
      }),
    );
    const { seen, fetch } = recordingFetch();
    const client = new WasendClient({ fetch });
    expect(client.baseUrl).toBe('https://example.test/wasend');
    await client.getGroupInviteCode('s1', '1@g.us');
    expect(seen[0]?.url).toBe('https://example.test/wasend/s1/groups/1%40g.us/invite-code');
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer env-key');
    expect(seen[0]?.headers.get('user-agent')).toBe(`wasend-js/${VERSION} deno/2.9.6`);
  });

  test('without env permission: WasendArgumentError naming --allow-env, Deno.env untouched', () => {
    const deno = fakeDeno({ vars: { WASEND_API_KEY: 'env-key' } });
    vi.stubGlobal('Deno', deno);
    expect(() => new WasendClient()).toThrow(core.WasendArgumentError);
    expect(() => new WasendClient()).toThrow(/--allow-env=WASEND_API_KEY/);
    expect(new WasendClient({ apiKey: 'k' }).baseUrl).toBe(core.DEFAULT_BASE_URL);
    expect(deno.reads).toEqual([]);
  });

  test('granted but unset: WasendArgumentError saying WASEND_API_KEY is not set', () => {
    vi.stubGlobal('Deno', fakeDeno({ granted: 'all' }));
    expect(() => new WasendClient()).toThrow(/WASEND_API_KEY is not set/);
  });

  test('options win over the environment; apiKey null stays null', async () => {
    vi.stubGlobal(
      'Deno',
      fakeDeno({ vars: { WASEND_API_KEY: 'env-key', WASEND_BASE_URL: 'https://env.test' }, granted: 'all' }),
    );
    const { seen, fetch } = recordingFetch();
    await new WasendClient({ apiKey: 'mine', baseUrl: 'https://mine.test', fetch }).getGroupInviteCode(
      's',
      'g',
    );
    await new WasendClient({ apiKey: null, fetch }).getGroupInviteCode('s', 'g');
    expect(seen[0]?.url.startsWith('https://mine.test/')).toBe(true);
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer mine');
    expect(seen[1]?.url.startsWith('https://env.test/')).toBe(true);
    expect(seen[1]?.headers.get('authorization')).toBeNull();
  });

  test('a caller User-Agent (any spelling) wins', async () => {
    vi.stubGlobal('Deno', fakeDeno({}));
    const { seen, fetch } = recordingFetch();
    await new WasendClient({ apiKey: 'k', fetch, headers: { 'USER-AGENT': 'mine/1' } }).getGroupInviteCode(
      's',
      'g',
    );
    expect(seen[0]?.headers.get('user-agent')).toBe('mine/1');
  });

  test('outside Deno: no env read, User-Agent without a Deno part', async () => {
    vi.stubGlobal('Deno', undefined);
    expect(() => new WasendClient()).toThrow(core.WasendArgumentError);
    const { seen, fetch } = recordingFetch();
    await new WasendClient({ apiKey: 'k', fetch }).getGroupInviteCode('s', 'g');
    expect(seen[0]?.headers.get('user-agent')).toBe(`wasend-js/${VERSION}`);
  });

  test('core option checks still apply', () => {
    vi.stubGlobal('Deno', fakeDeno({}));
    expect(() => new WasendClient({ apiKey: 'a b' })).toThrow(core.WasendArgumentError);
    expect(() => new WasendClient({ apiKey: 'k', baseUrl: 'ftp://x' })).toThrow(core.WasendArgumentError);
  });
});
