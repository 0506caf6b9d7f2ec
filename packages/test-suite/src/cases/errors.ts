// Error mapping: status → class, message extraction order, headers, request id, 2xx without a value.
import { deepEqual, equal, match, ok, rejectsWith } from '../assert.ts';
import type { SdkModule, SuiteCase } from '../types.ts';
import {
  answer200,
  carriesMessage,
  clientFor,
  DIALECTS,
  EXPOSE_ALL,
  expectRequests,
  withScenario,
} from './support.ts';

type ApiErrorName =
  | 'BadRequestError'
  | 'AuthenticationError'
  | 'PermissionDeniedError'
  | 'NotFoundError'
  | 'UnprocessableEntityError'
  | 'RateLimitError'
  | 'InternalServerError';
const apiError = (sdk: SdkModule, name: ApiErrorName) => sdk[name];

interface StatusCase {
  status: number;
  cls: ApiErrorName;
  shape: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Exact expected message, or a pattern. */
  message: string | RegExp;
  notInMessage?: string;
}

const statusCases: StatusCase[] = [
  {
    status: 400,
    cls: 'BadRequestError',
    shape: 'NestJS array message',
    body: {
      statusCode: 400,
      message: ['code must be a string', 'code should not be empty'],
      error: 'Bad Request',
    },
    message: 'code must be a string; code should not be empty',
  },
  {
    status: 401,
    cls: 'AuthenticationError',
    shape: '{success:false,error}',
    body: { success: false, error: 'Invalid API key' },
    message: 'Invalid API key',
  },
  {
    status: 403,
    cls: 'PermissionDeniedError',
    shape: '{error:{code,message}}',
    body: { error: { code: 403, message: 'You are not an admin of this group' } },
    message: 'You are not an admin of this group',
  },
  {
    status: 404,
    cls: 'NotFoundError',
    shape: 'NestJS string message',
    body: { statusCode: 404, message: 'Group not found', error: 'Not Found' },
    message: 'Group not found',
  },
  {
    status: 410,
    cls: 'NotFoundError',
    shape: '{success:false,error}',
    body: { success: false, error: 'Invite revoked' },
    message: 'Invite revoked',
  },
  {
    status: 422,
    cls: 'UnprocessableEntityError',
    shape: 'session not ready',
    body: {
      error: 'Session status is not as expected. Try again later or restart the session',
      session: 'default',
      status: 'STARTING',
      expected: ['WORKING'],
    },
    message: 'Session status is not as expected. Try again later or restart the session',
  },
  {
    status: 429,
    cls: 'RateLimitError',
    shape: 'no Retry-After',
    body: { success: false, error: 'Too many requests' },
    message: 'Too many requests',
  },
  {
    status: 500,
    cls: 'InternalServerError',
    shape: 'engine crash, exception.message first',
    body: {
      statusCode: 500,
      message: 'Internal server error',
      exception: { message: 'not-authorized', name: 'Error' },
      request: { path: '/x' },
    },
    // The engine's words, then the hint the client adds to them.
    message: /^500 not-authorized \(the session is probably not an admin of this group\)$/,
  },
  {
    status: 502,
    cls: 'InternalServerError',
    shape: 'HTML page from a gateway',
    headers: { 'content-type': 'text/html' },
    body: '<html><head><title>502</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>',
    message: /502 Bad Gateway/,
    notInMessage: '<h1>',
  },
  {
    status: 503,
    cls: 'InternalServerError',
    shape: 'plain text',
    headers: { 'content-type': 'text/plain' },
    body: 'upstream connect error or disconnect/reset before headers',
    message: /upstream connect error/,
  },
  {
    status: 504,
    cls: 'InternalServerError',
    shape: 'no body',
    body: '',
    message: 'HTTP 504',
  },
];

const byStatus: SuiteCase[] = statusCases.map((c) => ({
  name: `errors · ${c.status} (${c.shape}) · ${c.cls} with status, message, lowercase headers, requestId`,
  run: (ctx) =>
    withScenario(
      ctx,
      {
        faults: [
          {
            respond: {
              status: c.status,
              headers: {
                'X-Request-Id': `req_fault_${c.status}`,
                'X-Custom-Header': 'Yes',
                ...EXPOSE_ALL,
                ...c.headers,
              },
              body: c.body,
            },
          },
        ],
      },
      async (sc) => {
        const client = clientFor(ctx, sc, { maxRetries: 0 });
        const err = await rejectsWith(
          apiError(ctx.sdk, c.cls),
          client.getGroupInviteCode(sc.sessionId, sc.groupId),
        );
        ok(err instanceof ctx.sdk.WasendAPIError, 'a WasendAPIError');
        ok(err instanceof ctx.sdk.WasendError, 'a WasendError');
        ok(ctx.sdk.isWasendError(err), 'isWasendError');
        equal(err.status, c.status, 'status');
        if (typeof c.message === 'string') carriesMessage(err, c.message);
        else match(err.message, c.message, 'message');
        if (c.notInMessage) ok(!err.message.includes(c.notInMessage), `no markup in message: ${err.message}`);
        ok(err.message.length <= 1000, 'message cut short');
        equal(err.requestId, `req_fault_${c.status}`, 'requestId from x-request-id');
        equal(err.headers['x-custom-header'], 'Yes', 'headers have lowercase names');
        equal(err.headers['x-request-id'], `req_fault_${c.status}`);
        ok(!('X-Custom-Header' in err.headers), 'no mixed-case names');
        if (c.status === 429)
          equal((err as { retryAfterMs?: number }).retryAfterMs, undefined, 'retryAfterMs');
        if (c.body && typeof c.body === 'object') deepEqual(err.body, c.body, 'body is parsed JSON');
        await expectRequests(sc, 1);
      },
    ),
}));

