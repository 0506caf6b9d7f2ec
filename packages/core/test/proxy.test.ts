import { describe, expect, test } from 'vitest';
import { WasendArgumentError } from '../src/index';
import { createWasendProxy, type WasendProxyOptions } from '../src/proxy';
import { json, KEY, type Step, scriptedFetch, text } from './helpers';

const C = 'AbCdEfGhIjKlMnOpQrStUv';
const APP = 'https://app.example';

function proxyWith(steps: Step[], options: Partial<WasendProxyOptions> = {}) {
  const { fetch, calls } = scriptedFetch(...steps);
  const proxy = createWasendProxy({
    apiKey: KEY,
    baseUrl: 'https://upstream.test/v1/',
    prefix: '/wasend',
    authorize: () => true,
    allowOrigins: [APP],
    fetch,
    ...options,
  });
  return { proxy, calls };
}
const req = (path: string, init: RequestInit = {}) => new Request(`https://my.app${path}`, init);

test('creation: authorize and a key are required', () => {
  const base = { apiKey: KEY, authorize: () => true };
  expect(() => createWasendProxy({ apiKey: KEY } as never)).toThrow(WasendArgumentError);
  expect(() => createWasendProxy({ ...base, apiKey: '' })).toThrow(WasendArgumentError);
  expect(() => createWasendProxy({ ...base, apiKey: null as never })).toThrow(WasendArgumentError);
  expect(() => createWasendProxy({ ...base, baseUrl: 'nope' })).toThrow(WasendArgumentError);
  expect(() => createWasendProxy({ ...base, prefix: 'wasend' })).toThrow(WasendArgumentError);
  expect(() => createWasendProxy(base)).not.toThrow();
});

