// API keys as properties (docs/design.md, "The key"): inner whitespace or control characters are refused at
// construction; outer whitespace is trimmed and the header is exactly `Bearer <trimmed key>`.
import { equal, ok, rejectsWith, show } from '../../assert.ts';
import type { SuiteCase } from '../../types.ts';
import { withScenario } from '../support.ts';
import { checkAsync, fc, literal } from './support.ts';

const visible = (minLength: number, maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
    minLength,
    maxLength,
  });

/** Whitespace JS `trim()` removes (a pasted secret often ends in a newline, a file may start with a BOM). */
const outerSpace = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\ufeff', '\u2028', '\u3000'),
  maxLength: 3,
});

/** Whitespace and control characters: C0, DEL, C1 and Unicode spaces. */
const badChar = fc
  .oneof(
    fc.integer({ min: 0x00, max: 0x20 }),
    fc.constant(0x7f),
    fc.integer({ min: 0x80, max: 0xa0 }),
    fc.constantFrom(0x1680, 0x2000, 0x2007, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff),
  )
  .map((c) => String.fromCharCode(c));

export const keyProperties: SuiteCase[] = [
  {
    name: 'properties · keys · whitespace or control characters inside · WasendArgumentError at construction, never echoed, no request',
    run: async (ctx) => {
      await checkAsync(
        fc.asyncProperty(
          outerSpace,
          visible(1, 20),
          fc.string({ unit: badChar, minLength: 1, maxLength: 3 }),
          visible(1, 20),
          outerSpace,
          async (before, head, bad, tail, after) => {
            const inner = head + bad + tail;
            let requests = 0;
            const counting = (async () => {
              requests++;
              return new Response('"AbCdEfGhIjKlMnOpQrStUv"', { status: 200 });
            }) as typeof fetch;
            await rejectsWith(
              ctx.sdk.WasendArgumentError,
              () => {
                const client = new ctx.sdk.WasendClient({
                  apiKey: before + inner + after,
                  baseUrl: 'http://127.0.0.1:9',
                  fetch: counting,
                });
                return client.getGroupInviteCode('default', '1@g.us');
              },
              (err) => ok(!err.message.includes(inner), `the key is not echoed: ${show(err.message)}`),
            );
            equal(requests, 0, `no request for the key ${literal(inner)}`);
          },
        ),
        0x4_4001,
        300,
      );
    },
  },
  {
    name: 'properties · keys · any visible-ASCII key with outer whitespace · trimmed, Authorization exactly Bearer <key>',
    run: async (ctx) => {
      // No server answer to parse (204), so the header alone is under test, for keys of any length.
      await checkAsync(
        fc.asyncProperty(outerSpace, visible(1, 64), outerSpace, async (before, key, after) => {
          const sent: Array<string | null> = [];
          const capture = (async (_input: RequestInfo | URL, init?: RequestInit) => {
            sent.push(new Headers(init?.headers).get('authorization'));
            return new Response(null, { status: 204 });
          }) as typeof fetch;
          const client = new ctx.sdk.WasendClient({
            apiKey: before + key + after,
            baseUrl: 'http://127.0.0.1:9',
            fetch: capture,
          });
          equal(await client.request({ method: 'GET', path: '/ping' }), undefined, 'an empty 2xx');
          equal(sent.length, 1, 'one request');
          equal(sent[0], `Bearer ${key}`, `Authorization for ${literal(before + key + after)}`);
        }),
        0x4_4002,
        300,
      );
    },
  },
  {
    name: 'properties · keys · any visible-ASCII key (1–64) with outer whitespace against the mock · the code intact, Bearer <trimmed> on the wire',
    timeoutMs: 30_000,
    run: async (ctx) => {
      // Short keys included: a 1-character key is likely to occur inside the code, which must come
      // back as the server sent it (redaction is for errors and logs, never for a returned value).
      const keys = fc.sample(visible(1, 64), { seed: 0x4_4003, numRuns: 30 });
      await withScenario(ctx, { keys }, async (sc) => {
        const expected: string[] = [];
        await checkAsync(
          fc.asyncProperty(
            fc.nat({ max: keys.length - 1 }),
            outerSpace,
            outerSpace,
            async (i, before, after) => {
              const key = keys[i] ?? '';
              const client = new ctx.sdk.WasendClient({
                apiKey: before + key + after,
                baseUrl: sc.baseUrl,
                maxRetries: 0,
              });
              expected.push(key);
              equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
            },
          ),
          0x4_4004,
          40,
        );
        const log = await sc.requests();
        equal(log.length, expected.length, 'one request per call');
        for (const [i, key] of expected.entries()) {
          equal(log[i]?.headers.authorization, `Bearer ${key}`, `request ${i}: the trimmed key, exactly`);
        }
      });
    },
  },
];
