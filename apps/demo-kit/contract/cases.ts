// The demo HTTP contract (docs/design.md, "Demo apps"), run against node-demo, deno-demo and worker-demo,
// each in its own runtime. Cases run in order against ONE demo and ONE scenario: each reads the
// scenario's current state, and every fault is `times: 1`, consumed by the case that adds it.
import { deepEqual, equal, match, ok } from '@wasend/test-suite';
import type { DemoCase, DemoContext } from './types.ts';

const OTHER_ORIGIN = 'http://other.example';

/** Callers the demo refuses: another origin (or none it can trust) without the right bearer token. */
const refusedCallers = (ctx: { demoToken: string }): Record<string, string>[] => [
  { origin: OTHER_ORIGIN },
  { origin: 'null' },
  { 'sec-fetch-site': 'cross-site' },
  { origin: OTHER_ORIGIN, authorization: 'Bearer wrong-token' },
  { origin: OTHER_ORIGIN, authorization: `Basic ${ctx.demoToken}` },
];

const invitePath = (ctx: DemoContext, group = ctx.scenario.groupId) =>
  `/api/sessions/${encodeURIComponent(ctx.scenario.sessionId)}/groups/${encodeURIComponent(group)}/invite`;
const proxyPath = (ctx: DemoContext) =>
  `/wasend/${encodeURIComponent(ctx.scenario.sessionId)}/groups/${encodeURIComponent(ctx.scenario.groupId)}/invite-code`;

async function currentCode(ctx: DemoContext): Promise<string> {
  const state = await ctx.scenario.state();
  const group = state.groups.find((g) => g.id === ctx.scenario.groupId);
  ok(group, 'the scenario holds the demo group');
  return group.inviteCode;
}

/** How many upstream requests the scenario has logged so far (to check what a call added). */
const logged = async (ctx: DemoContext) => (await ctx.scenario.requests()).length;

/** The answer's JSON, after checking the key is nowhere in its body or headers. */
/** The demo's JSON answers: `{ code, link }` or `{ error: { type, message } }`. */
interface DemoAnswer {
  code?: string;
  link?: string;
  error?: { type: string; message: string };
}

/** The answer's text, after checking the key is nowhere in its body, headers or status text. */
async function keyFreeText(ctx: DemoContext, response: Response): Promise<string> {
  const text = await response.text();
  ok(!text.includes(ctx.scenario.key), 'the key must not be in a demo answer');
  ok(!response.statusText.includes(ctx.scenario.key), 'the key must not be in the status text');
  response.headers.forEach((value, name) => {
    ok(!value.includes(ctx.scenario.key), `the key must not be in the ${name} header`);
  });
  return text;
}

async function jsonOf(ctx: DemoContext, response: Response): Promise<DemoAnswer> {
  return JSON.parse(await keyFreeText(ctx, response));
}

async function expectError(ctx: DemoContext, response: Response, status: number, type: string) {
  equal(response.status, status, `status for ${type}`);
  match(response.headers.get('content-type') ?? '', /application\/json/);
  const { error } = await jsonOf(ctx, response);
  ok(error, `an error body for ${type}`);
  deepEqual(Object.keys(error).sort(), ['message', 'type']);
  equal(error.type, type);
  equal(typeof error.message, 'string');
  return error;
}

const get = (ctx: DemoContext, path: string, headers?: Record<string, string>) =>
  fetch(ctx.demoUrl + path, { headers });
const post = (ctx: DemoContext, path: string, headers?: Record<string, string>) =>
  fetch(ctx.demoUrl + path, { method: 'POST', headers });

async function addFault(ctx: DemoContext, respond: Record<string, unknown>, path = 'invite-code') {
  await ctx.scenario.addFaults([{ match: { path }, times: 1, respond: respond as never }]);
}

// ── the group list: GET /api/sessions/:sessionId/groups, and the proxy's `allow` ─────────────────

