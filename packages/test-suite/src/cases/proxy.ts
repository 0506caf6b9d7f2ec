// The key-holding proxy (@wasend/core/proxy) in every runtime: the handler is called directly with a
// Request, as the app serving it would; upstream is a mock scenario holding the real key.
import type { WasendProxyOptions } from '@wasend/core/proxy';
import { deepEqual, equal, match, ok } from '../assert.ts';
import type { Scenario, SuiteCase, SuiteContext } from '../types.ts';
import { assertNoKey, ESCAPED_KEYS, echoFault, KEY, KEY_FORMS } from './keyEchoes.ts';
import {
  APP,
  CODE,
  EVIL,
  EXPOSED,
  HERE,
  incoming,
  inviteCodePath,
  PREFIX,
  proxyError,
  proxyFor,
} from './proxySupport.ts';
import { clientFor, expectRequests, invitePath, joinScenario, onlyRequest, withScenario } from './support.ts';

/** Every text of an answer: status line, each header, the body. */
async function answerTexts(response: Response): Promise<string[]> {
  const texts = [response.statusText, await response.text()];
  response.headers.forEach((value, name) => void texts.push(`${name}: ${value}`));
  return texts;
}

const forwarding: SuiteCase[] = [
  {
    name: 'proxy · a key-less client through the proxy · all four invite methods work with the real key upstream',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) =>
        withScenario(ctx, joinScenario('docs'), async (joinSc) => {
          const viaProxy = (target: Scenario) => {
            const proxy = proxyFor(target);
            return clientFor(ctx, target, {
              apiKey: null,
              baseUrl: HERE + PREFIX,
              fetch: (input, init) => proxy(new Request(input, init)),
            });
          };
          const client = viaProxy(sc);
          equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
          const fresh = await client.revokeGroupInviteCode(sc.sessionId, sc.groupId);
          ok(fresh !== sc.inviteCode, 'revoke gave a new code');
          const joiner = viaProxy(joinSc);
          equal((await joiner.getGroupJoinInfo(joinSc.sessionId, joinSc.inviteCode)).id, joinSc.groupId);
          equal((await joiner.joinGroup(joinSc.sessionId, joinSc.inviteCode)).id, joinSc.groupId);
          const upstream = [...(await expectRequests(sc, 2)), ...(await expectRequests(joinSc, 2))];
          deepEqual(
            upstream.map((r) => `${r.method} ${r.path.split('/').slice(2).join('/')}`),
            [
              `GET groups/${encodeURIComponent(sc.groupId)}/invite-code`,
              `POST groups/${encodeURIComponent(sc.groupId)}/invite-code/revoke`,
              'GET groups/join-info',
              'POST groups/join',
            ],
          );
          for (const [i, r] of upstream.entries())
            equal(r.headers.authorization, `Bearer ${i < 2 ? sc.key : joinSc.key}`, 'the real key');
          deepEqual(upstream[2]?.query, { code: joinSc.inviteCode }, 'the join-info query passes');
          deepEqual(
            JSON.parse(upstream[3]?.body ?? 'null'),
            { code: joinSc.inviteCode, inviteCode: joinSc.inviteCode },
            'the join body passes',
          );
          match(upstream[3]?.headers['content-type'] ?? '', /application\/json/, 'its content type too');
        }),
      ),
  },
  {
    name: "proxy · the caller's own Authorization, Cookie and other headers never reach upstream",
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const response = await proxyFor(sc)(
          incoming(inviteCodePath(sc), {
            headers: {
              authorization: 'Bearer browser-session-token',
              cookie: 'session=abc; csrf=def',
              'proxy-authorization': 'Basic cHJveHk6cHc=',
              'x-api-key': 'caller-key',
              accept: 'application/json',
              'x-request-id': 'req-from-browser',
            },
          }),
        );
        equal(response.status, 200);
        ok((await response.text()).includes(sc.inviteCode), 'the code came back');
        const req = onlyRequest(await expectRequests(sc, 1));
        equal(req.path, invitePath(sc.sessionId, sc.groupId));
        deepEqual(req.query, {});
        equal(req.headers.authorization, `Bearer ${sc.key}`, 'exactly the real key');
        equal(req.headers.cookie, undefined, 'no cookie');
        equal(req.headers['proxy-authorization'], undefined, 'no proxy-authorization');
        equal(req.headers['x-api-key'], undefined, 'no x-api-key');
        equal(req.headers['x-request-id'], 'req-from-browser', 'x-request-id passes');
        equal(req.headers.accept, 'application/json', 'accept passes');
      }),
  },
  {
    name: 'proxy · an upstream Set-Cookie, CORS or server header is not passed back',
    run: (ctx) =>
      withScenario(
        ctx,
        {
          faults: [
            {
              respond: {
                status: 200,
                headers: { 'set-cookie': 'upstream=1', server: 'engine/1.0', 'x-powered-by': 'x' },
                body: { inviteCode: CODE },
              },
            },
          ],
        },
        async (sc) => {
          const response = await proxyFor(sc)(incoming(inviteCodePath(sc), { headers: { origin: HERE } }));
          equal(response.status, 200);
          deepEqual(await response.json(), { inviteCode: CODE });
          for (const name of ['set-cookie', 'server', 'x-powered-by', 'access-control-allow-origin'])
            equal(response.headers.get(name), null, name);
        },
      ),
  },
];

