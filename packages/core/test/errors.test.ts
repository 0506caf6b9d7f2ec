/// <reference types="node" />
import { inspect } from 'node:util';
import { describe, expect, test, vi } from 'vitest';
import { createAPIError } from '../src/errors';
import {
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  isWasendError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  WasendAPIError,
  WasendConnectionError,
  WasendError,
} from '../src/index';
import { extractMessage } from '../src/schemas/errorBody';
import { clientWith, json, KEY, rejection, text } from './helpers';

describe('message extraction: the six error body shapes of docs/contract.md', () => {
  test('1. {success:false, error}', () => {
    expect(extractMessage({ success: false, error: 'Group not found' })).toBe('Group not found');
  });
  test('2. NestJS, string and array message', () => {
    expect(extractMessage({ statusCode: 404, message: 'Session not found', error: 'Not Found' })).toBe(
      'Session not found',
    );
    expect(
      extractMessage({
        statusCode: 400,
        message: ['code must be a string', 'code is empty'],
        error: 'Bad Request',
      }),
    ).toBe('code must be a string; code is empty');
  });
  test('3. session not ready', () => {
    const body = {
      error: 'Session status is not as expected',
      session: 'default',
      status: 'STARTING',
      expected: ['WORKING'],
    };
    expect(extractMessage(body)).toBe('Session status is not as expected');
  });
  test('4. engine crash: exception.message first', () => {
    const body = {
      statusCode: 500,
      exception: { message: 'not-authorized', name: 'Error' },
      request: { path: '/x' },
    };
    expect(extractMessage(body)).toBe('not-authorized');
  });
  test('5. {error:{code,message}}', () => {
    expect(extractMessage({ error: { code: 403, message: 'not an admin' } })).toBe('not an admin');
  });
  test('6. HTML or text from a gateway, reduced and cut short', () => {
    const html =
      '<html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
    expect(extractMessage(html)).toBe('502 Bad Gateway 502 Bad Gateway nginx');
    expect(extractMessage('  upstream   timed out\n')).toBe('upstream timed out');
    const long = extractMessage(`<p>${'x'.repeat(1000)}</p>`) ?? '';
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('…')).toBe(true);
  });
  test('nothing usable → undefined', () => {
    expect(extractMessage(undefined)).toBeUndefined();
    expect(extractMessage('')).toBeUndefined();
    expect(extractMessage({ foo: 1 })).toBeUndefined();
    expect(extractMessage(42)).toBeUndefined();
  });
});

describe('the factory', () => {
  test.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [410, NotFoundError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [409, WasendAPIError],
    [418, WasendAPIError],
  ])('%i → %o', (status, Class) => {
    const error = createAPIError(status, { message: 'nope' }, { 'x-request-id': 'req_1' });
    expect(error).toBeInstanceOf(Class);
    expect(error.constructor).toBe(Class);
    expect(error.name).toBe(Class.name);
    expect(error.message).toBe(`${status} nope`);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe('req_1');
    expect(String(error.stack)).toContain(`${Class.name}: ${status} nope`);
  });
  test('no body → HTTP <status>', () => {
    expect(createAPIError(502, undefined, {}).message).toBe('HTTP 502');
    expect(createAPIError(404, undefined, {}).requestId).toBeUndefined();
  });
  test('RateLimitError.retryAfterMs whenever the server gave one', () => {
    expect((createAPIError(429, undefined, { 'retry-after': '120' }) as RateLimitError).retryAfterMs).toBe(
      120_000,
    );
    expect((createAPIError(429, undefined, { 'retry-after-ms': '20' }) as RateLimitError).retryAfterMs).toBe(
      20,
    );
    expect((createAPIError(429, undefined, {}) as RateLimitError).retryAfterMs).toBeUndefined();
  });
  test('JSON.stringify shows name, message and fields', () => {
    const parsed = JSON.parse(JSON.stringify(createAPIError(404, { error: 'x' }, {})));
    expect(parsed).toMatchObject({
      name: 'NotFoundError',
      message: '404 x',
      status: 404,
      body: { error: 'x' },
    });
  });
});

describe('isWasendError', () => {
  test('true for every class, false for others', () => {
    expect(isWasendError(new WasendConnectionError('x'))).toBe(true);
    expect(isWasendError(createAPIError(500, undefined, {}))).toBe(true);
    expect(isWasendError(new Error('x'))).toBe(false);
    expect(isWasendError(null)).toBe(false);
    expect(isWasendError('WasendError')).toBe(false);
  });
  test('works across a duplicate copy of the package', async () => {
    vi.resetModules();
    // A second module instance stands in for a second copy of the package (ESM + CJS, two versions).
    const copy = (await import(`../src/errors?${'duplicate'}`)) as typeof import('../src/errors');
    expect(copy.WasendError).not.toBe(WasendError);
    const foreign = new copy.NotFoundError('404 x', { status: 404, body: undefined, headers: {} });
    expect(foreign instanceof WasendError).toBe(false);
    expect(isWasendError(foreign)).toBe(true);
    expect(
      copy.isWasendError(new NotFoundError('404 x', { status: 404, body: undefined, headers: {} })),
    ).toBe(true);
  });
});

