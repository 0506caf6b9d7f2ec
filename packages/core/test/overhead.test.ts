// The cheaper per-call paths (issue 5, per-call overhead) behave exactly like the ones they replaced:
// bodies decoded once, the attempt's one-listener abort, client headers built once, lazy answer
// headers and redaction's no-key fast path.
import { describe, expect, test } from 'vitest';
import { readBounded } from '../src/http/body';
import { WasendAPIError, WasendTimeoutError } from '../src/index';
import { REDACTED, redact } from '../src/redact';
import { clientWith, KEY, rejection } from './helpers';

const C = 'AbCdEfGhIjKlMnOpQrStUv';
const bytes = (text: string) => new TextEncoder().encode(text);

/** A body delivered in the given chunks, without content-length. */
const chunked = (chunks: Uint8Array[], status = 200, headers: Record<string, string> = {}) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    }),
    { status, headers },
  );

describe('bodies decoded once', () => {
  test('a character split across chunks is decoded whole', async () => {
    const all = bytes('{"inviteCode":"é€😀"}');
    const chunks = [all.subarray(0, 16), all.subarray(16, 18), all.subarray(18, 22), all.subarray(22)];
    expect(await readBounded(chunked(chunks))).toEqual({ text: '{"inviteCode":"é€😀"}', overflow: false });
  });
  test('one chunk, no chunk, a leading BOM dropped as before', async () => {
    expect(await readBounded(chunked([bytes('abc')]))).toEqual({ text: 'abc', overflow: false });
    expect(await readBounded(chunked([]))).toEqual({ text: '', overflow: false });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('x')]);
    expect(await readBounded(chunked([bom]))).toEqual({ text: 'x', overflow: false });
  });
  test('without content-length, exactly `limit` bytes are kept past the limit', async () => {
    const read = await readBounded(chunked([bytes('abc'), bytes('def'), bytes('ghi')]), undefined, 5);
    expect(read).toEqual({ text: 'abcde', overflow: true });
  });
  test('a multi-chunk answer reaches the normaliser whole', async () => {
    const all = bytes(JSON.stringify({ success: true, inviteCode: C }));
    const { client } = clientWith([chunked([all.subarray(0, 7), all.subarray(7, 20), all.subarray(20)])]);
    expect(await client.getGroupInviteCode('s', 'g')).toBe(C);
  });
});

describe("the attempt's abort", () => {
  test('a fetch that ignores its signal, with a stalled body: timeout, and the body is cancelled', async () => {
    let cancelled = false;
    const stalled = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start: (controller) => controller.enqueue(bytes('Ab')),
          cancel: () => {
            cancelled = true;
          },
        }),
        { status: 200 },
      );
    const { client } = clientWith([stalled], { timeout: 30, maxRetries: 0 });
    expect(await rejection(client.getGroupInviteCode('s', 'g'))).toBeInstanceOf(WasendTimeoutError);
    expect(cancelled).toBe(true);
  });
  test('a fetch that ignores its signal and never answers: timeout after each attempt', async () => {
    const { client, calls } = clientWith([() => new Promise<Response>(() => {})], {
      timeout: 20,
      maxRetries: 1,
    });
    expect(await rejection(client.getGroupInviteCode('s', 'g'))).toBeInstanceOf(WasendTimeoutError);
    expect(calls).toHaveLength(2);
  });
});

describe('client headers built once', () => {
  test("a call's own headers and a JSON body type never leak into the next call", async () => {
    const answer = () => new Response(JSON.stringify({ inviteCode: C, id: '1@g.us' }));
    const { client, calls } = clientWith([answer], { headers: { Accept: 'text/plain', 'X-Client': 'a' } });
    await client.getGroupInviteCode('s', 'g', { headers: { 'x-call': '1', 'X-Client': 'b' } });
    await client.joinGroup('s', C);
    await client.getGroupInviteCode('s', 'g');
    const seen = calls.map((call) => Object.fromEntries(call.headers));
    expect(seen[0]).toEqual({
      accept: 'text/plain',
      authorization: `Bearer ${KEY}`,
      'x-call': '1',
      'x-client': 'b',
    });
    expect(seen[1]).toEqual({
      accept: 'text/plain',
      authorization: `Bearer ${KEY}`,
      'content-type': 'application/json',
      'x-client': 'a',
    });
    expect(seen[2]).toEqual({ accept: 'text/plain', authorization: `Bearer ${KEY}`, 'x-client': 'a' });
  });
});

describe('answer headers built when read', () => {
  test('a refused 2xx and an error carry every header, lowercase, the key redacted', async () => {
    const headers = { 'X-Echo': `Bearer ${KEY}`, 'X-Request-Id': 'r1', 'content-type': 'application/json' };
    const refused = new Response(JSON.stringify({ success: false, message: 'no' }), { status: 200, headers });
    const { client } = clientWith([refused, new Response('{}', { status: 404, headers })]);
    for (let i = 0; i < 2; i++) {
      const error = (await rejection(client.getGroupInviteCode('s', 'g'))) as WasendAPIError;
      expect(error).toBeInstanceOf(WasendAPIError);
      expect(error.headers).toEqual({
        'content-type': 'application/json',
        'x-echo': `Bearer ${REDACTED}`,
        'x-request-id': 'r1',
      });
      expect(error.requestId).toBe('r1');
    }
  });
  test('a content type that holds the key is redacted before it decides the parsing', async () => {
    const { client } = clientWith(
      [new Response('"x"', { headers: { 'content-type': 'application/json' } })],
      {
        apiKey: 'json',
      },
    );
    // Parsing sees the redacted type, "application/[REDACTED]": no JSON type, so the text stays text.
    expect(await client.request({ method: 'GET', path: '/p' })).toBe('"x"');
  });
});

describe("redaction's fast path", () => {
  test('a key without letters or digits is still found in every form', () => {
    expect(redact('a ~!~ b %7E!%7e c', '~!~')).toBe(`a ${REDACTED} b ${REDACTED} c`);
  });
  test('a key escaped anywhere in a text is found; a text without it is returned as is', () => {
    const key = 'ab/cdefgh';
    const text = '{"message":"ab\\/cdefgh"}';
    expect(redact(text, key)).toBe(`{"message":"${REDACTED}"}`);
    expect(redact('cdefg only', key)).toBe('cdefg only');
    expect(redact('x ab%2Fcdefgh', key)).toBe(`x ${REDACTED}`);
  });
  test('switching keys switches the fast path too', () => {
    expect(redact('one k1-aaa', 'k1-aaa')).toBe(`one ${REDACTED}`);
    expect(redact('one k1-aaa', 'k2-bbb')).toBe('one k1-aaa');
    expect(redact('two k2-bbb', 'k2-bbb')).toBe(`two ${REDACTED}`);
  });
});
