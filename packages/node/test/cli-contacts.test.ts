import { describe, expect, test } from 'vitest';
import { cliHarness, lines } from './helpers/cli';
import type { Scenario, ScenarioInit } from './helpers/mock';

// `wasend contacts …`: the real dist/cli.js, spawned under the system node, against the mock server.
const KEY = 'cli-contacts-secret-6d4f';
const ALICE = '491700000002@c.us';
const BOB = '491700000003@c.us';
const { wasend, run, ok, server } = cliHarness(KEY);

/** Alice (named, on WhatsApp) and Bob (a contact no longer on WhatsApp). */
function scenario(init: ScenarioInit = {}): Promise<Scenario> {
  return server().createScenario({
    keys: [KEY],
    contacts: [
      { id: ALICE, name: 'Alice', pushName: 'Ali' },
      { id: BOB, onWhatsApp: false },
    ],
    ...init,
  });
}

describe('help', () => {
  test('wasend contacts --help lists its commands', async () => {
    const result = await wasend(['contacts', '--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Usage: wasend contacts <command>');
    for (const command of [
      'list <session> [--limit N]',
      'get <session> <contact>',
      'check <session> <phone>',
    ]) {
      expect(result.stdout).toContain(`  ${command}`);
    }
  });

  test.each([
    ['list', 'Usage: wasend contacts list <session> [--limit N] [--json]'],
    ['get', 'Usage: wasend contacts get <session> <contact> [--json]'],
    ['check', 'Usage: wasend contacts check <session> <phone> [--json]'],
  ])('wasend contacts %s --help', async (command, usage) => {
    const result = await wasend(['contacts', command, '-h']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(usage);
    expect(result.stdout).toMatch(/4\s+not found/);
  });
});

describe('usage errors (exit 2, one line pointing at the right --help)', () => {
  test.each([
    [['contacts'], 'missing contacts command', 'wasend contacts --help'],
    [['contacts', 'frob'], "unknown contacts command 'frob'", 'wasend contacts --help'],
    [['contacts', 'list'], 'missing <session>', 'wasend contacts list --help'],
    [['contacts', 'get', 's1'], 'missing <contact>', 'wasend contacts get --help'],
    [['contacts', 'check', 's1'], 'missing <phone>', 'wasend contacts check --help'],
    [['contacts', 'check', 's1', '+491', 'x'], "unexpected argument 'x'", 'wasend contacts check --help'],
    [
      ['contacts', 'get', 's1', 'c', '--limit', '2'],
      'contacts get does not take --limit',
      'wasend contacts get --help',
    ],
    [
      ['contacts', 'check', 's1', 'p', '--qr'],
      'contacts check does not take --qr',
      'wasend contacts check --help',
    ],
  ])('%j', async (args, message, help) => {
    const result = await wasend(args, { WASEND_API_KEY: KEY });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([`wasend: ${message} (see '${help}')`]);
  });

  test('a malformed phone or contact is a WasendArgumentError, before any request', async () => {
    const sc = await scenario();
    for (const args of [
      ['contacts', 'check', 'default', '12'],
      ['contacts', 'get', 'default', 'not a contact'],
    ]) {
      const result = await run(sc, args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^wasend: WasendArgumentError: .+\n$/);
    }
    expect(await sc.requests()).toHaveLength(0);
  });
});

describe.each(['docs', 'noweb'] as const)('contacts (%s dialect)', (dialect) => {
  test('contacts check: a known number is on WhatsApp (its chat id), exit 0', async () => {
    const sc = await scenario({ dialect });
    expect(await ok(sc, ['contacts', 'check', 'default', '+49 170 0000002'])).toBe(`on WhatsApp: ${ALICE}\n`);
    const json = JSON.parse(await ok(sc, ['contacts', 'check', 'default', '+491700000002', '--json']));
    expect(json).toEqual({ exists: true, phone: '491700000002', chatId: ALICE });
    const request = (await sc.requests()).at(-1);
    expect(request?.path).toBe('/contacts/check-exists');
    expect(request?.query).toMatchObject({ session: 'default', phone: '491700000002' });
  });

  test('contacts check: a number not on WhatsApp, or unknown, still exits 0', async () => {
    const sc = await scenario({ dialect });
    expect(await ok(sc, ['contacts', 'check', 'default', '+491700000003'])).toBe('not on WhatsApp\n');
    expect(await ok(sc, ['contacts', 'check', 'default', '+491700000099'])).toBe('not on WhatsApp\n');
    const json = JSON.parse(await ok(sc, ['contacts', 'check', 'default', '+491700000099', '--json']));
    expect(json).toEqual({ exists: false, phone: '491700000099' });
  });

  test('contacts list: a table of ID, NAME, PUSH NAME, PHONE; --json the array without raw', async () => {
    const sc = await scenario({ dialect });
    const [header, ...rows] = lines(await ok(sc, ['contacts', 'list', 'default']));
    expect(header).toMatch(/^ID\s+NAME\s+PUSH NAME\s+PHONE$/);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^491700000002@\S+\s+Alice\s+Ali\s+/);
    expect(rows[1]).toMatch(/^491700000003@\S+\s+-\s+-\s+/);

    const contacts = JSON.parse(await ok(sc, ['contacts', 'list', 'default', '--json']));
    expect(contacts).toHaveLength(2);
    expect(contacts[0]).toMatchObject({
      id: expect.stringMatching(/^491700000002@/),
      name: 'Alice',
      pushName: 'Ali',
    });
    for (const contact of contacts) expect(contact).not.toHaveProperty('raw');
    const state = (await sc.state()).contacts.map((contact) => contact.id);
    expect(contacts.map((c: { id: string }) => c.id.split('@')[0])).toEqual(
      state.map((id) => id.split('@')[0]),
    );

    const [, ...limited] = lines(await ok(sc, ['contacts', 'list', 'default', '--limit', '1']));
    expect(limited).toHaveLength(1);
    expect((await sc.requests()).at(-1)?.query).toMatchObject({ session: 'default', limit: '1' });
  });

  test('contacts list without contacts', async () => {
    const sc = await scenario({ dialect, contacts: [] });
    expect(await ok(sc, ['contacts', 'list', 'default'])).toBe('no contacts\n');
  });

  test('contacts get: one "label: value" per line; --json the contact without raw', async () => {
    const sc = await scenario({ dialect });
    const out = await ok(sc, ['contacts', 'get', 'default', '+491700000002']);
    for (const line of lines(out)) expect(line).toMatch(/^[a-z ]+: +\S/);
    expect(out).toMatch(/^id: +491700000002@/m);
    expect(out).toMatch(/^name: +Alice$/m);
    expect(out).toMatch(/^push name: +Ali$/m);
    const contact = JSON.parse(await ok(sc, ['contacts', 'get', 'default', ALICE, '--json']));
    expect(contact).toMatchObject({ name: 'Alice', pushName: 'Ali' });
    expect(contact).not.toHaveProperty('raw');
    expect((await sc.requests()).at(-1)?.query).toMatchObject({ session: 'default', contactId: ALICE });
  });
});

describe('a contact the server does not know → 4', () => {
  test('docs: the service answers 404', async () => {
    const sc = await scenario();
    for (const args of [
      ['contacts', 'get', 'default', '+491700000099'],
      ['contacts', 'get', 'default', '+491700000099', '--json'],
    ]) {
      const result = await run(sc, args);
      expect(result.code).toBe(4);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual(['wasend: NotFoundError: 404 Contact not found']);
    }
  });

  test('noweb: the engine answers nothing (null): "no such contact"', async () => {
    const sc = await scenario({ dialect: 'noweb' });
    for (const args of [
      ['contacts', 'get', 'default', '+491700000099'],
      ['contacts', 'get', 'default', '+491700000099', '--json'],
    ]) {
      const result = await run(sc, args);
      expect(result.code).toBe(4);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual(['wasend: no such contact: +491700000099']);
    }
  });

  test('an unknown session → 4', async () => {
    const sc = await scenario();
    for (const args of [
      ['contacts', 'list', 'nope'],
      ['contacts', 'check', 'nope', '+491700000002'],
    ]) {
      const result = await run(sc, args);
      expect(result.code).toBe(4);
      expect(result.stderr).toMatch(/^wasend: NotFoundError: .+\n$/);
    }
  });
});