describe('the key never appears in an error', () => {
  const leaks = (error: unknown) => {
    const e = error as Error & Record<string, unknown>;
    const views = [
      e.message,
      String(e.stack),
      String(e),
      JSON.stringify(e),
      inspect(e, { depth: 10, showHidden: true }),
      inspect(e.cause, { depth: 10, showHidden: true }),
      JSON.stringify(e.body ?? null),
      JSON.stringify(e.headers ?? null),
      ...Object.getOwnPropertyNames(e).map((name) => inspect(e[name], { depth: 10 })),
    ];
    return views.filter((view) => view.includes(KEY));
  };

  test('echoed in a JSON error body and headers', async () => {
    const { client } = clientWith([
      json(
        401,
        { message: `invalid key ${KEY}`, echo: { auth: `Bearer ${KEY}` } },
        { 'x-echo': `Bearer ${KEY}`, 'x-request-id': KEY },
      ),
    ]);
    const error = await rejection(client.getGroupInviteCode('s', 'g'));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('401 invalid key [REDACTED]');
    expect(leaks(error)).toEqual([]);
  });

  test('echoed in a text body, in exception.message and in a success:false', async () => {
    for (const answer of [
      text(502, `<h1>Bad key ${KEY}</h1>`, 'text/html'),
      json(500, { exception: { message: `key=${encodeURIComponent(KEY)}` } }),
      json(200, { success: false, error: `${KEY} is not allowed` }),
    ]) {
      const { client } = clientWith([answer], { maxRetries: 0 });
      const error = await rejection(client.getGroupInviteCode('s', 'g'));
      expect(isWasendError(error)).toBe(true);
      expect(leaks(error)).toEqual([]);
    }
  });

  test('echoed by a failing custom fetch (message, cause)', async () => {
    const failure = new TypeError(`could not send Authorization: Bearer ${KEY}`, { cause: { code: KEY } });
    const { client } = clientWith([failure], { maxRetries: 0 });
    const error = await rejection(client.getGroupInviteCode('s', 'g'));
    expect(error).toBeInstanceOf(WasendConnectionError);
    expect(leaks(error)).toEqual([]);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.cause).not.toBe(failure);
  });

  test('in a 2xx body that holds no code', async () => {
    const { client } = clientWith([json(200, { token: KEY })]);
    expect(leaks(await rejection(client.getGroupInviteCode('s', 'g')))).toEqual([]);
  });

  test('client itself: util.inspect, JSON.stringify, keys', async () => {
    const { client } = clientWith([json(200, {})]);
    expect(inspect(client, { showHidden: true, depth: 10 })).not.toContain(KEY);
    expect(JSON.stringify(client)).not.toContain(KEY);
    expect(Object.values(client).join()).not.toContain(KEY);
  });
});

describe('printing an error', () => {
  test('console.log / util.inspect of an API error: status, message and request id, not every header', () => {
    const headers: Record<string, string> = { 'x-request-id': 'req-7', 'content-type': 'application/json' };
    for (let i = 0; i < 20; i++) headers[`x-header-${i}`] = `value-${i}`;
    const error = createAPIError(404, { message: 'no such group' }, headers);
    const printed = inspect(error);
    expect(printed).toContain('404 no such group');
    expect(printed).toContain('status: 404');
    expect(printed).toContain("requestId: 'req-7'");
    expect(printed).not.toContain('x-header-7');
    expect(JSON.stringify(error)).not.toContain('x-header-7');
    // Still there for whoever asks.
    expect(error.headers['x-header-7']).toBe('value-7');
    expect(Object.keys(error)).not.toContain('headers');
  });

  test('a connection error names the host (some runtimes say only "Network connection lost.")', async () => {
    const { client } = clientWith([new TypeError('Network connection lost.')], { maxRetries: 0 });
    const error = await rejection(client.getGroupInviteCode('s', 'g'));
    expect(error).toBeInstanceOf(WasendConnectionError);
    expect(error.message).toBe('connection to api.test failed: Network connection lost.');
  });
});

describe("hints where today's engine is cryptic", () => {
  test.each([
    [
      403,
      { message: 'Forbidden', statusCode: 403 },
      '403 Forbidden (the API key is probably scoped to another session)',
    ],
    [
      403,
      { success: false, error: 'You are not an admin of this group' },
      '403 You are not an admin of this group',
    ],
    [
      500,
      { statusCode: 500, exception: { message: 'not-authorized', name: 'Error', stack: 'at x' } },
      '500 not-authorized (the session is probably not an admin of this group)',
    ],
    [
      500,
      { statusCode: 500, exception: { message: 'item-not-found' } },
      '500 item-not-found (no such group or invite, or the session is not in the group)',
    ],
    [500, { statusCode: 500, exception: { message: 'invite link revoked' } }, '500 invite link revoked'],
  ])('%i %j', (status, body, message) => {
    expect(createAPIError(status, body, {}).message).toBe(message);
  });

  test('an empty 200 on invite-code says the session is probably not an admin (WEBJS)', async () => {
    const { client } = clientWith([new Response(null, { status: 200 })]);
    await expect(client.getGroupInviteCode('s', 'g@g.us')).rejects.toThrow(
      '200 response holds no invite code (an empty answer: the session is probably not an admin of this group)',
    );
  });
});