// Paths and methods the proxy refuses: 404, nothing upstream.
const NOT_FORWARDED: Array<[method: string, path: string]> = [
  ['GET', '/s/groups/g/invite-code/revoke'],
  ['POST', '/s/groups/g/invite-code'],
  ['DELETE', '/s/groups/g/invite-code'],
  ['PUT', '/s/groups/g/invite-code'],
  ['PATCH', '/s/groups/join'],
  ['HEAD', '/s/groups/g/invite-code'],
  ['POST', '/s/groups/join-info'],
  ['GET', '/s/groups/join'],
  ['GET', '/s/groups'],
  ['GET', '/s/groups/g'],
  ['GET', '/s/groups/g/participants'],
  ['POST', '/s/messages/send'],
  ['GET', '/s/groups/g/invite-code/'],
  ['GET', '/s/groups/a/b/invite-code'],
  ['GET', '//groups/g/invite-code'],
  ['GET', '/sessions'],
  ['GET', ''],
  ['GET', '/'],
];

// Tricks to reach another endpoint (or escape the prefix) through one allowed route.
const PATH_TRICKS: string[] = [
  '/s/groups/..%2F..%2Fmessages/invite-code/revoke/../../invite-code',
  '/s/groups/%2e%2e/invite-code',
  '/s/groups/%2E%2E/invite-code',
  '/s/groups/.%2e/invite-code',
  '/s/groups/./invite-code',
  '/../s/groups/g/invite-code',
  '/s/../../admin/groups/g/invite-code',
  '/s/groups/g/invite-code/..',
  '/s/groups/g/invite-code/%2e%2e/revoke',
  '/s\\..\\..\\messages/groups/g/invite-code',
  '/%2e%2e/groups/g/invite-code',
  '/s/groups/%E0%A4%A/invite-code',
  '/s/groups/%/invite-code',
];

