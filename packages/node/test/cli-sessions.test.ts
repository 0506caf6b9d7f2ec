import { describe, expect, test } from 'vitest';
import { cliHarness, lines } from './helpers/cli';
import type { Scenario, ScenarioInit } from './helpers/mock';

// `wasend sessions …` and WASEND_AUTH: the real dist/cli.js, spawned under the system node,
// against the mock server.
const KEY = 'cli-sessions-secret-9b2c';
const { wasend, run, ok, server } = cliHarness(KEY);
const QR_BLOCKS = /[█▀▄]/;
// A 1×1 PNG, for a server that gives the QR code only as an image.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Time moves only when a request or the control plane looks; the QR is scanned only by `scanQr()`. */
function scenario(init: ScenarioInit = {}): Promise<Scenario> {
  return server().createScenario({
    keys: [KEY],
    sessionLifecycle: { startingMs: 0, scanAfterQrMs: null },
    ...init,
  });
}

describe('help', () => {
  test('wasend sessions --help lists every session command', async () => {
    const result = await wasend(['sessions', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: wasend sessions <command>');
    for (const command of [
      'list',
      'get <session>',
      'create <name> <phone>',
      'start <session>',
      'stop <session>',
      'restart <session>',
      'delete <session>',
      'qr <session>',
    ]) {
      expect(result.stdout).toContain(`  ${command}`);
    }
  });

  test.each([
    ['list', 'Usage: wasend sessions list [--json]'],
    ['get', 'Usage: wasend sessions get <session>'],
    ['create', 'Usage: wasend sessions create <name> <phone>'],
    ['start', 'Usage: wasend sessions start <session>'],
    ['stop', 'Usage: wasend sessions stop <session>'],
    ['restart', 'Usage: wasend sessions restart <session>'],
    ['delete', 'Usage: wasend sessions delete <session>'],
    ['qr', 'Usage: wasend sessions qr <session>'],
  ])('wasend sessions %s --help', async (command, usage) => {
    const result = await wasend(['sessions', command, '-h']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(usage);
    expect(result.stdout).toContain('WASEND_AUTH');
  });

  test('the help footer documents WASEND_AUTH', async () => {
    const result = await wasend(['--help']);
    expect(result.stdout).toMatch(/WASEND_AUTH +how the key is sent: bearer \(default/);
    expect(result.stdout).toContain('x-api-key');
  });
});

describe('usage errors (exit 2, one line pointing at the right --help)', () => {
  test.each([
    [['sessions'], 'missing sessions command', 'wasend sessions --help'],
    [['sessions', 'frob'], "unknown sessions command 'frob'", 'wasend sessions --help'],
    [['sessions', 'list', 'extra'], "unexpected argument 'extra'", 'wasend sessions list --help'],
    [['sessions', 'get'], 'missing <session>', 'wasend sessions get --help'],
    [['sessions', 'create', 'Support'], 'missing <phone>', 'wasend sessions create --help'],
    [['sessions', 'start'], 'missing <session>', 'wasend sessions start --help'],
    [['sessions', 'qr', 's1', '--qr'], 'sessions qr does not take --qr', 'wasend sessions qr --help'],
    [
      ['sessions', 'delete', 's1', '--link'],
      'sessions delete does not take --link',
      'wasend sessions delete --help',
    ],
  ])('%j', async (args, message, help) => {
    const result = await wasend(args, { WASEND_API_KEY: KEY });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([`wasend: ${message} (see '${help}')`]);
  });

  test('a malformed phone is a WasendArgumentError, before any request', async () => {
    const sc = await scenario();
    const result = await run(sc, ['sessions', 'create', 'Support', '12']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^wasend: WasendArgumentError: .*phoneNumber.*\n$/);
    expect(await sc.requests()).toHaveLength(0);
  });

  test('--auth is refused, pointing at WASEND_AUTH', async () => {
    const result = await wasend(['sessions', 'list', '--auth', 'x-api-key'], { WASEND_API_KEY: KEY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('WASEND_AUTH=x-api-key');
  });
});

describe.each(['docs', 'noweb'] as const)('reading sessions (%s dialect)', (dialect) => {
  test('list prints a table of id, name, status and phone; --json the array without raw', async () => {
    const sc = await scenario({
      dialect,
      sessions: [{ id: 'default' }, { id: 'sales', status: 'SCAN_QR_CODE' }],
    });
    const [header, ...rows] = lines(await ok(sc, ['sessions', 'list']));
    expect(header).toMatch(/^ID\s+NAME\s+STATUS\s+PHONE$/);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^default\s+default\s+WORKING\s+/);
    expect(rows[1]).toMatch(/^sales\s+sales\s+SCAN_QR_CODE\s+/);
    const sessions = JSON.parse(await ok(sc, ['sessions', 'list', '--json']));
    expect(sessions).toMatchObject([
      { id: 'default', status: 'WORKING' },
      { id: 'sales', status: 'SCAN_QR_CODE' },
    ]);
    expect(sessions[0]).not.toHaveProperty('raw');
  });

  test('get prints one "label: value" per line; --json the session without raw', async () => {
    const sc = await scenario({ dialect });
    const out = await ok(sc, ['sessions', 'get', 'default']);
    for (const line of lines(out)) expect(line).toMatch(/^[a-z ]+: +\S/);
    expect(out).toMatch(/^id: +default$/m);
    expect(out).toMatch(/^status: +WORKING$/m);
    const session = JSON.parse(await ok(sc, ['sessions', 'get', 'default', '--json']));
    expect(session).toMatchObject({ id: 'default', status: 'WORKING' });
    expect(session).not.toHaveProperty('raw');
  });
});

describe.each(['docs', 'noweb'] as const)('the session lifecycle (%s dialect)', (dialect) => {
  test('create → start → qr draws the code → scanned → WORKING → stop → restart → delete', async () => {
    const sc = await scenario({ dialect });
    const id = (await ok(sc, ['sessions', 'create', 'Support line', '+49 170 1234567'])).trim();
    if (dialect === 'docs') expect(id).toMatch(/^[0-9a-f-]{36}$/);
    else expect(id).toBe('Support_line');
    const created = (await sc.state()).sessions.find((session) => session.id === id);
    expect(created).toMatchObject({ name: 'Support line', phoneNumber: '+491701234567' });

    if (dialect === 'docs') {
      // A docs session is STOPPED until started; an engine one starts on create.
      expect(created?.status).toBe('STOPPED');
      expect(await ok(sc, ['sessions', 'start', id])).toBe('STARTING\n');
    }
    expect(await ok(sc, ['sessions', 'get', id])).toMatch(/^status: +SCAN_QR_CODE$/m);

    const drawn = await ok(sc, ['sessions', 'qr', id]);
    expect(drawn).toMatch(QR_BLOCKS);
    expect(lines(drawn).length).toBeGreaterThan(20);
    expect(drawn).toContain('Linked devices');
    const qrRequest = (await sc.requests()).at(-1);
    expect(qrRequest?.path).toBe(`/sessions/${id}/auth/qr`);
    expect(qrRequest?.query.format).toBe('raw');

    const payload = (await sc.state()).sessions.find((session) => session.id === id)?.qr;
    expect(payload).toMatch(/^2@/);
    expect(JSON.parse(await ok(sc, ['sessions', 'qr', id, '--json']))).toEqual({ value: payload });

    await sc.scanQr(id);
    expect(await ok(sc, ['sessions', 'get', id])).toMatch(/^status: +WORKING$/m);
    const noQr = await run(sc, ['sessions', 'qr', id]);
    expect(noQr.code).toBe(1);
    expect(noQr.stderr).toMatch(/^wasend: UnprocessableEntityError: .+\n$/);

    expect(await ok(sc, ['sessions', 'stop', id])).toBe('STOPPED\n');
    const restarted = JSON.parse(await ok(sc, ['sessions', 'restart', id, '--json']));
    expect(restarted).toMatchObject({ id, status: 'STARTING' });
    expect(restarted).not.toHaveProperty('raw');

    expect(await ok(sc, ['sessions', 'delete', id])).toBe(`deleted ${id}\n`);
    expect((await sc.state()).sessions.map((session) => session.id)).not.toContain(id);
  });

  test('create --json, start --json, delete --json', async () => {
    const sc = await scenario({ dialect });
    const created = JSON.parse(await ok(sc, ['sessions', 'create', 'Sales', '+4917099999', '--json']));
    expect(created).toMatchObject({ status: expect.any(String) });
    expect(created).not.toHaveProperty('raw');
    const started = JSON.parse(await ok(sc, ['sessions', 'start', created.id, '--json']));
    expect(started).toMatchObject({ id: created.id });
    expect(JSON.parse(await ok(sc, ['sessions', 'delete', created.id, '--json']))).toEqual({
      deleted: created.id,
    });
  });
});

describe('sessions qr when the server gives only an image', () => {
  test('says so on stderr, prints the image as JSON, exits 0', async () => {
    const sc = await scenario({ sessions: [{ id: 'default', status: 'SCAN_QR_CODE' }] });
    await sc.addFaults([
      { match: { path: 'auth/qr' }, respond: { status: 200, body: { mimetype: 'image/png', data: PNG } } },
    ]);
    const result = await run(sc, ['sessions', 'qr', 'default']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ image: { mimetype: 'image/png', data: PNG } });
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/^wasend: the server gave the QR code only as an image \(image\/png\)/);
  });
});

describe('API failures', () => {
  test('404 (unknown session) → 4', async () => {
    const sc = await scenario();
    for (const args of [
      ['sessions', 'get', 'nope'],
      ['sessions', 'start', 'nope'],
    ]) {
      const result = await run(sc, args);
      expect(result.code).toBe(4);
      expect(result.stderr).toMatch(/^wasend: NotFoundError: .+\n$/);
    }
  });

  test('403 (a key scoped to another session) → 3', async () => {
    const sc = await scenario({ keys: [{ key: KEY, sessions: ['other'] }] });
    for (const args of [
      ['sessions', 'get', 'default'],
      ['sessions', 'qr', 'default'],
      ['sessions', 'create', 'Support', '+4917012345678'],
    ]) {
      const result = await run(sc, args);
      expect(result.code).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^wasend: PermissionDeniedError: .+\n$/);
    }
  });

  test('no WASEND_API_KEY → 3, before any request', async () => {
    const sc = await scenario();
    const result = await wasend(['sessions', 'list'], { WASEND_BASE_URL: sc.baseUrl });
    expect(result.code).toBe(3);
    expect(await sc.requests()).toHaveLength(0);
  });
});

describe('WASEND_AUTH', () => {
  test('x-api-key sends the key as X-Api-Key (as a self-hosted WAHA engine reads it)', async () => {
    const sc = await scenario({ dialect: 'noweb' });
    expect(await ok(sc, ['sessions', 'list'], { WASEND_AUTH: 'x-api-key' })).toMatch(/^ID/);
    const [request] = await sc.requests();
    expect(request?.headers['x-api-key']).toBe(KEY);
    expect(request?.headers).not.toHaveProperty('authorization');
  });

  test('bearer (the default) sends Authorization: Bearer', async () => {
    const sc = await scenario();
    await ok(sc, ['sessions', 'list']);
    await ok(sc, ['sessions', 'list'], { WASEND_AUTH: 'bearer' });
    for (const request of await sc.requests()) {
      expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(request.headers).not.toHaveProperty('x-api-key');
    }
  });

  test('another value is a usage error that does not repeat it, before any request', async () => {
    const sc = await scenario();
    const result = await run(sc, ['sessions', 'list'], { WASEND_AUTH: 'secret-looking-value' });
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      "wasend: WASEND_AUTH must be bearer or x-api-key (see 'wasend --help')",
    ]);
    expect(await sc.requests()).toHaveLength(0);
  });

  test('--help works whatever WASEND_AUTH holds', async () => {
    const result = await wasend(['sessions', '--help'], { WASEND_AUTH: 'nonsense' });
    expect(result.code).toBe(0);
  });
});