describe('forwarding', () => {
  test('the four endpoints, raw encoded path and query, real key, no cookies', async () => {
    const { proxy, calls } = proxyWith([
      text(200, C, 'text/html; charset=utf-8', { 'x-request-id': 'req_1', 'set-cookie': 'a=b', server: 'x' }),
    ]);
    const response = await proxy(
      req('/wasend/s1/groups/123%40g.us/invite-code?x=1', {
        headers: {
          authorization: 'Bearer browser',
          cookie: 'session=1',
          accept: 'application/json',
          'x-request-id': 'mine',
        },
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(C);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(response.headers.has('set-cookie')).toBe(false);
    expect(response.headers.has('server')).toBe(false);
    const [call] = calls;
    expect(call?.url).toBe('https://upstream.test/v1/s1/groups/123%40g.us/invite-code?x=1');
    expect(call?.method).toBe('GET');
    expect(call?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(call?.headers.has('cookie')).toBe(false);
    expect(call?.headers.get('accept')).toBe('application/json');
    expect(call?.headers.get('x-request-id')).toBe('mine');
  });
  test.each([
    ['POST', '/wasend/s/groups/g/invite-code/revoke', undefined],
    ['GET', `/wasend/s/groups/join-info?code=${C}`, undefined],
    ['POST', '/wasend/s/groups/join', JSON.stringify({ code: C, inviteCode: C })],
  ])('%s %s', async (method, path, body) => {
    const { proxy, calls } = proxyWith([json(201, { id: 'x@g.us' })]);
    const response = await proxy(
      req(path, { method, body, headers: body ? { 'content-type': 'application/json' } : {} }),
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: 'x@g.us' });
    expect(calls[0]?.method).toBe(method);
    expect(calls[0]?.url).toBe(`https://upstream.test/v1${path.slice('/wasend'.length)}`);
    expect(calls[0]?.body).toBe(body);
    if (body) expect(calls[0]?.headers.get('content-type')).toBe('application/json');
  });
  test('status and retry headers pass through; the key echoed upstream is redacted', async () => {
    const { proxy } = proxyWith([
      json(
        429,
        { error: `key ${KEY} throttled` },
        { 'retry-after': '3', 'retry-after-ms': '3000', 'x-echo': KEY, 'x-request-id': `Bearer ${KEY}` },
      ),
    ]);
    const response = await proxy(req('/wasend/s/groups/g/invite-code'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(response.headers.get('retry-after-ms')).toBe('3000');
    expect(response.headers.get('x-request-id')).toBe('Bearer [REDACTED]');
    const body = await response.text();
    expect(body).not.toContain(KEY);
    expect(JSON.parse(body)).toEqual({ error: 'key [REDACTED] throttled' });
    expect([...response.headers].join()).not.toContain(KEY);
  });
  test('a 204 upstream stays bodiless', async () => {
    const { proxy } = proxyWith([new Response(null, { status: 204 })]);
    expect((await proxy(req('/wasend/s/groups/g/invite-code'))).status).toBe(204);
  });
  test('prefix defaults to ""', async () => {
    const { proxy, calls } = proxyWith([text(200, C)], { prefix: undefined });
    expect((await proxy(req('/s/groups/g/invite-code'))).status).toBe(200);
    expect(calls[0]?.url).toBe('https://upstream.test/v1/s/groups/g/invite-code');
  });
});

describe('refusals (nothing goes upstream)', () => {
  test.each([
    ['GET', '/wasend/s/groups/g/invite-code/revoke'],
    ['POST', '/wasend/s/groups/g/invite-code'],
    ['DELETE', '/wasend/s/groups/g/invite-code'],
    ['GET', '/wasend/s/groups'],
    ['GET', '/wasend/s/messages/send'],
    ['GET', '/s/groups/g/invite-code'],
    ['GET', '/wasendx/s/groups/g/invite-code'],
    ['GET', '/wasend/s/groups/a/b/invite-code'],
    ['GET', '/wasend//groups/g/invite-code'],
  ])('%s %s → 404 JSON', async (method, path) => {
    const { proxy, calls } = proxyWith([text(200, C)]);
    const response = await proxy(req(path, { method }));
    expect(response.status).toBe(404);
    expect((await response.json()).error.type).toBe('NotFoundError');
    expect(calls).toHaveLength(0);
  });
  test('a malformed segment → 400', async () => {
    const { proxy, calls } = proxyWith([text(200, C)]);
    expect((await proxy(req('/wasend/%E0%A4%A/groups/g/invite-code'))).status).toBe(400);
    expect(calls).toHaveLength(0);
  });
  test('authorize false (or not true, or throwing) → 401/500, nothing upstream', async () => {
    for (const authorize of [
      () => false,
      async () => false,
      () => 'yes' as never,
      () => undefined as never,
    ]) {
      const { proxy, calls } = proxyWith([text(200, C)], { authorize });
      const response = await proxy(req('/wasend/s/groups/g/invite-code'));
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { type: 'AuthenticationError', message: expect.any(String) },
      });
      expect(calls).toHaveLength(0);
    }
    const throwing = proxyWith([text(200, C)], {
      authorize: () => {
        throw new Error('db down');
      },
    });
    expect((await throwing.proxy(req('/wasend/s/groups/g/invite-code'))).status).toBe(500);
    expect(throwing.calls).toHaveLength(0);
  });
  test('authorize sees the original request', async () => {
    let seen: string | null = null;
    const { proxy } = proxyWith([text(200, C)], {
      authorize: (request) => {
        seen = request.headers.get('authorization');
        return true;
      },
    });
    await proxy(req('/wasend/s/groups/g/invite-code', { headers: { authorization: 'Bearer app-token' } }));
    expect(seen).toBe('Bearer app-token');
  });
});

describe('CORS', () => {
  test('preflight from an allowed origin is answered here', async () => {
    const { proxy, calls } = proxyWith([text(200, C)]);
    const response = await proxy(
      req('/wasend/s/groups/g/invite-code', {
        method: 'OPTIONS',
        headers: { origin: APP, 'access-control-request-method': 'GET' },
      }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(calls).toHaveLength(0);
  });
  test('preflight from another origin → 403', async () => {
    const { proxy, calls } = proxyWith([text(200, C)]);
    const response = await proxy(
      req('/wasend/s/groups/g/invite-code', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example' },
      }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.has('access-control-allow-origin')).toBe(false);
    expect(calls).toHaveLength(0);
  });
  test('responses to allowed origins expose the retry headers; others get no CORS headers', async () => {
    const { proxy } = proxyWith([text(200, C)]);
    const allowed = await proxy(req('/wasend/s/groups/g/invite-code', { headers: { origin: APP } }));
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('access-control-expose-headers')).toBe(
      'Retry-After, retry-after-ms, x-request-id',
    );
    expect(allowed.headers.get('vary')).toBe('Origin');
    const other = await proxy(
      req('/wasend/s/groups/g/invite-code', { headers: { origin: 'https://evil.example' } }),
    );
    expect(other.headers.has('access-control-allow-origin')).toBe(false);
  });
  test('error answers carry CORS headers too', async () => {
    const { proxy } = proxyWith([text(200, C)], { authorize: () => false });
    const response = await proxy(req('/wasend/s/groups/g/invite-code', { headers: { origin: APP } }));
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
  });
});

describe('upstream failures', () => {
  test('network error → 502 JSON without details', async () => {
    const { proxy } = proxyWith([new TypeError(`fetch failed for Bearer ${KEY}`)]);
    const response = await proxy(req('/wasend/s/groups/g/invite-code'));
    expect(response.status).toBe(502);
    const body = await response.json();
    expect(body).toEqual({ error: { type: 'WasendConnectionError', message: 'upstream unreachable' } });
  });
  test('timeout → 504', async () => {
    const hang = (call: { signal: AbortSignal | undefined }) =>
      new Promise<Response>((_, reject) =>
        call.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const { proxy } = proxyWith([hang], { timeout: 20 });
    const response = await proxy(req('/wasend/s/groups/g/invite-code'));
    expect(response.status).toBe(504);
    expect((await response.json()).error.type).toBe('WasendTimeoutError');
  });
  test('a custom fetch that ignores its signal still times out → 504', async () => {
    const { proxy } = proxyWith([() => new Promise<Response>(() => {})], { timeout: 20 });
    expect((await proxy(req('/wasend/s/groups/g/invite-code'))).status).toBe(504);
  });
  test('an upstream redirect is not followed → 502', async () => {
    const { proxy, calls } = proxyWith([
      new Response(null, { status: 302, headers: { location: 'https://evil.example/' } }),
    ]);
    expect((await proxy(req('/wasend/s/groups/g/invite-code'))).status).toBe(502);
    expect(calls).toHaveLength(1);
  });
  test('an upstream answer above 1 MiB → 502', async () => {
    const { proxy } = proxyWith([text(200, 'a'.repeat(1024 * 1024 + 1))]);
    expect((await proxy(req('/wasend/s/groups/g/invite-code'))).status).toBe(502);
  });
  test('a request body above 1 MiB → 413', async () => {
    const { proxy, calls } = proxyWith([text(200, C)]);
    const response = await proxy(
      req('/wasend/s/groups/join', { method: 'POST', body: 'a'.repeat(1024 * 1024 + 1) }),
    );
    expect(response.status).toBe(413);
    expect(calls).toHaveLength(0);
  });
});
