// The proxy under attack, one case per class of the security review (issue 10): each sends the
// attack request a browser page or a crafted client could send, and asserts what the upstream
// received: nothing, or exactly the safe form.
import { equal, match, ok } from '../assert.ts';
import type { SuiteCase } from '../types.ts';
import {
  APP,
  CODE,
  EVIL,
  HERE,
  incoming,
  inviteCodePath,
  PREFIX,
  proxyError,
  proxyFor,
} from './proxySupport.ts';
import {
  expectRequests,
  invitePath,
  joinInfoPath,
  onlyRequest,
  revokePath,
  withScenario,
} from './support.ts';

/** Characters that a decoding hop upstream would turn into path or query syntax, percent-encoded. */
const SEPARATORS: Array<[label: string, encoded: string]> = [
  ['%2F (/)', '%2F'],
  ['%5C (\\)', '%5C'],
  ['%3F (?)', '%3F'],
  ['%23 (#)', '%23'],
  ['%00 (NUL)', '%00'],
  ['%0A (newline)', '%0A'],
  ['%3B (;)', '%3B'],
  ['; as is', ';'],
  ['%25 (%)', '%25'],
];

/** An `authorize` that counts its calls. */
function counting() {
  const calls: Request[] = [];
  return {
    calls,
    authorize: (request: Request) => {
      calls.push(request);
      return true;
    },
  };
}