const refusals: SuiteCase[] = [
  {
    name: 'proxy · only the four invite endpoints pass · other paths and methods → 404, nothing upstream',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const proxy = proxyFor(sc);
        for (const [method, path] of NOT_FORWARDED) {
          const response = await proxy(incoming(PREFIX + path, { method }));
          equal(response.status, 404, `${method} ${path}`);
          if (method !== 'HEAD')
            equal(((await response.json()) as { error: { type: string } }).error.type, 'NotFoundError');
        }
        for (const path of [
          '/wasendx/s/groups/g/invite-code',
          '/s/groups/g/invite-code',
          '/WASEND/s/groups/g/invite-code',
        ])
          equal((await proxy(incoming(path))).status, 404, path);
        await expectRequests(sc, 0, 'nothing upstream');
      }),
  },
  {
    name: "proxy · path tricks ('..', '%2e%2e', encoded '/', backslashes, bad escapes) reach no other endpoint",
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const proxy = proxyFor(sc);
        const refused: string[] = [];
        for (const path of PATH_TRICKS) {
          const response = await proxy(incoming(PREFIX + path));
          await response.body?.cancel();
          if (response.status === 400 || response.status === 404) refused.push(path);
        }
        const malformed = await proxy(incoming(`${PREFIX}/s/groups/%E0%A4%A/invite-code`));
        await proxyError(malformed, 400, 'BadRequestError');
        // What did pass went to the invite-code endpoint of one group, its id still one segment.
        for (const req of await sc.requests()) {
          equal(req.method, 'GET');
          ok(/^\/[^/]+\/groups\/[^/]+\/invite-code$/.test(req.path), `stayed on invite-code: ${req.path}`);
          const group = req.path.split('/')[3] ?? '';
          const decoded = decodeURIComponent(group);
          ok(decoded !== '.' && decoded !== '..', `not a dot segment: ${req.path}`);
        }
        ok(refused.includes('/s/groups/%2e%2e/invite-code'), "'%2e%2e' as a group is refused");
        ok(refused.includes('/s/groups/%E0%A4%A/invite-code'), 'a malformed escape is refused');
      }),
  },
  {
    name: "proxy · an encoded '/' in an id is refused (a decoding hop upstream would read another path) · 400, nothing upstream",
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const response = await proxyFor(sc)(
          incoming(`${PREFIX}/${sc.sessionId}/groups/a%2F..%2Fb/invite-code`),
        );
        await proxyError(response, 400, 'BadRequestError');
        await expectRequests(sc, 0, 'nothing upstream');
      }),
  },
  {
    name: 'proxy · authorize refusing (false, async false, truthy non-true, throwing) · 401/500, nothing upstream',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const refusing: Array<WasendProxyOptions['authorize']> = [
          () => false,
          async () => false,
          () => 'yes' as never,
          () => 1 as never,
          () => undefined as never,
        ];
        for (const authorize of refusing)
          await proxyError(
            await proxyFor(sc, { authorize })(incoming(inviteCodePath(sc))),
            401,
            'AuthenticationError',
          );
        const throwing = proxyFor(sc, {
          authorize: () => {
            throw new Error(`db down for ${sc.key}`);
          },
        });
        const response = await throwing(incoming(inviteCodePath(sc)));
        equal(response.status, 500);
        assertNoKey(await answerTexts(response), sc.key, 'authorize failure');
        await expectRequests(sc, 0, 'nothing upstream');
      }),
  },
  {
    name: 'proxy · authorize sees the original request (its Authorization), then the real key goes upstream',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        let seen: string | null = null;
        const proxy = proxyFor(sc, {
          authorize: async (request) => {
            seen = request.headers.get('authorization');
            return seen === 'Bearer app-token';
          },
        });
        const denied = await proxy(
          incoming(inviteCodePath(sc), { headers: { authorization: 'Bearer other' } }),
        );
        await proxyError(denied, 401, 'AuthenticationError');
        const allowed = await proxy(
          incoming(inviteCodePath(sc), { headers: { authorization: 'Bearer app-token' } }),
        );
        equal(allowed.status, 200);
        await allowed.body?.cancel();
        equal(seen, 'Bearer app-token');
        equal(onlyRequest(await expectRequests(sc, 1)).headers.authorization, `Bearer ${sc.key}`);
      }),
  },
];

const preflight = (path: string, origin?: string) =>
  incoming(path, {
    method: 'OPTIONS',
    headers: {
      ...(origin ? { origin } : {}),
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'content-type',
    },
  });

const exposedOf = (response: Response) =>
  (response.headers.get('access-control-expose-headers') ?? '').split(',').map((h) => h.trim().toLowerCase());

