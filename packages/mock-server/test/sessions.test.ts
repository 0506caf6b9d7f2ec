// The session endpoints in every dialect, the state machine, the QR forms and the control plane.
import { describe, expect, test } from 'vitest';
import type { Dialect, ScenarioInit } from '../src/handler';
import {
  ALL_DIALECTS,
  type Answer,
  ENGINE_DIALECTS,
  ME,
  NEST,
  type TestScenario,
  useHandler,
} from './apiHarness';

const scenario = useHandler();
const WASEND = (d: Dialect) => d === 'docs' || d === 'json-string';
const triple = (a: Answer) => [a.status, a.contentType, a.text === '' ? '' : a.json()];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const PNG_BASE64_START = 'iVBORw0KGgo';
const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

/** Request-driven: STARTING ends at the next request, the QR is scanned only through the control plane. */
const manual = (dialect: Dialect, extra: Partial<ScenarioInit> = {}): ScenarioInit => ({
  dialect,
  sessions: [{ id: 'default', me: ME }],
  groups: [],
  sessionLifecycle: { startingMs: 0, scanAfterQrMs: null },
  ...extra,
});

const createBody = {
  sessionName: 'Sales Team 1',
  phoneNumber: '+49 170 1234567',
  enableAccountProtection: true,
  enableMessageLogging: false,
  enableWebhook: true,
  webhookUrl: 'https://hooks.example/wa',
};

/** A create answer: Wasend's or WAHA's. */
interface Created {
  uniqueSessionId?: string;
  name?: string;
}

const status = async (sc: TestScenario, id: string) =>
  (await sc.state()).sessions.find((s) => s.id === id)?.status;