const groupsPath = (ctx: DemoContext, session = ctx.scenario.sessionId) =>
  `/api/sessions/${encodeURIComponent(session)}/groups`;
const upstreamGroupsPath = (ctx: DemoContext) => `/${encodeURIComponent(ctx.scenario.sessionId)}/groups`;
const upstreamParticipantsPath = (ctx: DemoContext, group = ctx.scenario.groupId) =>
  `${upstreamGroupsPath(ctx)}/${encodeURIComponent(group)}/participants`;

/** The route's answer: `{ groups: [{ id, name, participantsCount, participants: [{ id, role }] }] }`. */
interface GroupsAnswer {
  groups: Array<{
    id: string;
    name: string | null;
    participantsCount: number;
    participants: Array<{ id: string; role: string }>;
  }>;
}

/** The demo group's participants and roles as the scenario holds them (owner superadmin, admins, others). */
async function expectedParticipants(ctx: DemoContext): Promise<Array<{ id: string; role: string }>> {
  const state = await ctx.scenario.state();
  const group = state.groups.find((g) => g.id === ctx.scenario.groupId);
  ok(group, 'the scenario holds the demo group');
  return group.members.map((id) => ({
    id,
    role: id === group.owner ? 'superadmin' : group.admins.includes(id) ? 'admin' : 'participant',
  }));
}

