import { describe, expect, test, vi } from 'vitest';
import {
  NotFoundError,
  WasendAPIError,
  WasendArgumentError,
  WasendClient,
  WasendConnectionError,
  WasendResponseError,
  WasendTimeoutError,
} from '../src/index';
import { clientWith, json, KEY, rejection, scriptedFetch, text } from './helpers';

const C = 'AbCdEfGhIjKlMnOpQrStUv';
const GID = '120363025988123456@g.us';

describe('constructor', () => {
  const make = (options: object) => () => new WasendClient(options as never);
  test('apiKey: undefined, empty, inner whitespace or control chars, non-string', () => {
    expect(make({})).toThrow(/pass null to call a key-holding proxy/);
    for (const apiKey of [undefined, '', '   ', 'a b', 'a\tb', 'a\u0000b', 'a\u007fb', 42]) {
      expect(make({ apiKey }), String(apiKey)).toThrow(WasendArgumentError);
    }
    expect(() => new (WasendClient as unknown as new () => WasendClient)()).toThrow(WasendArgumentError);
  });
  test('the key message never contains the key', () => {
    try {
      new WasendClient({ apiKey: 'sk_x\u0001yz' });
    } catch (error) {
      expect((error as Error).message).not.toContain('sk_x');
    }
  });
  test('baseUrl: default, prefix kept, trailing slash stripped, bad ones rejected', () => {
    expect(new WasendClient({ apiKey: 'k' }).baseUrl).toBe('https://api.wasend.dev');
    expect(new WasendClient({ apiKey: 'k', baseUrl: 'https://x.dev/wasend/' }).baseUrl).toBe(
      'https://x.dev/wasend',
    );
    expect(new WasendClient({ apiKey: null, baseUrl: 'http://127.0.0.1:8080' }).baseUrl).toBe(
      'http://127.0.0.1:8080',
    );
    for (const baseUrl of [
      'api.wasend.dev',
      'ftp://x.dev',
      'not a url',
      '',
      'https://x.dev/?a=1',
      'https://u:p@x.dev',
      5,
    ]) {
      expect(make({ apiKey: 'k', baseUrl }), String(baseUrl)).toThrow(WasendArgumentError);
    }
  });
  test('timeout, maxRetries, retryBackoff, fetch, headers', () => {
    for (const bad of [
      { timeout: -1 },
      { timeout: Number.POSITIVE_INFINITY },
      { timeout: '5' },
      { maxRetries: 1.5 },
      { maxRetries: -1 },
      { retryBackoff: { initialMs: -1 } },
      { retryBackoff: { maxMs: Number.NaN } },
      { retryBackoff: 5 },
      { fetch: 'fetch' },
      { headers: { 'bad header': 'x' } },
      { headers: 'x' },
    ]) {
      expect(make({ apiKey: 'k', ...bad }), JSON.stringify(bad)).toThrow(WasendArgumentError);
    }
    expect(make({ apiKey: 'k', timeout: 0, maxRetries: 0, retryBackoff: { initialMs: 0 } })).not.toThrow();
  });
});

