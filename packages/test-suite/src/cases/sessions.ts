// The Sessions area, every method (the official client's names): its happy path in the hosted
// service's dialect and in today's engines, what it sends, its input rules and its retry class; then
// a whole session's life, from create to a group's invite link.
import { deepEqual, equal, match, ok, rejectsWith } from '../assert.ts';
import type {
  Dialect,
  RequestOptions,
  Scenario,
  ScenarioInit,
  SessionStatus,
  SuiteCase,
  SuiteClient,
} from '../types.ts';
import { AREA_DIALECTS, isEngine } from './groups.ts';
import { clientFor, expectRequests, ME, OTHER, onlyRequest, sleep, withScenario } from './support.ts';

const sessionOf = async (sc: Scenario, id = 'default') =>
  (await sc.state()).sessions.find((s) => s.id === id);

interface SessionsSpec {
  name: string;
  /** The status the seeded session 'default' starts in. */
  seeded: SessionStatus;
  wire: [string, string];
  call(client: SuiteClient, o?: RequestOptions): Promise<unknown>;
  check(result: unknown, sc: Scenario, dialect: Dialect): Promise<void> | void;
  retry: 'A' | 'B' | 'C';
  bad: [(client: SuiteClient) => Promise<unknown>, RegExp];
}

const SPECS: SessionsSpec[] = [
  {
    name: 'createSession',
    seeded: 'WORKING',
    wire: ['POST', '/sessions'],
    call: (c, o) => c.createSession({ sessionName: 'support-line', phoneNumber: '+49 172 2222222' }, o),
    check: async (result, sc) => {
      const session = result as { id: string; name?: string };
      ok(session.id !== '' && session.id !== 'default', `a new session id (${session.id})`);
      const created = await sessionOf(sc, session.id);
      ok(created, 'the session exists');
      equal(created?.name, 'support-line');
    },
    retry: 'C',
    bad: [
      (c) => c.createSession({ sessionName: 'x', phoneNumber: 'call me' }),
      /phoneNumber must be a phone number/,
    ],
  },
  {
    name: 'retrieveAllSessions',
    seeded: 'WORKING',
    wire: ['GET', '/sessions'],
    call: (c, o) => c.retrieveAllSessions(o),
    check: (result) => {
      const sessions = result as { id: string; status?: string }[];
      deepEqual(
        sessions.map((s) => [s.id, s.status]),
        [['default', 'WORKING']],
      );
    },
    retry: 'A',
    bad: [(c) => c.retrieveAllSessions({ maxRetries: -1 }), /maxRetries must be an integer >= 0/],
  },
  {
    name: 'retrieveSessionInfo',
    seeded: 'WORKING',
    wire: ['GET', '/sessions/default'],
    call: (c, o) => c.retrieveSessionInfo('default', o),
    check: (result) => {
      const session = result as { id: string; status?: string };
      equal(session.id, 'default');
      equal(session.status, 'WORKING');
    },
    retry: 'A',
    bad: [(c) => c.retrieveSessionInfo('default '), /sessionId must be an id/],
  },
  {
    name: 'deleteSession',
    seeded: 'WORKING',
    wire: ['DELETE', '/sessions/default'],
    call: (c, o) => c.deleteSession('default', o),
    check: async (result, sc) => {
      equal(result, undefined);
      equal(await sessionOf(sc), undefined, 'the session is gone');
    },
    retry: 'B',
    bad: [(c) => c.deleteSession('..'), /sessionId must be an id/],
  },
  {
    name: 'startSession',
    seeded: 'STOPPED',
    wire: ['POST', '/sessions/default/start'],
    call: (c, o) => c.startSession('default', o),
    check: async (result, sc) => {
      equal((result as { id: string }).id, 'default');
      ok((await sessionOf(sc))?.status !== 'STOPPED', 'the session runs');
    },
    retry: 'B',
    bad: [(c) => c.startSession(42 as never), /sessionId must be an id/],
  },
  {
    name: 'stopSession',
    seeded: 'WORKING',
    wire: ['POST', '/sessions/default/stop'],
    call: (c, o) => c.stopSession('default', o),
    check: async (_result, sc) => equal((await sessionOf(sc))?.status, 'STOPPED'),
    retry: 'B',
    bad: [(c) => c.stopSession('a?b'), /sessionId must be an id/],
  },
  {
    name: 'restartSession',
    seeded: 'WORKING',
    wire: ['POST', '/sessions/default/restart'],
    call: (c, o) => c.restartSession('default', o),
    check: async (_result, sc) => ok((await sessionOf(sc))?.status !== 'STOPPED', 'the session runs again'),
    retry: 'C',
    bad: [(c) => c.restartSession(''), /sessionId must be an id/],
  },
  {
    name: 'retrieveQRCode',
    seeded: 'SCAN_QR_CODE',
    wire: ['GET', '/sessions/default/auth/qr'],
    call: (c, o) => c.retrieveQRCode('default', undefined, o),
    check: (result) => {
      const { image } = result as { image?: { mimetype: string; data: string } };
      equal(image?.mimetype, 'image/png');
      const bytes = Uint8Array.from(atob(image?.data ?? ''), (ch) => ch.charCodeAt(0));
      deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
    },
    retry: 'A',
    bad: [(c) => c.retrieveQRCode('default', { format: 'svg' as never }), /'image', 'raw'/],
  },
];