/** The answer's JSON in the route's shape, checked field by field (and the key nowhere in it). */
async function groupsOf(ctx: DemoContext, response: Response): Promise<GroupsAnswer> {
  equal(response.status, 200);
  match(response.headers.get('content-type') ?? '', /application\/json/);
  const answer = JSON.parse(await keyFreeText(ctx, response)) as GroupsAnswer;
  deepEqual(Object.keys(answer), ['groups']);
  ok(Array.isArray(answer.groups), 'groups is a list');
  for (const group of answer.groups) {
    deepEqual(Object.keys(group).sort(), ['id', 'name', 'participants', 'participantsCount']);
    equal(typeof group.id, 'string');
    ok(group.name === null || typeof group.name === 'string', 'name is a string or null');
    ok(Number.isInteger(group.participantsCount), 'participantsCount is an integer');
    for (const participant of group.participants) {
      deepEqual(Object.keys(participant).sort(), ['id', 'role']);
      match(participant.role, /^(participant|admin|superadmin)$/);
    }
  }
  return answer;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The group list route and the proxy's `allow`: run after the invite cases (see the end of `demoCases`). */
const groupListCases: DemoCase[] = [
  {
    name: "demo · GET …/groups → 200 { groups } with each group's participants and roles, one upstream call with the server key",
    async run(ctx) {
      const before = await logged(ctx);
      const { groups } = await groupsOf(ctx, await get(ctx, groupsPath(ctx)));
      const state = await ctx.scenario.state();
      const demoGroup = state.groups.find((g) => g.id === ctx.scenario.groupId);
      ok(demoGroup, 'the scenario holds the demo group');
      const listed = groups.find((g) => g.id === ctx.scenario.groupId);
      ok(listed, 'the demo group is listed');
      equal(listed.name, demoGroup.name);
      equal(listed.participantsCount, demoGroup.members.length);
      const expected = await expectedParticipants(ctx);
      ok(expected.length > 0, 'the demo group has members');
      deepEqual([...listed.participants].sort(byId), [...expected].sort(byId));
      // The list answer carries the participants: nothing more is asked.
      const upstream = (await ctx.scenario.requests()).slice(before);
      deepEqual(
        upstream.map((r) => `${r.method} ${r.path}`),
        [`GET ${upstreamGroupsPath(ctx)}`],
      );
      equal(upstream[0]?.headers.authorization, `Bearer ${ctx.scenario.key}`);
    },
  },
  {
    name: "demo · GET …/groups, the list answer without participants → each such group's participants from getGroupParticipants",
    async run(ctx) {
      const before = await logged(ctx);
      await ctx.scenario.addFaults([
        {
          match: { method: 'GET', path: upstreamGroupsPath(ctx) },
          times: 1,
          respond: {
            status: 200,
            body: [{ id: ctx.scenario.groupId, name: 'Listed without participants' }],
          },
        },
      ]);
      const { groups } = await groupsOf(ctx, await get(ctx, groupsPath(ctx)));
      const expected = await expectedParticipants(ctx);
      equal(groups.length, 1);
      const [listed] = groups;
      ok(listed, 'the one group of the list answer');
      equal(listed.id, ctx.scenario.groupId);
      equal(listed.name, 'Listed without participants');
      equal(listed.participantsCount, expected.length, 'counted from the participants asked for');
      deepEqual([...listed.participants].sort(byId), [...expected].sort(byId));
      const upstream = (await ctx.scenario.requests()).slice(before);
      deepEqual(
        upstream.map((r) => `${r.method} ${r.path}`),
        [`GET ${upstreamGroupsPath(ctx)}`, `GET ${upstreamParticipantsPath(ctx)}`],
      );
      for (const request of upstream) equal(request.headers.authorization, `Bearer ${ctx.scenario.key}`);
    },
  },
  {
    name: 'demo · GET …/groups errors: unknown session → 404 NotFoundError; a failing participants call → its error; empty session → 400; POST → 405',
    async run(ctx) {
      const before = await logged(ctx);
      const unknown = await get(ctx, groupsPath(ctx, 'no-such-session'));
      const error = await expectError(ctx, unknown, 404, 'NotFoundError');
      match(error.message, /no-such-session/);
      deepEqual(
        (await ctx.scenario.requests()).slice(before).map((r) => r.path),
        ['/no-such-session/groups'],
      );

      // The list without participants, then a participants call the upstream refuses (403: not retried).
      await ctx.scenario.addFaults([
        {
          match: { method: 'GET', path: upstreamGroupsPath(ctx) },
          times: 1,
          respond: { status: 200, body: [{ id: ctx.scenario.groupId }] },
        },
        {
          match: { path: '/participants' },
          times: 1,
          respond: { status: 403, body: { success: false, error: 'not an admin' } },
        },
      ]);
      await expectError(ctx, await get(ctx, groupsPath(ctx)), 403, 'PermissionDeniedError');

      const beforeLocal = await logged(ctx);
      await expectError(ctx, await get(ctx, '/api/sessions//groups'), 400, 'WasendArgumentError');
      await expectError(ctx, await get(ctx, '/api/sessions/%E0%A4%A/groups'), 400, 'BadRequest');
      const wrong = await post(ctx, groupsPath(ctx));
      await expectError(ctx, wrong, 405, 'MethodNotAllowed');
      equal(wrong.headers.get('allow'), 'GET');
      equal(await logged(ctx), beforeLocal, 'nothing upstream');
    },
  },
  {
    name: 'demo · GET …/groups, who may call: cross-origin without the right DEMO_TOKEN → 401, nothing upstream; with it → 200',
    async run(ctx) {
      const before = await logged(ctx);
      for (const headers of refusedCallers(ctx)) {
        await expectError(ctx, await get(ctx, groupsPath(ctx), headers), 401, 'Unauthorized');
      }
      equal(await logged(ctx), before, 'nothing upstream');
      const sameOrigin = await get(ctx, groupsPath(ctx), {
        origin: ctx.demoUrl,
        'sec-fetch-site': 'same-origin',
      });
      ok((await groupsOf(ctx, sameOrigin)).groups.some((g) => g.id === ctx.scenario.groupId));
      const withToken = await get(ctx, groupsPath(ctx), {
        origin: OTHER_ORIGIN,
        authorization: `Bearer ${ctx.demoToken}`,
      });
      ok((await groupsOf(ctx, withToken)).groups.some((g) => g.id === ctx.scenario.groupId));
      const upstream = (await ctx.scenario.requests()).slice(before);
      equal(upstream.length, 2);
      for (const request of upstream) equal(request.headers.authorization, `Bearer ${ctx.scenario.key}`);
    },
  },
  {
    name: 'demo · /wasend proxy forwards getGroups and getGroupParticipants (allow) with the real key; other group endpoints stay 404',
    async run(ctx) {
      const session = encodeURIComponent(ctx.scenario.sessionId);
      const group = encodeURIComponent(ctx.scenario.groupId);
      const before = await logged(ctx);
      const list = await get(ctx, `/wasend/${session}/groups?exclude=participants`);
      equal(list.status, 200);
      ok((await keyFreeText(ctx, list)).includes(ctx.scenario.groupId), 'the list names the demo group');
      const people = await get(ctx, `/wasend/${session}/groups/${group}/participants`, {
        authorization: `Bearer ${ctx.demoToken}`,
        cookie: 'session=abc',
        'sec-fetch-site': 'cross-site',
      });
      equal(people.status, 200);
      const text = await keyFreeText(ctx, people);
      for (const { id } of await expectedParticipants(ctx)) ok(text.includes(id), `the answer names ${id}`);
      const upstream = (await ctx.scenario.requests()).slice(before);
      deepEqual(
        upstream.map((r) => `${r.method} ${r.path}`),
        [`GET ${upstreamGroupsPath(ctx)}`, `GET ${upstreamParticipantsPath(ctx)}`],
      );
      deepEqual(upstream[0]?.query, { exclude: 'participants' });
      for (const request of upstream) {
        equal(request.headers.authorization, `Bearer ${ctx.scenario.key}`);
        equal(request.headers.cookie, undefined);
      }

      // A page of another origin is refused; the endpoints `allow` does not name are not forwarded.
      const afterAllowed = await logged(ctx);
      const fromPage = await get(ctx, `/wasend/${session}/groups`, { origin: OTHER_ORIGIN });
      equal(fromPage.status, 403);
      await fromPage.body?.cancel();
      for (const [method, path] of [
        ['GET', `/wasend/${session}/groups/count`],
        ['GET', `/wasend/${session}/groups/${group}`],
        ['POST', `/wasend/${session}/groups`],
        ['POST', `/wasend/${session}/groups/${group}/participants/add`],
        ['POST', `/wasend/${session}/groups/${group}/leave`],
      ] as const) {
        const response = await fetch(ctx.demoUrl + path, { method });
        equal(response.status, 404, `${method} ${path}`);
        await response.body?.cancel();
      }
      equal(await logged(ctx), afterAllowed, 'nothing upstream');
    },
  },
];

export const demoCases: DemoCase[] = [
  {
    name: 'demo · GET …/invite → 200 { code, link } through the SDK with the server key',
    async run(ctx) {
      const before = await logged(ctx);
      const response = await get(ctx, invitePath(ctx));
      equal(response.status, 200);
      match(response.headers.get('content-type') ?? '', /application\/json/);
      const code = await currentCode(ctx);
      deepEqual(await jsonOf(ctx, response), { code, link: `https://chat.whatsapp.com/${code}` });
      const upstream = (await ctx.scenario.requests()).slice(before);
      equal(upstream.length, 1);
      equal(upstream[0]?.method, 'GET');
      equal(
        upstream[0]?.path,
        `/${encodeURIComponent(ctx.scenario.sessionId)}/groups/${encodeURIComponent(ctx.scenario.groupId)}/invite-code`,
      );
      equal(upstream[0]?.headers.authorization, `Bearer ${ctx.scenario.key}`);
    },
  },
  {
    name: 'demo · POST …/invite/revoke → 200 with the NEW code, which the backend now holds',
    async run(ctx) {
      const old = await currentCode(ctx);
      const response = await post(ctx, `${invitePath(ctx)}/revoke`);
      equal(response.status, 200);
      const { code, link } = await jsonOf(ctx, response);
      match(code, /^[A-Za-z0-9]{22}$/);
      ok(code !== old, 'revoke gives a new code');
      equal(link, `https://chat.whatsapp.com/${code}`);
      equal(await currentCode(ctx), code);
    },
  },
  {
    name: 'demo · an id holding "/" (sent encoded) → 400 WasendArgumentError, nothing upstream; unknown group → 404',
    async run(ctx) {
      const before = await logged(ctx);
      const response = await get(ctx, `/api/sessions/${ctx.scenario.sessionId}/groups/a%2Fb/invite`);
      await expectError(ctx, response, 400, 'WasendArgumentError');
      equal(await logged(ctx), before, 'nothing upstream');
      const unknown = await get(
        ctx,
        `/api/sessions/${ctx.scenario.sessionId}/groups/no-such-group%40g.us/invite`,
      );
      await expectError(ctx, unknown, 404, 'NotFoundError');
      const upstream = (await ctx.scenario.requests()).slice(before);
      deepEqual(
        upstream.map((r) => r.path),
        [`/${encodeURIComponent(ctx.scenario.sessionId)}/groups/no-such-group%40g.us/invite-code`],
      );
    },
  },
  {
    name: 'demo · unknown route → 404; wrong method → 405 with Allow',
    async run(ctx) {
      await expectError(ctx, await get(ctx, '/api/nothing'), 404, 'NotFound');
      const wrongGet = await get(ctx, `${invitePath(ctx)}/revoke`);
      await expectError(ctx, wrongGet, 405, 'MethodNotAllowed');
      equal(wrongGet.headers.get('allow'), 'POST');
      const wrongPost = await post(ctx, invitePath(ctx));
      await expectError(ctx, wrongPost, 405, 'MethodNotAllowed');
      equal(wrongPost.headers.get('allow'), 'GET');
    },
  },
  {
    name: 'demo · malformed percent-encoding → 400 BadRequest, nothing upstream',
    async run(ctx) {
      const before = await logged(ctx);
      const response = await get(ctx, `/api/sessions/${ctx.scenario.sessionId}/groups/%E0%A4%A/invite`);
      await expectError(ctx, response, 400, 'BadRequest');
      equal(await logged(ctx), before);
    },
  },
  {
    name: 'demo · empty session id → 400 WasendArgumentError, nothing upstream',
    async run(ctx) {
      const before = await logged(ctx);
      const response = await get(
        ctx,
        `/api/sessions//groups/${encodeURIComponent(ctx.scenario.groupId)}/invite`,
      );
      await expectError(ctx, response, 400, 'WasendArgumentError');
      equal(await logged(ctx), before);
    },
  },
  ...(
    [
      [401, 'AuthenticationError', { success: false, error: 'invalid key' }],
      [403, 'PermissionDeniedError', { success: false, error: 'not an admin' }],
      [404, 'NotFoundError', { statusCode: 404, message: 'Group not found', error: 'Not Found' }],
      [410, 'NotFoundError', { statusCode: 410, message: 'revoked', error: 'Gone' }],
      [422, 'UnprocessableEntityError', { error: 'Session status is not as expected', status: 'STARTING' }],
      [500, 'InternalServerError', { statusCode: 500, exception: { message: 'boom', name: 'Error' } }],
    ] as const
  ).map(
    ([status, type, body]): DemoCase => ({
      name: `demo · upstream ${status} keeps its status as ${type} (POST revoke: never retried)`,
      async run(ctx) {
        await addFault(ctx, { status, body }, 'invite-code/revoke');
        const error = await expectError(ctx, await post(ctx, `${invitePath(ctx)}/revoke`), status, type);
        ok(error.message.length > 0, 'the server message is carried');
      },
    }),
  ),
  {
    name: 'demo · a 200 with success:false → 502 WasendAPIError with the server message',
    async run(ctx) {
      await addFault(ctx, { status: 200, body: { success: false, error: 'engine said no' } }, 'revoke');
      const error = await expectError(
        ctx,
        await post(ctx, `${invitePath(ctx)}/revoke`),
        502,
        'WasendAPIError',
      );
      match(error.message, /engine said no/);
    },
  },
  {
    name: 'demo · 429 with a long Retry-After → 429 RateLimitError passing Retry-After on',
    async run(ctx) {
      // Over 60 s: the SDK does not wait, it throws at once with retryAfterMs set.
      await addFault(ctx, {
        status: 429,
        headers: { 'retry-after': '120' },
        body: { success: false, error: 'slow down' },
      });
      const response = await get(ctx, invitePath(ctx));
      equal(response.headers.get('retry-after'), '120');
      await expectError(ctx, response, 429, 'RateLimitError');
    },
  },
  {
    name: 'demo · connection reset → 502 WasendConnectionError',
    async run(ctx) {
      await addFault(ctx, { reset: 'before-headers' }, 'revoke');
      await expectError(ctx, await post(ctx, `${invitePath(ctx)}/revoke`), 502, 'WasendConnectionError');
    },
  },
  {
    name: 'demo · a 2xx with no usable body → 502 WasendResponseError',
    async run(ctx) {
      await addFault(ctx, { status: 200, body: '' }, 'revoke');
      await expectError(ctx, await post(ctx, `${invitePath(ctx)}/revoke`), 502, 'WasendResponseError');
    },
  },
  {
    name: 'demo · a key echoed by the upstream never reaches the caller (route and proxy)',
    async run(ctx) {
      const echo = {
        status: 401,
        headers: { 'content-type': 'application/json', 'x-echo': ctx.scenario.key },
        body: JSON.stringify({ success: false, error: `bad key: Bearer ${ctx.scenario.key}` }),
      };
      await addFault(ctx, echo);
      await expectError(ctx, await get(ctx, invitePath(ctx)), 401, 'AuthenticationError');
      await addFault(ctx, echo);
      const proxied = await get(ctx, proxyPath(ctx));
      equal(proxied.status, 401);
      await jsonOf(ctx, proxied); // checks body and headers for the key
    },
  },
  {
    name: 'demo · a key echoed in error answers of every type (4xx, 500, HTML 502, success:false, unusable 200) never reaches the caller',
    async run(ctx) {
      const key = ctx.scenario.key;
      // [upstream answer, the route's status and error type]; the proxy passes the upstream status on.
      const echoes: Array<[{ status: number } & Record<string, unknown>, number, string]> = [
        [
          { status: 400, headers: { 'x-request-id': key }, body: { message: [`bad key ${key}`] } },
          400,
          'BadRequestError',
        ],
        [
          {
            status: 500,
            body: {
              statusCode: 500,
              exception: { message: `bad token ${key}`, name: 'Error' },
              request: { headers: { authorization: `Bearer ${key}` } },
            },
          },
          500,
          'InternalServerError',
        ],
        [
          {
            status: 502,
            headers: { 'content-type': 'text/html' },
            body: `<html><body><h1>Bad Gateway</h1><p>Authorization: Bearer ${key}</p></body></html>`,
          },
          502,
          'InternalServerError',
        ],
        [{ status: 200, body: { success: false, error: `key ${key}` } }, 502, 'WasendAPIError'],
        [{ status: 200, body: { token: key, echo: `Bearer ${key}` } }, 502, 'WasendResponseError'],
      ];
      for (const [respond, status, type] of echoes) {
        // POST revoke: never retried, so the one fault is the route's answer.
        await addFault(ctx, respond, 'invite-code/revoke');
        await expectError(ctx, await post(ctx, `${invitePath(ctx)}/revoke`), status, type);
        await addFault(ctx, respond);
        const proxied = await get(ctx, proxyPath(ctx));
        equal(proxied.status, respond.status, `proxy passes ${respond.status} on`);
        await keyFreeText(ctx, proxied);
      }
    },
  },
  {
    name: 'demo · same-origin callers: no Origin, our own Origin, Sec-Fetch-Site same-origin',
    async run(ctx) {
      for (const headers of [
        {},
        { origin: ctx.demoUrl },
        { origin: ctx.demoUrl, 'sec-fetch-site': 'same-origin' },
      ] as Record<string, string>[]) {
        equal((await get(ctx, invitePath(ctx), headers)).status, 200, JSON.stringify(headers));
      }
    },
  },
  {
    name: 'demo · cross-origin without the right DEMO_TOKEN → 401 Unauthorized, nothing upstream',
    async run(ctx) {
      const before = await logged(ctx);
      for (const headers of refusedCallers(ctx)) {
        await expectError(ctx, await get(ctx, invitePath(ctx), headers), 401, 'Unauthorized');
      }
      const revoke = await post(ctx, `${invitePath(ctx)}/revoke`, { origin: OTHER_ORIGIN });
      await expectError(ctx, revoke, 401, 'Unauthorized');
      // The proxy refuses a page of another origin before authorize runs (cross-site request forgery).
      const proxied = await get(ctx, proxyPath(ctx), { origin: OTHER_ORIGIN });
      equal(proxied.status, 403);
      await proxied.body?.cancel();
      equal(await logged(ctx), before);
    },
  },
  {
    name: 'demo · cross-origin with Bearer DEMO_TOKEN → 200; upstream sees only the real key',
    async run(ctx) {
      const before = await logged(ctx);
      const headers = { origin: OTHER_ORIGIN, authorization: `Bearer ${ctx.demoToken}` };
      const response = await get(ctx, invitePath(ctx), headers);
      equal(response.status, 200);
      equal((await jsonOf(ctx, response)).code, await currentCode(ctx));
      const upstream = (await ctx.scenario.requests()).slice(before);
      equal(upstream.length, 1);
      equal(upstream[0]?.headers.authorization, `Bearer ${ctx.scenario.key}`);
    },
  },
  {
    name: 'demo · /wasend proxy forwards an invite call with the real key; caller Authorization and cookies dropped; another origin refused even with the token',
    async run(ctx) {
      const before = await logged(ctx);
      const fromPage = await get(ctx, proxyPath(ctx), {
        origin: OTHER_ORIGIN,
        authorization: `Bearer ${ctx.demoToken}`,
        cookie: 'session=abc',
      });
      equal(fromPage.status, 403, 'a page of another origin, token or not');
      await fromPage.body?.cancel();
      equal(await logged(ctx), before, 'nothing upstream');
      // A client that is no browser page (a script, a server) with the token.
      const response = await get(ctx, proxyPath(ctx), {
        authorization: `Bearer ${ctx.demoToken}`,
        cookie: 'session=abc',
        'sec-fetch-site': 'cross-site',
      });
      equal(response.status, 200);
      const body = await response.text();
      ok(body.includes(await currentCode(ctx)), 'the upstream answer is passed through');
      const upstream = (await ctx.scenario.requests()).slice(before);
      equal(upstream.length, 1);
      equal(upstream[0]?.headers.authorization, `Bearer ${ctx.scenario.key}`);
      equal(upstream[0]?.headers.cookie, undefined);
    },
  },
  {
    name: 'demo · /wasend proxy forwards only the invite endpoints (others 404, nothing upstream)',
    async run(ctx) {
      const before = await logged(ctx);
      const response = await get(ctx, `/wasend/${ctx.scenario.sessionId}/messages`);
      equal(response.status, 404);
      await response.body?.cancel();
      equal(await logged(ctx), before);
    },
  },
  ...groupListCases,
];

export const demoCaseCount: number = demoCases.length;