export const proxyAttackCases: SuiteCase[] = [
  {
    name: 'proxy attack · ids are checked decoded and forwarded re-encoded · traversal or a separator in an id → 400, nothing upstream',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const proxy = proxyFor(sc);
        // Behind a decoding hop this would revoke another session's group.
        const traversal = `${PREFIX}/${sc.sessionId}/groups/..%2F..%2Fs2%2Fgroups%2Fvictim%40g.us/invite-code/revoke`;
        await proxyError(await proxy(incoming(traversal, { method: 'POST' })), 400, 'BadRequestError');
        for (const [label, encoded] of SEPARATORS) {
          const path = `${PREFIX}/${sc.sessionId}/groups/a${encoded}b/invite-code`;
          await proxyError(await proxy(incoming(path)), 400, 'BadRequestError').catch((error: Error) => {
            throw new Error(`${label}: ${error.message}`);
          });
          const session = `${PREFIX}/a${encoded}b/groups/${encodeURIComponent(sc.groupId)}/invite-code`;
          equal((await proxy(incoming(session))).status, 400, `${label} in the session id`);
        }
        await expectRequests(sc, 0, 'nothing upstream');
        // A valid id the caller sent unencoded ('@' as is) goes upstream as the client would send it.
        const response = await proxy(incoming(`${PREFIX}/${sc.sessionId}/groups/${sc.groupId}/invite-code`));
        equal(response.status, 200);
        await response.body?.cancel();
        equal(onlyRequest(await expectRequests(sc, 1)).path, invitePath(sc.sessionId, sc.groupId));
      }),
  },
  {
    name: 'proxy attack · cross-site request forgery · another Origin or Origin: null → 403 for every method, before authorize, nothing upstream',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const { calls, authorize } = counting();
        const proxy = proxyFor(sc, { authorize });
        const cookie = { cookie: 'session=victim' };
        const attacks: Array<[string, Parameters<typeof incoming>[1] & object, string]> = [
          [
            'revoke from another site',
            { method: 'POST', headers: { origin: EVIL, ...cookie } },
            revokePath(sc.sessionId, sc.groupId),
          ],
          [
            'join as a text/plain form post',
            {
              method: 'POST',
              headers: { origin: EVIL, 'content-type': 'text/plain', ...cookie },
              body: JSON.stringify({ code: CODE }),
            },
            `/${sc.sessionId}/groups/join`,
          ],
          [
            'revoke from a sandboxed frame (Origin: null)',
            { method: 'POST', headers: { origin: 'null', ...cookie } },
            revokePath(sc.sessionId, sc.groupId),
          ],
          [
            'a GET from another site',
            { headers: { origin: EVIL, ...cookie } },
            invitePath(sc.sessionId, sc.groupId),
          ],
          [
            'a look-alike origin',
            { method: 'POST', headers: { origin: `${APP}.evil.example` } },
            revokePath(sc.sessionId, sc.groupId),
          ],
        ];
        for (const [label, init, path] of attacks) {
          const response = await proxy(incoming(PREFIX + path, init));
          equal(response.status, 403, label);
          equal(
            ((await response.json()) as { error: { type: string } }).error.type,
            'PermissionDeniedError',
            label,
          );
        }
        equal(calls.length, 0, 'authorize never ran');
        await expectRequests(sc, 0, 'nothing upstream');
        // The proxy's own origin, a listed one, and a same-origin browser request behind a reverse
        // proxy (Sec-Fetch-Site) pass.
        const allowed: Record<string, string>[] = [
          { origin: HERE },
          { origin: APP },
          { origin: 'https://public.example', 'sec-fetch-site': 'same-origin' },
        ];
        for (const headers of allowed) {
          const response = await proxy(incoming(inviteCodePath(sc), { headers }));
          equal(response.status, 200, JSON.stringify(headers));
          await response.body?.cancel();
        }
        equal(calls.length, 3, 'authorize ran for each allowed request');
        await expectRequests(sc, 3);
        // '*' allows any origin for CORS, never the opaque `null`.
        const any = proxyFor(sc, { allowOrigins: ['*'] });
        equal(
          (await any(incoming(inviteCodePath(sc), { headers: { origin: 'null' } }))).status,
          403,
          "'*' and null",
        );
      }),
  },
  {
    name: "proxy attack · query strings · only the route's own parameters, once each → else 400, nothing upstream",
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const proxy = proxyFor(sc);
        const info = PREFIX + joinInfoPath(sc.sessionId);
        for (const path of [
          `${inviteCodePath(sc)}?session=s2&_method=DELETE`,
          `${inviteCodePath(sc)}?x=1`,
          `${info}?code=${sc.inviteCode}&code=EVILEVILEVIL`,
          `${info}?code=${sc.inviteCode}&session=s2`,
          `${info}?code=not-a-code!`,
          info,
        ]) {
          await proxyError(await proxy(incoming(path)), 400, 'BadRequestError').catch((error: Error) => {
            throw new Error(`${path}: ${error.message}`);
          });
        }
        await expectRequests(sc, 0, 'nothing upstream');
        // A link as the code goes upstream as the bare code, alone.
        const link = encodeURIComponent(`https://chat.whatsapp.com/${sc.inviteCode}?mode=r_c`);
        const response = await proxy(incoming(`${info}?code=${link}`));
        equal(response.status, 200);
        await response.body?.cancel();
        const req = onlyRequest(await expectRequests(sc, 1));
        equal(JSON.stringify(req.query), JSON.stringify({ code: sc.inviteCode }), 'exactly one bare code');
      }),
  },
  {
    name: 'proxy attack · a caller gone while authorize ran, or an authorize that never answers · nothing upstream (499 / 503)',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const controller = new AbortController();
        const aborting = proxyFor(sc, {
          authorize: async () => {
            controller.abort();
            await new Promise((resolve) => setTimeout(resolve, 5));
            return true;
          },
        });
        const gone = await aborting(
          incoming(PREFIX + revokePath(sc.sessionId, sc.groupId), {
            method: 'POST',
            signal: controller.signal,
          }),
        );
        equal(gone.status, 499, 'the caller aborted');
        await gone.body?.cancel();
        const started = Date.now();
        const stuck = proxyFor(sc, { authorize: () => new Promise<boolean>(() => {}), authorizeTimeout: 50 });
        await proxyError(await stuck(incoming(inviteCodePath(sc))), 503, 'Error');
        const ms = Date.now() - started;
        ok(ms >= 40 && ms < 5_000, `answered after the authorize timeout (${ms} ms)`);
        await expectRequests(sc, 0, 'nothing upstream');
      }),
  },
  {
    name: 'proxy attack · options of the wrong type (a string allowOrigins, an origin with a path, …) · WasendArgumentError at creation',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const wrong: Array<[string, Record<string, unknown>]> = [
          ['allowOrigins as a string', { allowOrigins: APP }],
          ['an origin with a trailing slash', { allowOrigins: [`${APP}/`] }],
          ['an origin with a path', { allowOrigins: [`${APP}/app`] }],
          ['prefix as a number', { prefix: 5 }],
          ['timeout as a string', { timeout: '30000' }],
          ['authorizeTimeout below 0', { authorizeTimeout: -1 }],
          ['authorize not a function', { authorize: true }],
          ['fetch not a function', { fetch: 'fetch' }],
          ['baseUrl not http(s)', { baseUrl: 'ftp://upstream.example' }],
        ];
        for (const [label, options] of wrong) {
          let error: unknown;
          try {
            proxyFor(sc, options as never);
          } catch (caught) {
            error = caught;
          }
          ok(
            error instanceof ctx.sdk.WasendArgumentError,
            `${label}: WasendArgumentError, got ${String(error)}`,
          );
        }
      }),
  },
  {
    name: 'proxy attack · what comes back · no-store and nosniff on every answer; an upstream HTML page as text/plain',
    run: (ctx) =>
      withScenario(
        ctx,
        {
          faults: [
            {
              match: { path: 'join-info' },
              respond: {
                status: 502,
                headers: { 'content-type': 'text/html; charset=utf-8' },
                body: '<script>alert(document.cookie)</script>',
              },
            },
          ],
        },
        async (sc) => {
          const proxy = proxyFor(sc);
          const answers: Array<[string, Response]> = [
            ['a proxied 200', await proxy(incoming(inviteCodePath(sc)))],
            [
              'a proxied HTML error',
              await proxy(incoming(`${PREFIX + joinInfoPath(sc.sessionId)}?code=${CODE}`)),
            ],
            ["the proxy's own 404", await proxy(incoming(`${PREFIX}/nowhere`))],
            ["the proxy's own 403", await proxy(incoming(inviteCodePath(sc), { headers: { origin: EVIL } }))],
            [
              'a preflight',
              await proxy(incoming(inviteCodePath(sc), { method: 'OPTIONS', headers: { origin: APP } })),
            ],
          ];
          for (const [label, response] of answers) {
            equal(response.headers.get('cache-control'), 'no-store', `${label}: cache-control`);
            equal(response.headers.get('x-content-type-options'), 'nosniff', `${label}: nosniff`);
          }
          const html = answers[1]?.[1] as Response;
          equal(html.status, 502);
          match(html.headers.get('content-type') ?? '', /^text\/plain/, 'never rendered as HTML');
          equal(await html.text(), '<script>alert(document.cookie)</script>', 'the body as it came, as text');
          for (const [, response] of answers) await response.body?.cancel().catch(() => {});
        },
      ),
  },
];