describe('requests on the wire', () => {
  test('getGroupInviteCode: path encoding, headers, trimmed key', async () => {
    const { client, calls } = clientWith([text(200, C, 'text/html; charset=utf-8')], {
      apiKey: `  ${KEY}\n`,
      baseUrl: 'https://api.test/prefix/',
      headers: { 'X-Extra': '1', AUTHORIZATION: 'Bearer stolen' },
    });
    expect(
      await client.getGroupInviteCode('my session', GID, {
        headers: { authorization: 'nope', 'x-call': '2' },
      }),
    ).toBe(C);
    const [call] = calls;
    expect(call?.url).toBe(
      'https://api.test/prefix/my%20session/groups/120363025988123456%40g.us/invite-code',
    );
    expect(call?.method).toBe('GET');
    expect(call?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(call?.headers.get('accept')).toBe('application/json, text/plain, */*');
    expect(call?.headers.get('x-extra')).toBe('1');
    expect(call?.headers.get('x-call')).toBe('2');
    expect(call?.headers.has('content-type')).toBe(false);
  });
  test('apiKey null sends no Authorization at all', async () => {
    const { client, calls } = clientWith([json(200, { inviteCode: C })], {
      apiKey: null,
      headers: { Authorization: 'x' },
    });
    await client.getGroupInviteCode('s', 'g');
    expect(calls[0]?.headers.has('authorization')).toBe(false);
  });
  test('an id with / ? # .. is refused before sending (a decoding hop would change the endpoint)', async () => {
    const { client, calls } = clientWith([text(200, C)]);
    await expect(client.getGroupInviteCode('../admin', 'g@g.us')).rejects.toBeInstanceOf(WasendArgumentError);
    await expect(client.getGroupInviteCode('s', 'a/b?c#d')).rejects.toBeInstanceOf(WasendArgumentError);
    expect(calls).toHaveLength(0);
  });
  test('an id with characters that need encoding still travels as one segment', async () => {
    const { client, calls } = clientWith([text(200, C)]);
    await client.getGroupInviteCode('my session', 'a&b=c+d@g.us');
    expect(calls[0]?.url).toBe('https://api.test/my%20session/groups/a%26b%3Dc%2Bd%40g.us/invite-code');
  });
  test('getGroupInviteLink', async () => {
    const { client } = clientWith([json(200, C)]);
    expect(await client.getGroupInviteLink('s', 'g')).toBe(`https://chat.whatsapp.com/${C}`);
  });
  test('revokeGroupInviteCode: POST, no body, 201 accepted', async () => {
    const { client, calls } = clientWith([text(201, C, 'text/html')]);
    expect(await client.revokeGroupInviteCode('s', GID)).toBe(C);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url).toBe(`https://api.test/s/groups/${encodeURIComponent(GID)}/invite-code/revoke`);
    expect(calls[0]?.body).toBeUndefined();
  });
  test('getGroupJoinInfo sends ?code=<bare code>', async () => {
    const { client, calls } = clientWith([json(200, { id: GID, subject: 'x', creation: 0 })]);
    const info = await client.getGroupJoinInfo('s', ` https://chat.whatsapp.com/${C}?mode=r_c `);
    expect(info).toStrictEqual({ id: GID, name: 'x', createdAt: '1970-01-01T00:00:00.000Z' });
    expect(calls[0]?.url).toBe(`https://api.test/s/groups/join-info?code=${C}`);
  });
  test('joinGroup: every input form POSTs {code, inviteCode}', async () => {
    for (const input of [
      C,
      `https://chat.whatsapp.com/invite/${C}`,
      { code: C },
      { inviteCode: C },
      { inviteLink: `chat.whatsapp.com/${C}` },
    ]) {
      const { client, calls } = clientWith([json(201, { id: GID })]);
      expect(await client.joinGroup('s', input)).toStrictEqual({ id: GID });
      expect(calls[0]?.method).toBe('POST');
      expect(calls[0]?.url).toBe('https://api.test/s/groups/join');
      expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ code: C, inviteCode: C });
      expect(calls[0]?.headers.get('content-type')).toBe('application/json');
    }
  });
  test('request(): query, JSON body, parsed body as it came, empty → undefined', async () => {
    const { client, calls } = clientWith([
      json(200, { success: true, data: [1] }),
      text(204, ''),
      text(200, '123456', 'text/plain'),
    ]);
    expect(
      await client.request({
        method: 'post',
        path: '/x/y',
        query: { a: 'b c', n: 1, u: undefined },
        body: { z: 1 },
      }),
    ).toEqual({
      success: true,
      data: [1],
    });
    expect(calls[0]?.url).toBe('https://api.test/x/y?a=b+c&n=1');
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.body).toBe('{"z":1}');
    expect(await client.request({ method: 'GET', path: '/empty' })).toBeUndefined();
    expect(await client.request({ method: 'GET', path: '/num' })).toBe('123456');
  });
});