const cors: SuiteCase[] = [
  {
    name: 'proxy · CORS preflight from an allowed origin · answered here (204), nothing upstream',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const response = await proxyFor(sc)(preflight(inviteCodePath(sc), APP));
        equal(response.status, 204);
        equal(response.headers.get('access-control-allow-origin'), APP);
        const methods = response.headers.get('access-control-allow-methods') ?? '';
        ok(/GET/.test(methods) && /POST/.test(methods), `allow-methods ${methods}`);
        ok(/content-type/i.test(response.headers.get('access-control-allow-headers') ?? ''), 'allow-headers');
        for (const name of EXPOSED) ok(exposedOf(response).includes(name), `exposes ${name}`);
        await expectRequests(sc, 0, 'nothing upstream');
      }),
  },
  {
    name: 'proxy · CORS preflight from another origin, none, or with no allowOrigins · 403, nothing upstream',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const checks: Array<[Response, string]> = [
          [await proxyFor(sc)(preflight(inviteCodePath(sc), EVIL)), 'other origin'],
          [await proxyFor(sc)(preflight(inviteCodePath(sc))), 'no origin'],
          [await proxyFor(sc)(preflight(inviteCodePath(sc), 'null')), "origin 'null'"],
          [
            await proxyFor(sc, { allowOrigins: undefined })(preflight(inviteCodePath(sc), APP)),
            'no allowOrigins',
          ],
        ];
        for (const [response, label] of checks) {
          equal(response.status, 403, label);
          equal(response.headers.get('access-control-allow-origin'), null, `${label}: no allow-origin`);
          await response.body?.cancel();
        }
        await expectRequests(sc, 0, 'nothing upstream');
      }),
  },
  {
    name: 'proxy · CORS on answers · allowed origin gets allow-origin and the retry headers exposed; others none',
    run: (ctx) =>
      withScenario(
        ctx,
        {
          faults: [
            {
              respond: {
                status: 429,
                headers: { 'retry-after': '3', 'retry-after-ms': '3000', 'x-request-id': 'req_9' },
                body: { message: 'slow down' },
              },
            },
          ],
        },
        async (sc) => {
          const proxy = proxyFor(sc);
          const allowed = await proxy(incoming(inviteCodePath(sc), { headers: { origin: APP } }));
          equal(allowed.status, 429);
          equal(allowed.headers.get('access-control-allow-origin'), APP);
          for (const name of EXPOSED) ok(exposedOf(allowed).includes(name), `exposes ${name}`);
          equal(allowed.headers.get('retry-after'), '3');
          equal(allowed.headers.get('retry-after-ms'), '3000');
          equal(allowed.headers.get('x-request-id'), 'req_9');
          await allowed.body?.cancel();
          for (const origin of [EVIL, 'null', `${APP}.evil.example`, 'http://app.example']) {
            const other = await proxy(incoming(inviteCodePath(sc), { headers: { origin } }));
            equal(other.headers.get('access-control-allow-origin'), null, `${origin}: no allow-origin`);
            equal(other.headers.get('access-control-expose-headers'), null, `${origin}: no expose-headers`);
            await other.body?.cancel();
          }
          const refused = await proxy(incoming(`${PREFIX}/s/messages`, { headers: { origin: APP } }));
          equal(refused.status, 404);
          equal(refused.headers.get('access-control-allow-origin'), APP, 'error answers carry CORS too');
          await refused.body?.cancel();
        },
      ),
  },
];

const upstreamFailures: SuiteCase[] = [
  {
    name: 'proxy · upstream reset → 502 WasendConnectionError; hang → 504 WasendTimeoutError; no details',
    run: (ctx) =>
      withScenario(
        ctx,
        {
          faults: [
            { times: 1, respond: { reset: 'before-headers' } },
            { times: 1, respond: { hang: true } },
          ],
        },
        async (sc) => {
          const proxy = proxyFor(sc, { timeout: 200 });
          const reset = await proxy(incoming(inviteCodePath(sc)));
          await proxyError(reset, 502, 'WasendConnectionError');
          await proxyError(await proxy(incoming(inviteCodePath(sc))), 504, 'WasendTimeoutError');
        },
      ),
  },
  {
    name: 'proxy · an upstream redirect is not followed → 502; the key never leaves for its target',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) =>
        withScenario(ctx, { keys: [sc.key] }, async (elsewhere) => {
          // Redirect to another scenario of the same server: a followed redirect would show in its log.
          await sc.addFaults([
            {
              times: 1,
              respond: {
                status: 302,
                headers: {
                  location: `${elsewhere.baseUrl}${invitePath(elsewhere.sessionId, elsewhere.groupId)}`,
                },
              },
            },
          ]);
          await proxyError(await proxyFor(sc)(incoming(inviteCodePath(sc))), 502, 'WasendConnectionError');
          await expectRequests(sc, 1);
          await expectRequests(elsewhere, 0, 'redirect target never called');
        }),
      ),
  },
  {
    name: 'proxy · an upstream answer over 1 MiB → 502; a request body over 1 MiB → 413, nothing upstream',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ times: 1, respond: { bodyBytes: 1024 * 1024 + 1 } }] }, async (sc) => {
        const proxy = proxyFor(sc);
        await proxyError(await proxy(incoming(inviteCodePath(sc))), 502, 'WasendResponseError');
        const big = incoming(`${PREFIX}/${sc.sessionId}/groups/join`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: CODE, pad: 'a'.repeat(1024 * 1024) }),
        });
        await proxyError(await proxy(big), 413, 'BadRequestError');
        await expectRequests(sc, 1, 'only the first call went upstream');
      }),
  },
  {
    name: 'proxy · a 204 upstream stays bodiless; prefix defaults to ""',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ times: 1, respond: { status: 204 } }] }, async (sc) => {
        const proxy = proxyFor(sc, { prefix: undefined });
        const response = await proxy(incoming(invitePath(sc.sessionId, sc.groupId)));
        equal(response.status, 204);
        equal(response.body, null);
        const second = await proxy(incoming(invitePath(sc.sessionId, sc.groupId)));
        equal(second.status, 200);
        ok((await second.text()).includes(sc.inviteCode), 'the code');
        await expectRequests(sc, 2);
      }),
  },
];

