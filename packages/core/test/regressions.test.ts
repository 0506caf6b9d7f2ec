// Defects found by the property cases of @wasend/test-suite (src/cases/properties/), pinned here.
import { describe, expect, test } from 'vitest';
import { plainText } from '../src/htmlText';
import type { Answer } from '../src/http/answer';
import { parseBody } from '../src/http/body';
import { WasendAbortError, WasendArgumentError, WasendClient } from '../src/index';
import { createWasendProxy } from '../src/proxy';
import { readJoinInfo } from '../src/schemas/joinGroup';
import { clientWith, json, KEY } from './helpers';

const answer = (body: unknown): Answer => {
  const text = JSON.stringify(body);
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    text,
    body: parseBody(text, 'json'),
    safeBody: parseBody(text, 'json'),
  };
};

describe('join info: a Baileys `creation` beyond the range of Date', () => {
  // Shrunk counterexample: 200 {"creation":8640000000001,"jid":" "} made toISOString throw a RangeError.
  test.each([8_640_000_000_001, Number.MAX_SAFE_INTEGER])(
    'creation %d → no createdAt, no RangeError',
    (creation) => {
      const info = readJoinInfo(answer({ id: '120363025988123456@g.us', creation }));
      expect(info).toEqual({ id: '120363025988123456@g.us' });
    },
  );

  test('the largest second Date can hold still converts', () => {
    expect(readJoinInfo(answer({ id: 'g@g.us', creation: 8_640_000_000_000 })).createdAt).toBe(
      '+275760-09-13T00:00:00.000Z',
    );
  });

  test('through the client: resolves, never a bare RangeError', async () => {
    const { client } = clientWith([json(200, { jid: 'g@g.us', creation: 1e15 })]);
    await expect(client.getGroupJoinInfo('s', 'AbCdEfGhIjKl')).resolves.toEqual({ id: 'g@g.us' });
  });
});

describe('caller headers: only tab, space and visible ASCII, refused before sending otherwise', () => {
  // Shrunk counterexamples: { 'x-note': '\u007f' } passed `Headers`, then Node and Chromium failed the
  // fetch (a retried WasendConnectionError) and workerd sent it (the server answered 400);
  // '9\u0083' reached the server as Latin-1 from Node, Deno and Chromium but as UTF-8 from workerd.
  test.each(['\u007f', 'a\u007fb', 'a\u0001b', '\u001b[0m', 'a\u001fb', '9\u0083', 'é', '\u00ff'])(
    'value %j → WasendArgumentError, no request',
    async (value) => {
      const { client, calls } = clientWith([json(200, 'AbCdEfGhIjKlMnOp')]);
      await expect(
        client.getGroupInviteCode('s', 'g@g.us', { headers: { 'x-note': value } }),
      ).rejects.toBeInstanceOf(WasendArgumentError);
      expect(() => new WasendClient({ apiKey: 'k', headers: { 'x-note': value } })).toThrow(
        WasendArgumentError,
      );
      expect(calls).toHaveLength(0);
    },
  );

  test.each(['a\tb', ' padded ', '', '!~ "quoted" ;q=0.9'])(
    'value %j (tab, spaces, empty, punctuation) still passes',
    async (value) => {
      const { client, calls } = clientWith([json(200, 'AbCdEfGhIjKlMnOp')]);
      await expect(client.getGroupInviteCode('s', 'g@g.us', { headers: { 'x-note': value } })).resolves.toBe(
        'AbCdEfGhIjKlMnOp',
      );
      expect(calls).toHaveLength(1);
    },
  );
});