describe('bad input is a rejected promise, never a synchronous throw', () => {
  test.each([
    ['empty session', (c: WasendClient) => c.getGroupInviteCode('', 'g')],
    ['dot group', (c: WasendClient) => c.getGroupInviteCode('s', '..')],
    ['lone surrogate', (c: WasendClient) => c.revokeGroupInviteCode('\uD800', 'g')],
    ['non-string id', (c: WasendClient) => c.getGroupInviteLink('s', 5 as never)],
    ['bad code', (c: WasendClient) => c.getGroupJoinInfo('s', 'nope')],
    ['bad join input', (c: WasendClient) => c.joinGroup('s', { foo: 1 } as never)],
    ['null join input', (c: WasendClient) => c.joinGroup('s', null as never)],
    ['bad timeout', (c: WasendClient) => c.getGroupInviteCode('s', 'g', { timeout: -5 })],
    ['bad maxRetries', (c: WasendClient) => c.getGroupInviteCode('s', 'g', { maxRetries: 0.5 })],
    ['bad signal', (c: WasendClient) => c.getGroupInviteCode('s', 'g', { signal: 'x' as never })],
    ['bad headers', (c: WasendClient) => c.getGroupInviteCode('s', 'g', { headers: { 'a b': 'c' } })],
    ['request path', (c: WasendClient) => c.request({ method: 'GET', path: 'x' })],
    ['request method', (c: WasendClient) => c.request({ method: 'G ET', path: '/x' })],
    ['request null', (c: WasendClient) => c.request(null as never)],
  ])('%s', async (_name, run) => {
    const { client, calls } = clientWith([text(200, C)]);
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = run(client);
    }).not.toThrow();
    expect(await rejection(promise as Promise<unknown>)).toBeInstanceOf(WasendArgumentError);
    expect(calls).toHaveLength(0);
  });
});

describe('answers', () => {
  test('success:false with 200 → WasendAPIError (base class) with status 200', async () => {
    const { client } = clientWith([
      json(200, { success: false, error: 'Group not found' }, { 'x-request-id': 'req_9' }),
    ]);
    const error = (await rejection(client.getGroupInviteCode('s', 'g'))) as WasendAPIError;
    expect(error.constructor).toBe(WasendAPIError);
    expect(error.status).toBe(200);
    expect(error.message).toBe('200 Group not found');
    expect(error.requestId).toBe('req_9');
  });
  test('success:false through request() too', async () => {
    const { client } = clientWith([json(200, { success: false, error: 'no' })]);
    expect(await rejection(client.request({ method: 'GET', path: '/x' }))).toBeInstanceOf(WasendAPIError);
  });
  test('error: status, body, lowercase headers, requestId', async () => {
    const { client } = clientWith([
      json(
        404,
        { statusCode: 404, message: 'Group not found', error: 'Not Found' },
        { 'X-Request-Id': 'req_1' },
      ),
    ]);
    const error = (await rejection(client.getGroupInviteCode('s', 'g'))) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('404 Group not found');
    expect(error.body).toEqual({ statusCode: 404, message: 'Group not found', error: 'Not Found' });
    expect(error.headers['x-request-id']).toBe('req_1');
    expect(error.headers['content-type']).toBe('application/json');
    expect(error.requestId).toBe('req_1');
  });
  test('empty 200 → WasendResponseError', async () => {
    const { client } = clientWith([text(200, '')]);
    expect(await rejection(client.getGroupInviteCode('s', 'g'))).toBeInstanceOf(WasendResponseError);
  });
  test('2xx larger than 1 MiB: by content-length and while streaming', async () => {
    const big = 'a'.repeat(1024 * 1024 + 1);
    const declared = clientWith([text(200, big, 'text/plain')]);
    expect(await rejection(declared.client.getGroupInviteCode('s', 'g'))).toBeInstanceOf(WasendResponseError);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(97));
      },
    });
    const streamed = clientWith([new Response(endless, { status: 200 })]);
    const error = await rejection(streamed.client.getGroupInviteCode('s', 'g'));
    expect(error).toBeInstanceOf(WasendResponseError);
    expect(error.message).toMatch(/1 MiB/);
    expect(pulled).toBeLessThan(20);
  });
  test('an oversized error body still gives the right error class', async () => {
    const { client } = clientWith([text(404, 'x'.repeat(2 * 1024 * 1024), 'text/plain')]);
    expect(await rejection(client.getGroupInviteCode('s', 'g'))).toBeInstanceOf(NotFoundError);
  });
});

describe('redirects', () => {
  const redirect = (status: number, location: string) =>
    new Response(null, { status, headers: { location } });
  test('same origin is followed; 303 turns into GET', async () => {
    const { client, calls } = clientWith([redirect(303, '/elsewhere'), text(200, C)]);
    expect(await client.revokeGroupInviteCode('s', 'g')).toBe(C);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST https://api.test/s/groups/g/invite-code/revoke',
      'GET https://api.test/elsewhere',
    ]);
    expect(calls[1]?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
  });
  test('more than 5 hops', async () => {
    const { client, calls } = clientWith([() => redirect(307, '/loop')], { maxRetries: 2 });
    expect(await rejection(client.getGroupInviteCode('s', 'g'))).toBeInstanceOf(WasendConnectionError);
    expect(calls).toHaveLength(6);
  });
});

