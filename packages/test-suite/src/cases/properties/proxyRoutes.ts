// The proxy's routing as a property: whatever path, method and query a caller sends, the proxy
// either sends nothing upstream or one of its four routes, with ids that stay one segment each and
// no query but a bare code, even after a decoding hop (a gateway that decodes the whole path and
// query before routing) reads it. The upstream is a recording fetch: no network.
import { createWasendProxy } from '@wasend/core/proxy';
import { ok, show } from '../../assert.ts';
import type { SuiteCase } from '../../types.ts';
import { checkAsync, fc, literal } from './support.ts';

const BASE = 'https://upstream.example/api';
const PREFIX = '/wasend';

/** A path segment from every corner: ids, route words, dot segments, separators raw and encoded. */
const segment = fc.oneof(
  fc.constantFrom(
    's1',
    'default',
    '120363025988123456@g.us',
    'groups',
    'invite-code',
    'revoke',
    'join',
    'join-info',
  ),
  fc.constantFrom(
    '',
    '.',
    '..',
    '%2e%2e',
    '.%2E',
    '%2F',
    '..%2F..%2Fs2',
    'a%5Cb',
    'a;b',
    '%3F',
    '%23',
    '%00',
    '%25',
    '%',
  ),
  fc.string({
    unit: fc.constantFrom('a', '.', '%', '2', 'F', 'e', '/', '\\', ';', '@', '?', '#', '&', '='),
    maxLength: 8,
  }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 10 }),
);

/** An id slot: mostly ids a client sends (raw or encoded), else any segment. */
const id = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      's1',
      'default',
      '120363025988123456@g.us',
      '120363025988123456%40g.us',
      'my%20session',
      'gr%C3%BCppe',
    ),
    weight: 3,
  },
  { arbitrary: segment, weight: 2 },
);

/** A path under the prefix, or one trying to leave it. */
const path = fc.oneof(
  {
    arbitrary: fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => `${PREFIX}/${s.join('/')}`),
    weight: 2,
  },
  fc.array(segment, { maxLength: 5 }).map((s) => `/${s.join('/')}`),
  // The shapes of the four routes, with arbitrary ids.
  { arbitrary: fc.tuple(id, id).map(([s, g]) => `${PREFIX}/${s}/groups/${g}/invite-code`), weight: 2 },
  { arbitrary: fc.tuple(id, id).map(([s, g]) => `${PREFIX}/${s}/groups/${g}/invite-code/revoke`), weight: 2 },
  { arbitrary: id.map((s) => `${PREFIX}/${s}/groups/join-info`), weight: 2 },
  { arbitrary: id.map((s) => `${PREFIX}/${s}/groups/join`), weight: 2 },
);

const query = fc.option(
  fc.oneof(
    fc.constantFrom(
      'code=AbCdEfGhIjKlMnOpQrStUv',
      'code=a&code=b',
      'session=s2&_method=DELETE',
      'code=%2F..%2F',
      'x=1',
    ),
    fc.webQueryParameters(),
  ),
  { nil: undefined, freq: 2 },
);

/** The routes, matched on a path as a decoding hop reads it: one non-empty, slash-free id per slot. */
const ROUTES = [
  /^\/[^/]+\/groups\/[^/]+\/invite-code$/,
  /^\/[^/]+\/groups\/[^/]+\/invite-code\/revoke$/,
  /^\/[^/]+\/groups\/join-info$/,
  /^\/[^/]+\/groups\/join$/,
];
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;

export const proxyRouteProperties: SuiteCase[] = [
  {
    name: 'properties · proxy routes · arbitrary path, method and query · nothing upstream, or one of the four routes, even after a decoding hop',
    timeoutMs: 30_000,
    run: async () => {
      const seen: string[] = [];
      let forwarded = 0;
      const proxy = createWasendProxy({
        apiKey: 'sk_prop_proxy_0123456789',
        baseUrl: BASE,
        prefix: PREFIX,
        authorize: () => true,
        fetch: async (input) => {
          seen.push(String(input));
          return new Response('"AbCdEfGhIjKlMnOpQrStUv"', { status: 200 });
        },
      });
      await checkAsync(
        fc.asyncProperty(fc.constantFrom('GET', 'POST'), path, query, async (method, p, q) => {
          seen.length = 0;
          const what = `${method} ${literal(p)}${q === undefined ? '' : `?${q}`}`;
          let url: URL;
          try {
            url = new URL(`https://my.app${p}${q === undefined ? '' : `?${q}`}`);
          } catch {
            return; // not a URL a server could receive
          }
          const response = await proxy(new Request(url, { method }));
          await response.body?.cancel();
          if (seen.length === 0) {
            ok(
              response.status >= 400 && response.status < 500,
              `${what}: refused with a 4xx, got ${response.status}`,
            );
            return;
          }
          ok(seen.length === 1, `${what}: one upstream call`);
          forwarded++;
          ok(seen[0]?.startsWith(`${BASE}/`), `${what}: under the base URL, got ${show(seen[0])}`);
          const rest = (seen[0] as string).slice(BASE.length);
          const [rawPath = '', rawQuery] = rest.split('?');
          // As sent, and as a hop that decodes the whole path reads it: the same route either way.
          const decoded = decodeURIComponent(rawPath);
          ok(
            ROUTES.some((r) => r.test(rawPath)) && ROUTES.some((r) => r.test(decoded)),
            `${what}: upstream path ${show(rawPath)} (decoded ${show(decoded)}) is one of the four routes`,
          );
          ok(!DOT_SEGMENT.test(decoded), `${what}: no dot segment after decoding (${show(decoded)})`);
          ok(
            rawQuery === undefined || /^code=[A-Za-z0-9_-]{8,64}$/.test(rawQuery),
            `${what}: no query but one bare code, got ${show(rawQuery)}`,
          );
          ok(
            (rawQuery !== undefined) === ROUTES[2]?.test(rawPath),
            `${what}: a code exactly on join-info (${show(rest)})`,
          );
        }),
        0xa_a001,
        400,
      );
      ok(forwarded > 20 && forwarded < 380, `a mix of forwarded (${forwarded}) and refused requests`);
    },
  },
];