const scenario = (dialect: Dialect, seeded: SessionStatus): ScenarioInit => ({
  dialect,
  sessions: [{ id: 'default', me: ME, status: seeded }],
  groups: [],
});

const happyPaths: SuiteCase[] = SPECS.flatMap((spec) =>
  AREA_DIALECTS.map((dialect) => ({
    name: `${spec.name} · ${dialect} dialect · the result, the state after, one ${spec.wire[0]} to its path`,
    run: (ctx) =>
      withScenario(ctx, scenario(dialect, spec.seeded), async (sc) => {
        const result = await spec.call(clientFor(ctx, sc));
        await spec.check(result, sc, dialect);
        const req = onlyRequest(await expectRequests(sc, 1));
        equal(`${req.method} ${req.path}`, spec.wire.join(' '));
      }),
  })),
);

const inputRules: SuiteCase[] = SPECS.map((spec) => ({
  name: `${spec.name} · bad input · WasendArgumentError naming the rule, nothing sent`,
  run: (ctx) =>
    withScenario(ctx, scenario('docs', spec.seeded), async (sc) => {
      await rejectsWith(ctx.sdk.WasendArgumentError, spec.bad[0](clientFor(ctx, sc)), (err) => {
        ok(spec.bad[1].test(err.message), `message ${JSON.stringify(err.message)} matches ${spec.bad[1]}`);
      });
      await expectRequests(sc, 0);
    }),
}));

const retryClasses: SuiteCase[] = SPECS.map((spec) => ({
  name: `${spec.name} · class ${spec.retry} · ${
    {
      A: 'a 503 is retried by default',
      B: 'a 503 is retried only when the call passes maxRetries',
      C: 'sent once even with maxRetries: 3',
    }[spec.retry]
  }`,
  run: (ctx) =>
    withScenario(ctx, scenario('docs', spec.seeded), async (sc) => {
      const busy = () =>
        sc.addFaults([{ match: { method: spec.wire[0] }, times: 1, respond: { status: 503, body: 'busy' } }]);
      const c = clientFor(ctx, sc);
      await busy();
      if (spec.retry === 'A') {
        await spec.call(c);
        await expectRequests(sc, 2, 'the 503, then the retry');
      } else if (spec.retry === 'B') {
        await rejectsWith(ctx.sdk.InternalServerError, spec.call(c));
        await expectRequests(sc, 1, 'not retried by default');
        await busy();
        await spec.call(c, { maxRetries: 1 });
        await expectRequests(sc, 3, 'the 503, then the retry the call asked for');
      } else {
        await rejectsWith(ctx.sdk.InternalServerError, spec.call(c, { maxRetries: 3 }));
        await expectRequests(sc, 1, 'one attempt');
      }
    }),
}));

/** Polls the session until `want` (or fails after `ms`). */
async function waitFor(client: SuiteClient, id: string, want: string[], ms = 5_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const { status } = await client.retrieveSessionInfo(id);
    if (status && want.includes(status)) return status;
    if (Date.now() > until) throw new Error(`session ${id} still ${status}, expected ${want.join(' or ')}`);
    await sleep(20);
  }
}

const lifecycle: SuiteCase[] = (['docs', 'noweb'] as Dialect[]).map((dialect) => ({
  name: `sessions · ${dialect} dialect · a whole life: create, start, QR, scan, WORKING, a group, its invite link`,
  timeoutMs: 20_000,
  run: (ctx) =>
    withScenario(
      ctx,
      { dialect, sessions: [], groups: [], sessionLifecycle: { startingMs: 0, scanAfterQrMs: null } },
      async (sc) => {
        const client = clientFor(ctx, sc, isEngine(dialect) ? { participantsFormat: 'objects' } : {});
        const session = await client.createSession({ sessionName: 'shop', phoneNumber: '+49 170 0000001' });
        await client.startSession(session.id);
        equal(await waitFor(client, session.id, ['SCAN_QR_CODE', 'WORKING']), 'SCAN_QR_CODE');
        const qr = await client.retrieveQRCode(session.id, { format: 'raw' });
        match(qr.value ?? '', /^2@/, 'the payload to scan');
        await sc.scanQr(session.id);
        equal(await waitFor(client, session.id, ['WORKING']), 'WORKING');
        const group = await client.createGroup(session.id, { name: 'Shop news', participants: [OTHER] });
        const link = await client.getGroupInviteLink(session.id, group.id);
        match(link, /^https:\/\/chat\.whatsapp\.com\/[A-Za-z0-9_-]{8,64}$/);
        const stateGroup = (await sc.state()).groups.find((g) => g.id === group.id);
        equal(link, `https://chat.whatsapp.com/${stateGroup?.inviteCode}`);
      },
    ),
}));

const notReady: SuiteCase = {
  name: 'retrieveQRCode · noweb dialect · a session not showing a QR → UnprocessableEntityError with its status, not retried',
  run: (ctx) =>
    withScenario(ctx, scenario('noweb', 'WORKING'), async (sc) => {
      await rejectsWith(
        ctx.sdk.UnprocessableEntityError,
        clientFor(ctx, sc).retrieveQRCode('default'),
        (err) => {
          equal(err.status, 422);
          equal((err.body as { status?: string }).status, 'WORKING', 'the body tells why');
        },
      );
      await expectRequests(sc, 1);
    }),
};

export const sessionsCases: SuiteCase[] = [
  ...happyPaths,
  ...inputRules,
  ...retryClasses,
  ...lifecycle,
  notReady,
];
