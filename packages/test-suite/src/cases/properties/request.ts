// The escape hatch as a property: any { method, path, query, body } is refused before fetch
// (WasendArgumentError) when fetch could not send it as given, or reaches fetch exactly as given.
import { equal, ok, show } from '../../assert.ts';
import type { SuiteCase } from '../../types.ts';
import { checkAsync, encodable, fc, literal, settle } from './support.ts';

const BASE = 'http://api.example.test/v1';

const method = fc.oneof(
  fc.constantFrom('GET', 'get', 'POST', 'post', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  fc.constantFrom('CONNECT', 'TRACE', 'track'), // fetch refuses these
  fc.stringMatching(/^[A-Za-z]{1,8}$/),
);

const path = fc.oneof(
  fc.webPath().map((p) => `/${p.replace(/^\/+/, '')}`),
  fc.string({ unit: 'binary', maxLength: 12 }).map((p) => `/${p}`),
);

const query = fc.option(
  fc.dictionary(
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 10 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(undefined),
    ),
    { maxKeys: 3 },
  ),
  { nil: undefined },
);

const cycle: Record<string, unknown> = {};
cycle.self = cycle;
const body = fc.option(
  fc.oneof(
    { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 4 },
    fc.bigInt(),
    fc.constant(cycle),
    fc.constant({ list: [1, 2n] }),
  ),
  { nil: undefined },
);

const FORBIDDEN = new Set(['CONNECT', 'TRACE', 'TRACK']);

const serializable = (value: unknown) => {
  try {
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
};

interface Seen {
  url: string;
  method: string | undefined;
  body: unknown;
}

export const requestProperties: SuiteCase[] = [
  {
    name: 'properties · request · arbitrary method, path, query and body · WasendArgumentError before fetch, or sent exactly as given',
    run: async (ctx) => {
      const seen: Seen[] = [];
      const recording = (async (input: RequestInfo | URL, init?: RequestInit) => {
        seen.push({ url: String(input), method: init?.method, body: init?.body });
        return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } });
      }) as typeof fetch;
      const client = new ctx.sdk.WasendClient({
        apiKey: 'sk_prop_request_0123456789',
        baseUrl: BASE,
        fetch: recording,
        maxRetries: 0,
      });
      await checkAsync(
        fc.asyncProperty(method, path, query, body, async (m, p, q, b) => {
          seen.length = 0;
          const what = `${m} ${literal(p)} query ${show(q)} body ${show(b)}`;
          const verb = m.toUpperCase();
          const search: Record<string, string> = {};
          for (const [name, value] of Object.entries(q ?? {}))
            if (value !== undefined) search[name] = String(value);
          const sendable =
            !FORBIDDEN.has(verb) &&
            !(b !== undefined && (verb === 'GET' || verb === 'HEAD')) &&
            serializable(b) &&
            [p, ...Object.keys(search), ...Object.values(search)].every(encodable);
          const outcome = await settle(() => client.request({ method: m, path: p, query: q, body: b }), what);
          if (!sendable) {
            ok(
              !outcome.ok && outcome.error instanceof ctx.sdk.WasendArgumentError,
              `${what}: expected a WasendArgumentError, got ${show(outcome.ok ? outcome.value : outcome.error)}`,
            );
            equal(seen.length, 0, `${what}: nothing reached fetch`);
            return;
          }
          ok(outcome.ok, `${what}: expected the parsed body, got ${show(outcome.ok || outcome.error)}`);
          equal(seen.length, 1, `${what}: one call to fetch`);
          const [call] = seen;
          equal(call?.method, verb, `${what}: method`);
          const url = BASE + p + (q === undefined ? '' : `?${new URLSearchParams(search)}`);
          equal(call?.url, url, `${what}: url`);
          equal(call?.body, b === undefined ? undefined : JSON.stringify(b), `${what}: body`);
        }),
        0x8_8001,
        300,
      );
    },
  },
];