describe('delays beyond what a timer holds (2^31 − 1 ms) are clamped, not fired at once', () => {
  // Shrunk counterexample: timeout 2147483648 → WasendTimeoutError "no answer within 2147483648ms"
  // after ~1 ms (setTimeout overflows to 1 ms in every runtime; Node warns TimeoutOverflowWarning).
  test.each([2 ** 31, 1e10, Number.MAX_SAFE_INTEGER])(
    'timeout %d: a reply after 30 ms is read',
    async (timeout) => {
      const slow = () =>
        new Promise<Response>((resolve) => setTimeout(() => resolve(json(200, 'AbCdEfGhIjKlMnOp')), 30));
      const { client } = clientWith([slow], { timeout, maxRetries: 0 });
      await expect(client.getGroupInviteCode('s', 'g@g.us')).resolves.toBe('AbCdEfGhIjKlMnOp');
    },
  );

  test('a backoff of 1e12 ms still waits (the caller aborts it)', async () => {
    const { client, calls } = clientWith(
      [new Response(null, { status: 503 }), json(200, 'AbCdEfGhIjKlMnOp')],
      {
        maxRetries: 1,
        retryBackoff: { initialMs: 1e12, maxMs: 1e12 },
      },
    );
    const controller = new AbortController();
    const call = client.getGroupInviteCode('s', 'g@g.us', { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toHaveLength(1);
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(WasendAbortError);
  });
});

test('proxy: a timeout of 2^31 ms does not overflow into an instant 504', async () => {
  const proxy = createWasendProxy({
    apiKey: KEY,
    baseUrl: 'https://upstream.test',
    authorize: () => true,
    fetch: () => new Promise((resolve) => setTimeout(() => resolve(json(200, 'AbCdEfGhIjKlMnOp')), 30)),
    timeout: 2 ** 31,
  });
  const response = await proxy(new Request('https://my.app/s/groups/g/invite-code'));
  expect(response.status).toBe(200);
  expect(await response.json()).toBe('AbCdEfGhIjKlMnOp');
});

describe('request(): what fetch would refuse is a WasendArgumentError before any request', () => {
  // Found by fuzzing request(): each of these reached fetch, whose TypeError surfaced as a
  // WasendConnectionError (retried for GET), or a bare TypeError (BigInt, cycle), or went out altered.
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  test.each([
    ['GET with a body', { method: 'GET', path: '/x', body: { a: 1 } }],
    ['HEAD with a body', { method: 'head', path: '/x', body: 'x' }],
    ['CONNECT', { method: 'CONNECT', path: '/x' }],
    ['trace', { method: 'trace', path: '/x' }],
    ['a BigInt body', { method: 'POST', path: '/x', body: 1n }],
    ['a circular body', { method: 'POST', path: '/x', body: cycle }],
    [
      'a toJSON that throws',
      {
        method: 'POST',
        path: '/x',
        body: {
          toJSON: () => {
            throw new RangeError('no');
          },
        },
      },
    ],
    ['a lone surrogate in the path', { method: 'GET', path: '/x\uD800' }],
    ['a lone surrogate in a query value', { method: 'GET', path: '/x', query: { a: '\uDC00' } }],
    ['a lone surrogate in a query name', { method: 'GET', path: '/x', query: { '\uD800': 'a' } }],
  ])('%s', async (_label, request) => {
    const { client, calls } = clientWith([json(200, {})]);
    await expect(client.request(request as never)).rejects.toBeInstanceOf(WasendArgumentError);
    expect(calls).toHaveLength(0);
  });

  test('a POST body, a query and a path with a surrogate pair still go out as given', async () => {
    const { client, calls } = clientWith([json(200, { ok: true })]);
    await expect(
      client.request({ method: 'post', path: '/👥/x', query: { q: 'é 👥', n: 1 }, body: { a: [1, 'b'] } }),
    ).resolves.toEqual({ ok: true });
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url).toBe(`https://api.test/👥/x?q=%C3%A9+%F0%9F%91%A5&n=1`);
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual({ a: [1, 'b'] });
  });
});

describe('plainText (error messages from HTML pages) stays linear', () => {
  // Found by a 502 HTML body of unclosed tags: the lazy regexes retried from every '<', quadratic:
  // 40 000 '<' took 2 s, a 1 MiB body (what a server may send) about 20 minutes of blocked event loop.
  test.each([
    ['unclosed <', '<'],
    ['unclosed <!--', '<!--'],
    ['unclosed <script', '<script'],
    ['unclosed <style><script', '<style><script'],
  ])('200 000 chars of %s: done within 3 s', (_label, unit) => {
    const text = `Bad Gateway ${unit.repeat(Math.ceil(200_000 / unit.length))}`;
    const started = Date.now();
    expect(plainText(text)).toMatch(/^Bad Gateway/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('a gateway page still reads as its words: scripts, styles, comments and tags dropped', () => {
    const page =
      '<html><head><STYLE>h1{color:red}</STYLE><script type="x">var a = "<b>";</script ></head>' +
      '<body><!-- upstream: 10.0.0.1 --><h1>502 Bad Gateway</h1><p>nginx &amp; friends</p></body></html>';
    expect(plainText(page)).toBe('502 Bad Gateway nginx & friends');
    expect(plainText('<p>up</p><script>never closed <i>x</i>')).toBe('up never closed x');
  });
});