// Retry timing, Retry-After and exhaustion run in every runtime in @wasend/test-suite (retries.ts and
// the fault matrix); here, what they do not cover.
describe('retries', () => {
  test('not retried: 400, 401, 404, 409 (which ofetch would retry by default), 422', async () => {
    for (const status of [400, 401, 404, 409, 422]) {
      const { client, calls } = clientWith([json(status, {})], { maxRetries: 3 });
      await rejection(client.getGroupInviteCode('s', 'g'));
      expect(calls, String(status)).toHaveLength(1);
    }
  });
  test('logger: debug per attempt, warn per failure and retry, never the key', async () => {
    const lines: string[] = [];
    const logger = {
      debug: (m: string, meta?: object) => lines.push(`debug ${m} ${JSON.stringify(meta)}`),
      warn: (m: string, meta?: object) => lines.push(`warn ${m} ${JSON.stringify(meta)}`),
    };
    const { client } = clientWith([json(503, { message: `down ${KEY}` }), text(200, C)], { logger });
    await client.getGroupInviteCode('s', 'g');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^debug GET \/s\/groups\/g\/invite-code 503 \d+ms/);
    expect(lines[1]).toMatch(
      /^warn GET \/s\/groups\/g\/invite-code failed: 503 down \[REDACTED\]; retry 1\/2 in \d+ms/,
    );
    expect(lines[2]).toMatch(/^debug GET .* 200/);
    expect(lines.join('\n')).not.toContain(KEY);
  });
  test('a throwing logger does not fail the call', async () => {
    const logger = {
      debug: () => {
        throw new Error('boom');
      },
    };
    const { client } = clientWith([text(200, C)], { logger });
    expect(await client.getGroupInviteCode('s', 'g')).toBe(C);
  });
});

// What the fault matrix of @wasend/test-suite does not stage: a fresh signal per attempt, and no
// listener left on the caller's signal.
describe('timeouts and aborts', () => {
  const hang = (call: { signal: AbortSignal | undefined }) =>
    new Promise<Response>((_, reject) =>
      call.signal?.addEventListener('abort', () => reject(call.signal?.reason)),
    );

  test('timeout per attempt → WasendTimeoutError, retried for GET', async () => {
    const { client, calls } = clientWith([hang], { timeout: 30, maxRetries: 1 });
    const error = await rejection(client.getGroupInviteCode('s', 'g'));
    expect(error).toBeInstanceOf(WasendTimeoutError);
    expect(error).toBeInstanceOf(WasendConnectionError);
    expect(calls).toHaveLength(2);
    expect(calls[0]?.signal).not.toBe(calls[1]?.signal);
  });
  test('no listener stays on a long-lived caller signal', async () => {
    const controller = new AbortController();
    const add = vi.spyOn(controller.signal, 'addEventListener');
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const { client } = clientWith([json(503, {}), new TypeError('x'), text(200, C)], { maxRetries: 3 });
    await client.getGroupInviteCode('s', 'g', { signal: controller.signal });
    await rejection(client.getGroupInviteCode('', 'g', { signal: controller.signal }));
    expect(add.mock.calls.length).toBeGreaterThan(0);
    expect(remove.mock.calls.length).toBe(add.mock.calls.length);
  });
});

test('custom fetch is called unbound; the global fetch is looked up per call', async () => {
  const seen: unknown[] = [];
  const custom = function (this: unknown) {
    seen.push(this);
    return Promise.resolve(text(200, C));
  };
  await new WasendClient({ apiKey: 'k', fetch: custom as never }).getGroupInviteCode('s', 'g');
  expect(seen).toEqual([undefined]);

  const client = new WasendClient({ apiKey: 'k', baseUrl: 'https://api.test' });
  const { fetch, calls } = scriptedFetch(text(200, C));
  vi.stubGlobal('fetch', fetch);
  try {
    expect(await client.getGroupInviteCode('s', 'g')).toBe(C);
    expect(calls).toHaveLength(1);
  } finally {
    vi.unstubAllGlobals();
  }
});