describe.each(ALL_DIALECTS)('sessions in %s', (dialect) => {
  test('create, get, list, delete: the dialect’s shapes', async () => {
    const sc = await scenario(manual(dialect));
    const created = await sc.call('POST', '/sessions', { body: createBody });
    expect(created.status).toBe(201);
    const state = (await sc.state()).sessions[1];
    const id = state?.id as string;

    if (WASEND(dialect)) {
      // A generated uniqueSessionId; Wasend creates the session stopped.
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const session = {
        uniqueSessionId: id,
        sessionName: 'Sales Team 1',
        phoneNumber: '+491701234567',
        status: 'STOPPED',
        enableAccountProtection: true,
        enableMessageLogging: false,
        enableWebhook: true,
        webhookUrl: 'https://hooks.example/wa',
        createdAt: ISO,
        updatedAt: ISO,
      };
      expect(triple(created)).toEqual([201, 'application/json', session]);
      const { enableAccountProtection, enableMessageLogging, enableWebhook, webhookUrl, ...rest } = session;
      const one = await sc.call('GET', `/sessions/${id}`);
      expect(triple(one)).toEqual([
        200,
        'application/json',
        dialect === 'docs'
          ? { ...rest, config: { enableAccountProtection, enableMessageLogging, enableWebhook, webhookUrl } }
          : session,
      ]);
      const list = (await sc.call('GET', '/sessions')).json() as { sessions: unknown[] };
      if (dialect === 'docs') {
        expect(list.sessions).toHaveLength(2);
        expect(list.sessions[1]).toEqual({
          session,
          downstream: { name: id, status: 'STOPPED', config: {}, engine: 'NOWEB' },
        });
      } else {
        expect(list).toEqual([
          expect.objectContaining({ uniqueSessionId: 'default', status: 'WORKING' }),
          session,
        ]);
      }
      const deleted = await sc.call('DELETE', `/sessions/${id}`);
      expect(triple(deleted)).toEqual([
        200,
        'application/json',
        dialect === 'docs' ? { success: true } : { result: true },
      ]);
      expect(triple(await sc.call('GET', `/sessions/${id}`))[0]).toBe(404);
      expect((await sc.call('DELETE', `/sessions/${id}`)).status).toBe(404);
    } else {
      // WAHA: the id comes from the name ([A-Za-z0-9_-]); the session starts unless `start: false`.
      expect(id).toBe('Sales_Team_1');
      const webhooks = [{ url: 'https://hooks.example/wa', events: ['message', 'session.status'] }];
      expect(triple(created)).toEqual([201, NEST, { name: id, status: 'STARTING', config: { webhooks } }]);
      // STARTING ended at this request (startingMs 0): the QR is shown now.
      expect(triple(await sc.call('GET', `/sessions/${id}`))).toEqual([
        200,
        NEST,
        { name: id, status: 'SCAN_QR_CODE', config: { webhooks }, me: null },
      ]);
      expect(triple(await sc.call('GET', '/sessions/default'))).toEqual([
        200,
        NEST,
        { name: 'default', status: 'WORKING', config: { webhooks: [] }, me: { id: ME, pushName: 'default' } },
      ]);
      const again = await sc.call('POST', '/sessions', { body: { name: 'Sales_Team_1' } });
      expect(triple(again)[0]).toBe(422);
      expect(JSON.stringify(again.json())).toContain(
        "Session 'Sales_Team_1' already exists. Use PUT to update it.",
      );
      // STOPPED sessions are listed only with ?all=true.
      await sc.call('POST', `/sessions/${id}/stop`);
      const names = async (query: string) =>
        ((await sc.call('GET', `/sessions${query}`)).json() as Array<{ name: string }>).map((s) => s.name);
      expect(await names('')).toEqual(['default']);
      expect(await names('?all=true')).toEqual(['default', id]);
      const deleted = await sc.call('DELETE', `/sessions/${id}`);
      expect(triple(deleted)).toEqual([200, null, '']);
      expect((await sc.call('GET', `/sessions/${id}`)).status).toBe(404);
      // WAHA documents DELETE as idempotent.
      expect(triple(await sc.call('DELETE', `/sessions/${id}`))).toEqual([200, null, '']);
    }
    expect((await sc.state()).sessions.map((s) => s.id)).toEqual(['default']);
  });

  test('unknown session: 404 on the session routes', async () => {
    const sc = await scenario(manual(dialect));
    for (const [method, path] of [
      ['GET', '/sessions/nope'],
      ['POST', '/sessions/nope/start'],
      ['POST', '/sessions/nope/stop'],
      ['POST', '/sessions/nope/restart'],
    ] as const) {
      const a = await sc.call(method, path);
      expect(a.status).toBe(404);
      expect(a.text).toContain(WASEND(dialect) ? 'Session \\"nope\\" not found' : 'Session not found');
    }
    const qr = await sc.call('GET', '/sessions/nope/auth/qr');
    if (dialect === 'noweb' || dialect === 'webjs') {
      expect(triple(qr)).toEqual([422, NEST, { error: 'Session "nope" does not exist', session: 'nope' }]);
    } else {
      expect(qr.status).toBe(404);
    }
  });

  test('the state machine: STOPPED → STARTING → SCAN_QR_CODE → WORKING, stop, start, restart', async () => {
    const sc = await scenario(manual(dialect));
    const created = (
      await sc.call('POST', '/sessions', { body: { ...createBody, start: false } })
    ).json() as Created;
    const id = (created.uniqueSessionId ?? created.name) as string;
    expect(await status(sc, id)).toBe('STOPPED');
    // A QR only in SCAN_QR_CODE.
    expect((await sc.call('GET', `/sessions/${id}/auth/qr`)).status).toBe(422);

    const started = (await sc.call('POST', `/sessions/${id}/start`)).json() as { status: string };
    expect(started.status).toBe('STARTING');
    expect(await status(sc, id)).toBe('SCAN_QR_CODE');
    // The QR can be fetched as often as needed; nothing scans it without the control plane.
    for (let i = 0; i < 3; i++)
      expect((await sc.call('GET', `/sessions/${id}/auth/qr?format=raw`)).status).toBe(200);
    expect(await status(sc, id)).toBe('SCAN_QR_CODE');
    // The session is not WORKING: its group routes answer 422.
    expect((await sc.call('GET', `/${id}/groups`)).status).toBe(422);

    expect((await sc.control('POST', `/sessions/${id}/scan`)).status).toBe(204);
    expect(await status(sc, id)).toBe('WORKING');
    expect((await sc.call('GET', `/${id}/groups`)).status).toBe(200);
    const qr = await sc.call('GET', `/sessions/${id}/auth/qr`);
    if (WASEND(dialect)) expect(qr.status).toBe(422);
    else {
      expect(triple(qr)).toEqual([
        422,
        dialect === 'gows' ? 'application/json' : NEST,
        {
          error: 'Session status is not as expected. Try again later or restart the session',
          session: id,
          status: 'WORKING',
          expected: ['SCAN_QR_CODE'],
        },
      ]);
    }

    const stopped = await sc.call('POST', `/sessions/${id}/stop`);
    expect([stopped.status, (stopped.json() as { status: string }).status]).toEqual([
      WASEND(dialect) ? 200 : 201,
      'STOPPED',
    ]);
    // A linked session starts again without a QR.
    expect(((await sc.call('POST', `/sessions/${id}/start`)).json() as { status: string }).status).toBe(
      'STARTING',
    );
    expect(await status(sc, id)).toBe('WORKING');
    // start on a running session changes nothing (idempotent); restart always goes back to STARTING.
    expect(((await sc.call('POST', `/sessions/${id}/start`)).json() as { status: string }).status).toBe(
      'WORKING',
    );
    const restarted = await sc.call('POST', `/sessions/${id}/restart`);
    expect([restarted.status, (restarted.json() as { status: string }).status]).toEqual([
      WASEND(dialect) ? 200 : 201,
      'STARTING',
    ]);
    expect(await status(sc, id)).toBe('WORKING');
  });

  test('the QR forms', async () => {
    const sc = await scenario({ ...manual(dialect), sessions: [{ id: 'default', status: 'SCAN_QR_CODE' }] });
    const qrPayload = (await sc.state()).sessions[0]?.qr as string;
    expect(qrPayload).toMatch(/^2@[A-Za-z0-9]{40}(,[A-Za-z0-9]{43}=){3}$/);
    const json = await sc.call('GET', '/sessions/default/auth/qr', {
      headers: { accept: 'application/json' },
    });
    const other = await sc.call('GET', '/sessions/default/auth/qr', {
      headers: { accept: 'application/json, */*' },
    });
    const raw = await sc.call('GET', '/sessions/default/auth/qr?format=raw', {
      headers: { accept: 'application/json' },
    });
    const image = await sc.call('GET', '/sessions/default/auth/qr?format=image', {
      headers: { accept: 'application/json' },
    });
    if (WASEND(dialect)) {
      for (const a of [json, other, image]) {
        expect([a.status, a.contentType]).toEqual([200, 'application/json']);
        expect((a.json() as { data: string }).data.startsWith(PNG_BASE64_START)).toBe(true);
      }
      expect(triple(raw)).toEqual([200, 'application/json', { data: qrPayload }]);
    } else {
      const data = (json.json() as { data: string }).data;
      expect(triple(json)).toEqual([200, NEST, { mimetype: 'image/png', data }]);
      expect(triple(image)).toEqual(triple(json));
      // Any other Accept: the PNG bytes themselves, the same image.
      expect([other.status, other.contentType]).toEqual([200, 'image/png']);
      expect([...other.bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(other.bytes.length).toBe(136);
      expect(btoa(String.fromCharCode(...other.bytes))).toBe(data);
      expect(triple(raw)).toEqual([200, NEST, { value: qrPayload }]);
    }
    const bad = await sc.call('GET', '/sessions/default/auth/qr?format=svg');
    expect([bad.status, bad.text]).toEqual([
      400,
      expect.stringContaining('format must be one of the following values: image, raw'),
    ]);
  });
});

describe('the state machine in time', () => {
  test.each(['docs', 'noweb'] as const)(
    '%s: STARTING for startingMs, then scanned scanAfterQrMs after the first QR',
    async (dialect) => {
      const sc = await scenario(
        manual(dialect, { sessionLifecycle: { startingMs: 150, scanAfterQrMs: 150 } }),
      );
      const created = (await sc.call('POST', '/sessions', { body: createBody })).json() as Created;
      const id = (created.uniqueSessionId ?? created.name) as string;
      if (WASEND(dialect)) await sc.call('POST', `/sessions/${id}/start`);
      expect(await status(sc, id)).toBe('STARTING');
      expect((await sc.call('GET', `/sessions/${id}/auth/qr`)).status).toBe(422);
      await sleep(200);
      expect(await status(sc, id)).toBe('SCAN_QR_CODE');
      // Without a QR fetch nothing scans it.
      await sleep(200);
      expect(await status(sc, id)).toBe('SCAN_QR_CODE');
      expect((await sc.call('GET', `/sessions/${id}/auth/qr`)).status).toBe(200);
      expect(await status(sc, id)).toBe('SCAN_QR_CODE');
      await sleep(200);
      const session = (await sc.state()).sessions.find((s) => s.id === id);
      expect(session).toMatchObject({ status: 'WORKING', authenticated: true, auto: false, qr: null });
      // The new session works: it can create and list groups.
      const group = await sc.call('POST', `/${id}/groups`, {
        body: { name: 'From a new session', participants: [{ id: '491700000002@c.us' }] },
      });
      expect(group.status).toBe(201);
      expect((await sc.state()).groups.map((g) => [g.session, g.owner])).toEqual([[id, '491701234567@c.us']]);
      // Deleting the session drops its groups.
      await sc.call('DELETE', `/sessions/${id}`);
      expect((await sc.state()).groups).toEqual([]);
    },
  );

  test('a seeded status holds however long the test takes', async () => {
    const sc = await scenario(
      manual('waha', {
        sessions: [
          { id: 'starting', status: 'STARTING' },
          { id: 'qr', status: 'SCAN_QR_CODE' },
        ],
        sessionLifecycle: { startingMs: 0, scanAfterQrMs: 0 },
      }),
    );
    await sc.call('GET', '/sessions/qr/auth/qr');
    await sleep(20);
    expect((await sc.state()).sessions.map((s) => s.status)).toEqual(['STARTING', 'SCAN_QR_CODE']);
  });

  test('the control plane forces a status and scans; refusals', async () => {
    const sc = await scenario(manual('docs'));
    expect((await sc.control('POST', '/sessions/default/status', { status: 'FAILED' })).status).toBe(204);
    expect(await status(sc, 'default')).toBe('FAILED');
    expect((await sc.call('GET', '/default/groups')).status).toBe(422);
    // start moves FAILED on like STOPPED.
    expect(((await sc.call('POST', '/sessions/default/start')).json() as { status: string }).status).toBe(
      'STARTING',
    );
    expect(await status(sc, 'default')).toBe('WORKING'); // linked: no QR needed
    const notShowingQr = await sc.control('POST', '/sessions/default/scan');
    expect([notShowingQr.status, await notShowingQr.json()]).toEqual([
      409,
      { error: 'session "default" shows no QR code (status WORKING)' },
    ]);
    expect((await sc.control('POST', '/sessions/default/status', { status: 'SCAN_QR_CODE' })).status).toBe(
      204,
    );
    expect((await sc.state()).sessions[0]?.qr).toMatch(/^2@/);
    expect((await sc.control('POST', '/sessions/default/scan')).status).toBe(204);
    expect(await status(sc, 'default')).toBe('WORKING');
    expect((await sc.control('POST', '/sessions/nope/scan')).status).toBe(404);
    expect((await sc.control('POST', '/sessions/default/status', { status: 'ASLEEP' })).status).toBe(400);
    expect((await sc.control('GET', '/sessions/default/scan')).status).toBe(404);
  });

  test("build: 'core' refuses a second start with 422", async () => {
    const sc = await scenario(manual('noweb', { build: 'core' }));
    const a = await sc.call('POST', '/sessions/default/start');
    expect(triple(a)).toEqual([
      422,
      NEST,
      { statusCode: 422, message: "Session 'default' is already started.", error: 'Unprocessable Entity' },
    ]);
  });
});

describe('create validation', () => {
  test.each(['docs', 'json-string'] as const)('%s: Wasend’s fields are checked (400)', async (dialect) => {
    const sc = await scenario(manual(dialect));
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ phoneNumber: '+491701234567' }, 'sessionName must be a non-empty string'],
      [{ sessionName: 'x', phoneNumber: '12' }, 'phoneNumber must be a phone number'],
      [
        { sessionName: 'x', phoneNumber: '+491701234567', enableWebhook: 'yes' },
        'enableWebhook must be a boolean',
      ],
      [
        { sessionName: 'x', phoneNumber: '+491701234567', enableWebhook: true },
        'webhookUrl is required when enableWebhook is true',
      ],
      [
        { sessionName: 'x', phoneNumber: '+491701234567', webhookUrl: 'nope' },
        'webhookUrl must be an http(s) URL',
      ],
    ];
    for (const [body, message] of bad) {
      const a = await sc.call('POST', '/sessions', { body });
      expect(a.status).toBe(400);
      expect(a.text).toContain(message);
    }
    expect((await sc.state()).sessions).toHaveLength(1);
  });

  test.each(ENGINE_DIALECTS)('%s: a WAHA body {name, config, start}', async (dialect) => {
    const sc = await scenario(manual(dialect));
    const a = await sc.call('POST', '/sessions', {
      body: { name: 'bot', start: false, config: { webhooks: [{ url: 'https://hooks.example/x' }] } },
    });
    expect(a.json()).toEqual({
      name: 'bot',
      status: 'STOPPED',
      config: { webhooks: [{ url: 'https://hooks.example/x', events: ['message', 'session.status'] }] },
    });
    const unnamed = (await sc.call('POST', '/sessions', { body: {} })).json() as { name: string };
    expect(unnamed.name).toMatch(/^session_[a-z0-9]{8}$/);
  });
});
