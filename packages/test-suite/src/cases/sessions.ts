// The Sessions area, every method (the official client's names): its happy path in the hosted
// service's dialect and in today's engines, what it sends, its input rules and its retry class; then
// a whole session's life, from create to a group's invite link.
import { deepEqual, equal, match, ok, rejectsWith } from '../assert.ts';
import type { Dialect, Scenario, ScenarioInit, SessionStatus, SuiteCase, SuiteClient } from '../types.ts';
import { AREA_DIALECTS, isEngine } from './groups.ts';
import { type MethodSpec, methodCases } from './methodSpecs.ts';
import { clientFor, expectRequests, ME, OTHER, sleep, withScenario } from './support.ts';

const sessionOf = async (sc: Scenario, id = 'default') =>
  (await sc.state()).sessions.find((s) => s.id === id);

/** A method, and the status the seeded session 'default' starts in. */
interface SessionsSpec extends MethodSpec {
  seeded: SessionStatus;
}

const SPECS: SessionsSpec[] = [
  {
    name: 'createSession',
    seeded: 'WORKING',
    wire: ['POST', () => '/sessions'],
    call: (c, _sc, o) => c.createSession({ sessionName: 'support-line', phoneNumber: '+49 172 2222222' }, o),
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
    wire: ['GET', () => '/sessions'],
    call: (c, _sc, o) => c.retrieveAllSessions(o),
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
    wire: ['GET', () => '/sessions/default'],
    call: (c, _sc, o) => c.retrieveSessionInfo('default', o),
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
    wire: ['DELETE', () => '/sessions/default'],
    call: (c, _sc, o) => c.deleteSession('default', o),
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
    wire: ['POST', () => '/sessions/default/start'],
    call: (c, _sc, o) => c.startSession('default', o),
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
    wire: ['POST', () => '/sessions/default/stop'],
    call: (c, _sc, o) => c.stopSession('default', o),
    check: async (_result, sc) => equal((await sessionOf(sc))?.status, 'STOPPED'),
    retry: 'B',
    bad: [(c) => c.stopSession('a?b'), /sessionId must be an id/],
  },
  {
    name: 'restartSession',
    seeded: 'WORKING',
    wire: ['POST', () => '/sessions/default/restart'],
    call: (c, _sc, o) => c.restartSession('default', o),
    check: async (_result, sc) => ok((await sessionOf(sc))?.status !== 'STOPPED', 'the session runs again'),
    retry: 'C',
    bad: [(c) => c.restartSession(''), /sessionId must be an id/],
  },
  {
    name: 'retrieveQRCode',
    seeded: 'SCAN_QR_CODE',
    wire: ['GET', () => '/sessions/default/auth/qr'],
    call: (c, _sc, o) => c.retrieveQRCode('default', undefined, o),
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
  ...methodCases(SPECS, {
    dialects: AREA_DIALECTS,
    scenario: (dialect, spec) => scenario(dialect, spec.seeded),
    client: (ctx, sc) => clientFor(ctx, sc),
  }),
  ...lifecycle,
  notReady,
];