/** Sends one call through a proxy for `key` against an upstream staging `fault`; returns the answer's texts. */
async function echoThroughProxy(ctx: SuiteContext, key: string, fault: Parameters<typeof echoFault>) {
  let texts: string[] = [];
  await withScenario(ctx, { keys: [key], faults: [echoFault(...fault)] }, async (sc) => {
    const response = await proxyFor(sc)(incoming(inviteCodePath(sc), { headers: { origin: APP } }));
    equal(response.status, fault[0], 'the upstream status passes');
    texts = await answerTexts(response);
  });
  return texts;
}

/** The strings inside `text` parsed as JSON (none when it is not JSON). */
function parsedStrings(text: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object')
      for (const [k, inner] of Object.entries(v)) {
        out.push(k);
        visit(inner);
      }
  };
  visit(value);
  return out;
}

const redaction: SuiteCase[] = [
  {
    name: 'proxy · a key echoed by upstream (body, x-request-id, other headers) · redacted in the answer',
    run: async (ctx) => {
      for (const status of [200, 401, 429, 500, 502]) {
        const texts = await echoThroughProxy(ctx, KEY, [status, KEY, 'json', (k) => k]);
        assertNoKey(texts, KEY, `${status} answer`);
        ok(
          texts.some((t) => t.includes('[REDACTED]')),
          'the echo is marked as redacted',
        );
      }
    },
  },
  {
    name: 'proxy · an upstream failure naming the key (custom fetch) · 502 without its details',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const proxy = proxyFor(sc, {
          fetch: async (_input, init) => {
            const auth = new Headers(init?.headers).get('authorization');
            throw new TypeError(`fetch failed for ${auth}`, { cause: new Error(sc.key) });
          },
        });
        const response = await proxy(incoming(inviteCodePath(sc), { headers: { origin: APP } }));
        equal(response.status, 502);
        const texts = await answerTexts(response);
        assertNoKey(texts, sc.key, 'upstream failure');
        deepEqual(JSON.parse(texts[1] ?? ''), {
          error: { type: 'WasendConnectionError', message: 'upstream unreachable' },
        });
      }),
  },
  ...ESCAPED_KEYS.map(
    ([keyLabel, key]): SuiteCase => ({
      name: `proxy · ${keyLabel} echoed in every encoder's form · redacted in the answer`,
      run: async (ctx) => {
        for (const [formLabel, kind, write] of KEY_FORMS) {
          const texts = await echoThroughProxy(ctx, key, [401, key, kind, write]);
          assertNoKey(texts, key, `${formLabel}`, write(key));
          // What a browser client makes of that answer (its parsed JSON) must not hold the key either.
          assertNoKey(texts.flatMap(parsedStrings), key, `${formLabel}, parsed`, write(key));
        }
      },
    }),
  ),
];

export const proxyCases: SuiteCase[] = [
  ...forwarding,
  ...refusals,
  ...cors,
  ...upstreamFailures,
  ...redaction,
];