const messageOrder: SuiteCase = {
  name: 'errors · message order · message beats error string; error string beats nothing; error.message',
  run: (ctx) =>
    withScenario(
      ctx,
      {
        faults: [
          { times: 1, respond: { status: 400, body: { message: 'from message', error: 'from error' } } },
          { times: 1, respond: { status: 400, body: { error: 'only error' } } },
          { times: 1, respond: { status: 400, body: { error: { code: 7, message: 'nested message' } } } },
          {
            times: 1,
            respond: { status: 400, body: { statusCode: 400, message: ['one'], error: 'Bad Request' } },
          },
        ],
      },
      async (sc) => {
        const client = clientFor(ctx, sc, { maxRetries: 0 });
        for (const want of ['from message', 'only error', 'nested message', 'one']) {
          const err = await rejectsWith(
            ctx.sdk.BadRequestError,
            client.getGroupInviteCode(sc.sessionId, sc.groupId),
          );
          carriesMessage(err, want);
        }
      },
    ),
};

const longText: SuiteCase = {
  name: 'errors · 503 with a 20 000-character text body · message is the text, cut short',
  run: (ctx) =>
    withScenario(
      ctx,
      {
        faults: [
          {
            respond: {
              status: 503,
              headers: { 'content-type': 'text/plain' },
              body: 'overloaded '.repeat(2000),
            },
          },
        ],
      },
      async (sc) => {
        const err = await rejectsWith(
          ctx.sdk.InternalServerError,
          clientFor(ctx, sc, { maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
        );
        match(err.message, /overloaded/);
        ok(err.message.length < 2000, `message cut short (length ${err.message.length})`);
      },
    ),
};

const fromMockPerDialect: SuiteCase[] = DIALECTS.map((dialect) => ({
  name: `errors · ${dialect} dialect · real mock answers: unknown session 404, unknown group 404, bad key 401`,
  run: (ctx) =>
    withScenario(ctx, { dialect }, async (sc) => {
      const client = clientFor(ctx, sc, { maxRetries: 0 });
      const e1 = await rejectsWith(
        ctx.sdk.NotFoundError,
        client.getGroupInviteCode('no-such-session', sc.groupId),
      );
      equal(e1.status, 404);
      ok(e1.message.length > 0 && e1.message !== 'HTTP 404', `server message extracted: ${e1.message}`);
      match(e1.requestId, /^req_/, 'requestId from the mock');
      const e2 = await rejectsWith(
        ctx.sdk.NotFoundError,
        client.getGroupInviteCode(sc.sessionId, '999@g.us'),
      );
      ok(e2.message !== 'HTTP 404', `server message extracted: ${e2.message}`);
      const wrongKey = clientFor(ctx, sc, { apiKey: 'not-the-key', maxRetries: 0 });
      const e3 = await rejectsWith(
        ctx.sdk.AuthenticationError,
        wrongKey.getGroupInviteCode(sc.sessionId, sc.groupId),
      );
      equal(e3.status, 401);
    }),
}));

const sessionNotReady: SuiteCase = {
  name: 'errors · session STARTING · UnprocessableEntityError 422 with the server message',
  run: (ctx) =>
    withScenario(ctx, { dialect: 'waha', sessions: [{ id: 'default', status: 'STARTING' }] }, async (sc) => {
      const err = await rejectsWith(
        ctx.sdk.UnprocessableEntityError,
        clientFor(ctx, sc, { maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
      );
      equal(err.status, 422);
      match(err.message, /Session status is not as expected/);
    }),
};

const notAdmin: SuiteCase[] = [
  ['docs', 'PermissionDeniedError', 403],
  ['waha', 'InternalServerError', 500],
].map(([dialect, clsName, status]) => ({
  name: `errors · ${dialect} dialect · revoke by a non-admin · ${clsName} ${status}, not retried`,
  run: (ctx) =>
    withScenario(
      ctx,
      {
        dialect: dialect as 'docs',
        groups: [{ id: '120363000000000001@g.us', session: 'default', admins: ['491799999999@c.us'] }],
      },
      async (sc) => {
        const cls = ctx.sdk[clsName as 'InternalServerError'];
        const err = await rejectsWith(
          cls,
          clientFor(ctx, sc, { maxRetries: 5 }).revokeGroupInviteCode(sc.sessionId, sc.groupId),
        );
        equal(err.status, status);
        if (dialect === 'waha') match(err.message, /not-authorized/, 'exception.message');
        equal((await sc.state()).groups[0]?.inviteCode, sc.inviteCode, 'code not rotated');
        await expectRequests(sc, 1);
      },
    ),
}));

const okButNotOk: SuiteCase[] = [
  {
    name: 'errors · 200 with success:false · WasendAPIError status 200 with the server message',
    run: (ctx) =>
      withScenario(ctx, { faults: [answer200({ success: false, error: 'Group is locked' })] }, async (sc) => {
        const err = await rejectsWith(
          ctx.sdk.WasendAPIError,
          clientFor(ctx, sc).getGroupInviteCode(sc.sessionId, sc.groupId),
        );
        equal(err.status, 200);
        carriesMessage(err, 'Group is locked');
        await expectRequests(sc, 1, 'a 200 success:false is not retried');
      }),
  },
  ...(
    [
      ['empty body', '', undefined],
      [
        'HTML page',
        '<!DOCTYPE html><html><body><p>Welcome to nginx!</p></body></html>',
        { 'content-type': 'text/html' },
      ],
      ['wrong JSON shape', { success: true, data: { foo: 1 } }, undefined],
      ['malformed JSON', '{"inviteCode": "AbCd', { 'content-type': 'application/json' }],
      ['JSON null', 'null', { 'content-type': 'application/json' }],
    ] as Array<[string, unknown, Record<string, string> | undefined]>
  ).map(
    ([label, body, headers]): SuiteCase => ({
      name: `errors · getGroupInviteCode 200 with ${label} · WasendResponseError`,
      run: (ctx) =>
        withScenario(ctx, { faults: [answer200(body, headers)] }, async (sc) => {
          await rejectsWith(
            ctx.sdk.WasendResponseError,
            clientFor(ctx, sc).getGroupInviteCode(sc.sessionId, sc.groupId),
          );
        }),
    }),
  ),
  {
    name: 'errors · getGroupJoinInfo and joinGroup 200 with no usable shape · WasendResponseError',
    run: (ctx) =>
      withScenario(ctx, { faults: [answer200({ hello: 'world' })] }, async (sc) => {
        const client = clientFor(ctx, sc);
        await rejectsWith(ctx.sdk.WasendResponseError, client.getGroupJoinInfo(sc.sessionId, sc.inviteCode));
        await rejectsWith(ctx.sdk.WasendResponseError, client.joinGroup(sc.sessionId, sc.inviteCode));
        await rejectsWith(
          ctx.sdk.WasendResponseError,
          client.revokeGroupInviteCode(sc.sessionId, sc.groupId),
        );
      }),
  },
  {
    name: 'errors · a valid JSON answer padded past 1 MiB · WasendResponseError (never read that far)',
    timeoutMs: 15_000,
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const pad = 'x'.repeat(1_100_000);
        await sc.addFaults([answer200({ success: true, inviteCode: 'AbCdEfGhIjKlMnOpQrStUv', pad })]);
        await rejectsWith(
          ctx.sdk.WasendResponseError,
          clientFor(ctx, sc, { maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
        );
      }),
  },
  {
    name: 'errors · a valid JSON answer of 900 KB (under 1 MiB) · still read and parsed',
    timeoutMs: 15_000,
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const pad = 'x'.repeat(900_000);
        await sc.addFaults([answer200({ success: true, inviteCode: 'AbCdEfGhIjKlMnOpQrStUv', pad })]);
        equal(
          await clientFor(ctx, sc, { maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
          'AbCdEfGhIjKlMnOpQrStUv',
        );
      }),
  },
  {
    name: 'errors · body over 1 MiB · WasendResponseError',
    timeoutMs: 15_000,
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { bodyBytes: 2_000_000 } }] }, async (sc) => {
        await rejectsWith(
          ctx.sdk.WasendResponseError,
          clientFor(ctx, sc, { maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
        );
      }),
  },
];

export const errorCases: SuiteCase[] = [
  ...byStatus,
  messageOrder,
  longText,
  ...fromMockPerDialect,
  sessionNotReady,
  ...notAdmin,
  ...okButNotOk,
  {
    name: 'errors · isWasendError · true for SDK errors of every branch, false for others',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { status: 404, body: { error: 'nope' } } }] }, async (sc) => {
        const { sdk } = ctx;
        const client = clientFor(ctx, sc, { maxRetries: 0 });
        const apiErr = await client.getGroupInviteCode(sc.sessionId, sc.groupId).catch((e: unknown) => e);
        const argErr = await client.getGroupInviteCode('', sc.groupId).catch((e: unknown) => e);
        let syncErr: unknown;
        try {
          sdk.parseInviteCode('');
        } catch (e) {
          syncErr = e;
        }
        for (const e of [apiErr, argErr, syncErr]) {
          ok(sdk.isWasendError(e), `isWasendError(${String(e)})`);
          ok(e instanceof sdk.WasendError, 'instanceof WasendError');
          equal((e as Error).name, (e as Error).constructor.name, 'name is the class name');
        }
        for (const other of [new Error('x'), new TypeError('x'), null, undefined, 'WasendError', 42, {}]) {
          equal(sdk.isWasendError(other), false, `isWasendError(${String(other)})`);
        }
      }),
  },
];
