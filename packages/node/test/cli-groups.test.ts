import { describe, expect, test } from 'vitest';
import { cliHarness, lines } from './helpers/cli';
import type { Scenario, ScenarioInit } from './helpers/mock';
import type { RunResult } from './helpers/systemNode';

// `wasend groups …`: the real dist/cli.js, spawned under the system node, against the mock server.
const GROUP = '120363025988123456@g.us';
const ME = '491700000001@c.us';
const ALICE = '491700000099@c.us';
const BOB = '491700000077@c.us';
const KEY = 'cli-groups-secret-5e1d';
const { wasend, run, ok, server } = cliHarness(KEY);

/** A scenario whose group has me (owner) and ALICE as members. */
function scenario(init: ScenarioInit = {}): Promise<Scenario> {
  return server().createScenario({
    keys: [KEY],
    groups: [{ id: GROUP, session: 'default', members: [ME, ALICE] }],
    ...init,
  });
}

describe('help', () => {
  test('wasend --help names the groups and sessions families and WASEND_AUTH', async () => {
    const result = await wasend(['--help']);
    expect(result.code).toBe(0);
    for (const text of ['groups <command>', 'sessions <command>', 'wasend groups --help', 'WASEND_AUTH']) {
      expect(result.stdout).toContain(text);
    }
  });

  test('wasend groups --help lists every group command', async () => {
    const result = await wasend(['groups', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: wasend groups <command>');
    for (const command of [
      'list <session>',
      'count <session>',
      'get <session> <group>',
      'create <session> <name> <phone…>',
      'leave <session> <group>',
      'participants <session> <group>',
      'participants add|remove|promote|demote',
      'subject <session> <group> <text>',
      'description <session> <group> <text>',
      'info-admin-only <session> <group> [on|off]',
      'messages-admin-only <session> <group> [on|off]',
    ]) {
      expect(result.stdout).toContain(command);
    }
    expect(result.stdout).toContain('WASEND_API_KEY');
  });

  test.each([
    'list',
    'count',
    'get',
    'create',
    'leave',
    'participants',
    'participants add',
    'participants remove',
    'participants promote',
    'participants demote',
    'subject',
    'description',
    'info-admin-only',
    'messages-admin-only',
  ])('wasend groups %s --help', async (command) => {
    const result = await wasend(['groups', ...command.split(' '), '--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Usage: wasend groups ${command} <session>`);
    expect(result.stdout).toContain('--json');
    expect(result.stdout).toMatch(/4\s+not found/);
  });
});

describe('usage errors (exit 2, one line pointing at the right --help)', () => {
  test.each([
    [['groups'], 'missing groups command', 'wasend groups --help'],
    [['groups', 'frob'], "unknown groups command 'frob'", 'wasend groups --help'],
    [['groups', 'list'], 'missing <session>', 'wasend groups list --help'],
    [['groups', 'list', 's1', 'extra'], "unexpected argument 'extra'", 'wasend groups list --help'],
    [['groups', 'get', 's1'], 'missing <group>', 'wasend groups get --help'],
    [['groups', 'create', 's1', 'Club'], 'missing <phone…>', 'wasend groups create --help'],
    [['groups', 'participants', 's1'], 'missing <group>', 'wasend groups participants --help'],
    [
      ['groups', 'participants', 's1', 'g1', 'x'],
      "unexpected argument 'x'",
      'wasend groups participants --help',
    ],
    [
      ['groups', 'participants', 'add', 's1', 'g1'],
      'missing <phone…>',
      'wasend groups participants add --help',
    ],
    [['groups', 'subject', 's1', 'g1'], 'missing <text>', 'wasend groups subject --help'],
    [
      ['groups', 'info-admin-only', 's1', 'g1', 'yes'],
      "expected on or off, not 'yes'",
      'wasend groups info-admin-only --help',
    ],
    [
      ['groups', 'messages-admin-only', 's1', 'g1', 'ON'],
      "expected on or off, not 'ON'",
      'wasend groups messages-admin-only --help',
    ],
    [['groups', 'list', 's1', '--link'], 'groups list does not take --link', 'wasend groups list --help'],
    [['groups', 'count', 's1', '--nope'], "Unknown option '--nope'", 'wasend groups count --help'],
    [['groups', 'frob', '--help'], "unknown groups command 'frob'", 'wasend groups --help'],
  ])('%j', async (args, message, help) => {
    const result = await wasend(args, { WASEND_API_KEY: KEY });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([`wasend: ${message} (see '${help}')`]);
  });

  test.each([
    [['groups', 'get', 'default', 'not-a-group'], 'groupId'],
    [['groups', 'participants', 'add', 'default', GROUP, 'not a phone'], 'participant'],
    [['groups', 'create', 'default', 'Club', '12'], 'participant'],
  ])('%j is a WasendArgumentError, before any request', async (args, text) => {
    const sc = await scenario();
    const result = await run(sc, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^wasend: WasendArgumentError: .+\n$/);
    expect(result.stderr).toContain(text);
    expect(await sc.requests()).toHaveLength(0);
  });
});

describe.each(['docs', 'noweb'] as const)('reading groups (%s dialect)', (dialect) => {
  test('list prints a table of id, name and participants', async () => {
    const sc = await scenario({ dialect });
    const out = await ok(sc, ['groups', 'list', 'default']);
    const [header, row, ...more] = lines(out);
    expect(header).toMatch(/^ID\s+NAME\s+PARTICIPANTS$/);
    expect(row).toMatch(new RegExp(`^${GROUP}\\s+Wasend test group\\s+2$`));
    expect(more).toEqual([]);
  });

  test('list --json prints the normalised array, without raw', async () => {
    const sc = await scenario({ dialect });
    const groups = JSON.parse(await ok(sc, ['groups', 'list', 'default', '--json']));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ id: GROUP, name: 'Wasend test group', participantsCount: 2 });
    expect(groups[0]).not.toHaveProperty('raw');
  });

  test('count, and count --json', async () => {
    const sc = await scenario({ dialect });
    expect(await ok(sc, ['groups', 'count', 'default'])).toBe('1\n');
    expect(JSON.parse(await ok(sc, ['groups', 'count', 'default', '--json']))).toMatchObject({ total: 1 });
  });

  test('get prints one "label: value" per line, and --json the group', async () => {
    const sc = await scenario({ dialect });
    const out = await ok(sc, ['groups', 'get', 'default', GROUP]);
    for (const line of lines(out)) expect(line).toMatch(/^[a-z ]+: +\S/);
    expect(out).toMatch(new RegExp(`^id: +${GROUP}$`, 'm'));
    expect(out).toMatch(/^name: +Wasend test group$/m);
    expect(out).toMatch(/^participants: +2$/m);
    expect(out).toMatch(/^messages admin only: +off$/m);
    const group = JSON.parse(await ok(sc, ['groups', 'get', 'default', GROUP, '--json']));
    expect(group).toMatchObject({ id: GROUP, isAnnounce: false, isLocked: false });
    expect(group).not.toHaveProperty('raw');
  });

  test('participants prints id and role; --json the list', async () => {
    const sc = await scenario({ dialect });
    const out = await ok(sc, ['groups', 'participants', 'default', GROUP]);
    const [header, ...rows] = lines(out);
    expect(header).toMatch(/^ID\s+ROLE$/);
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.startsWith('491700000001@'))).toMatch(/\ssuperadmin$/);
    expect(rows.find((row) => row.startsWith('491700000099@'))).toMatch(/\sparticipant$/);
    const people = JSON.parse(await ok(sc, ['groups', 'participants', 'default', GROUP, '--json']));
    expect(people.map((p: { role: string }) => p.role).sort()).toEqual(['participant', 'superadmin']);
  });
});

describe.each(['docs', 'noweb'] as const)('changing groups (%s dialect)', (dialect) => {
  // The engine reads only [{ id }] participant lists.
  const env: Record<string, string> = dialect === 'noweb' ? { WASEND_PARTICIPANTS_FORMAT: 'objects' } : {};

  test('create prints the new group id; the group has its name and members', async () => {
    const sc = await scenario({ dialect });
    const out = await ok(sc, ['groups', 'create', 'default', 'Book club', '+49 170 0000099', BOB]);
    const id = out.trim();
    expect(id).toMatch(/^\d+@g\.us$/);
    const created = (await sc.state()).groups.find((group) => group.id === id);
    expect(created).toMatchObject({ name: 'Book club', owner: ME });
    expect(created?.members).toEqual(expect.arrayContaining([ME, ALICE, BOB]));
  });

  test('create --json prints the group', async () => {
    const sc = await scenario({ dialect });
    const group = JSON.parse(await ok(sc, ['groups', 'create', 'default', 'Club', BOB, '--json']));
    expect(group).toMatchObject({ name: 'Club' });
    expect(group.id).toMatch(/@g\.us$/);
    expect(group).not.toHaveProperty('raw');
  });

  test('leave, then the group is gone (exit 4 or 1 as the dialect answers)', async () => {
    const sc = await scenario({ dialect });
    expect(await ok(sc, ['groups', 'leave', 'default', GROUP])).toBe(`left ${GROUP}\n`);
    expect((await sc.state()).groups[0]?.members).not.toContain(ME);
    const after = await run(sc, ['groups', 'get', 'default', GROUP]);
    expect(after.code).toBe(dialect === 'docs' ? 4 : 1);
  });

  test('participants add: one line per person, refusals said on stderr, exit 0', async () => {
    const sc = await scenario({ dialect });
    const result = await run(sc, ['groups', 'participants', 'add', 'default', GROUP, BOB, ALICE], env);
    expect(result.code).toBe(0);
    const [bob, alice, ...more] = lines(result.stdout);
    expect(bob).toMatch(new RegExp(`^${BOB}\\s+ok$`));
    expect(alice).toMatch(new RegExp(`^${ALICE}\\s+refused`));
    expect(alice).toMatch(dialect === 'docs' ? /already a participant/ : /409/);
    expect(more).toEqual([]);
    expect(lines(result.stderr)).toEqual(['wasend: 1 of 2 not added: refused by the server']);
    expect((await sc.state()).groups[0]?.members).toContain(BOB);
  });

  test('participants promote, demote, remove; --json prints the results', async () => {
    const sc = await scenario({ dialect });
    const promote = JSON.parse(
      await ok(sc, ['groups', 'participants', 'promote', 'default', GROUP, ALICE, '--json'], env),
    );
    expect(promote).toEqual({
      results: [{ id: ALICE, ok: true, ...(dialect === 'noweb' && { status: 200 }) }],
    });
    expect((await sc.state()).groups[0]?.admins).toContain(ALICE);

    expect(await ok(sc, ['groups', 'participants', 'demote', 'default', GROUP, ALICE], env)).toMatch(
      new RegExp(`^${ALICE}\\s+ok\\n$`),
    );
    expect((await sc.state()).groups[0]?.admins).not.toContain(ALICE);

    const removed = await run(
      sc,
      ['groups', 'participants', 'remove', 'default', GROUP, ALICE, BOB, '--json'],
      env,
    );
    expect(removed.code).toBe(0);
    const { results } = JSON.parse(removed.stdout);
    expect(results).toMatchObject([
      { id: ALICE, ok: true },
      { id: BOB, ok: false },
    ]);
    expect(removed.stderr).toBe('wasend: 1 of 2 not removed: refused by the server\n');
    expect((await sc.state()).groups[0]?.members).toEqual([ME]);
  });

  test('subject and description change the group; --json echoes the value', async () => {
    const sc = await scenario({ dialect });
    expect(await ok(sc, ['groups', 'subject', 'default', GROUP, 'Book club 2027'])).toBe(
      'subject set: Book club 2027\n',
    );
    expect(
      JSON.parse(await ok(sc, ['groups', 'description', 'default', GROUP, 'Meetups', '--json'])),
    ).toEqual({
      description: 'Meetups',
    });
    expect((await sc.state()).groups[0]).toMatchObject({ name: 'Book club 2027', description: 'Meetups' });
    expect(await ok(sc, ['groups', 'description', 'default', GROUP, ''])).toBe('description cleared\n');
    expect((await sc.state()).groups[0]?.description).toBe('');
  });

  test.each([
    ['info-admin-only', 'isLocked'],
    ['messages-admin-only', 'isAnnounce'],
  ] as const)('%s: read, set on, read again, set off', async (command, field) => {
    const sc = await scenario({ dialect });
    expect(await ok(sc, ['groups', command, 'default', GROUP])).toBe('off\n');
    expect(await ok(sc, ['groups', command, 'default', GROUP, 'on'])).toBe(`${command}: on\n`);
    expect((await sc.state()).groups[0]?.[field]).toBe(true);
    expect(await ok(sc, ['groups', command, 'default', GROUP])).toBe('on\n');
    const setting = JSON.parse(await ok(sc, ['groups', command, 'default', GROUP, '--json']));
    expect(setting).toMatchObject({ enabled: true });
    expect(JSON.parse(await ok(sc, ['groups', command, 'default', GROUP, 'off', '--json']))).toEqual({
      enabled: false,
    });
    expect((await sc.state()).groups[0]?.[field]).toBe(false);
  });
});

describe('API failures', () => {
  function expectOneLine(result: RunResult, errorName: string) {
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^wasend: ${errorName}: .+\\n$`));
  }

  test('404 (unknown group, docs) → 4', async () => {
    const sc = await scenario();
    for (const args of [
      ['groups', 'get', 'default', '999@g.us'],
      ['groups', 'participants', 'default', '999@g.us'],
      ['groups', 'info-admin-only', 'default', '999@g.us'],
    ]) {
      const result = await run(sc, args);
      expect(result.code).toBe(4);
      expectOneLine(result, 'NotFoundError');
    }
  });

  test('403 (a key scoped to another session) → 3', async () => {
    const sc = await scenario({ keys: [{ key: KEY, sessions: ['other'] }] });
    for (const args of [
      ['groups', 'list', 'default'],
      ['groups', 'participants', 'add', 'default', GROUP, BOB],
    ]) {
      const result = await run(sc, args);
      expect(result.code).toBe(3);
      expectOneLine(result, 'PermissionDeniedError');
    }
  });

  test('403 (not an admin, docs) → 3', async () => {
    const sc = await scenario({
      groups: [{ id: GROUP, session: 'default', admins: [ALICE], members: [ALICE, ME] }],
    });
    const result = await run(sc, ['groups', 'subject', 'default', GROUP, 'Mine now']);
    expect(result.code).toBe(3);
    expectOneLine(result, 'PermissionDeniedError');
  });

  test('401 (wrong key) → 3', async () => {
    const sc = await server().createScenario({ keys: ['the-right-key'] });
    const result = await run(sc, ['groups', 'count', 'default']);
    expect(result.code).toBe(3);
    expectOneLine(result, 'AuthenticationError');
  });

  test('429 → 5', async () => {
    const sc = await scenario();
    await sc.addFaults([
      {
        respond: { status: 429, headers: { 'retry-after-ms': '1' }, body: { success: false, error: 'slow' } },
      },
    ]);
    const result = await run(sc, ['groups', 'list', 'default']);
    expect(result.code).toBe(5);
    expectOneLine(result, 'RateLimitError');
  });

  test('an engine crashing on string participants → 1, with the setting that fixes it', async () => {
    const sc = await scenario({ dialect: 'noweb' });
    const result = await run(sc, ['groups', 'participants', 'add', 'default', GROUP, BOB]);
    expect(result.code).toBe(1);
    expectOneLine(result, 'InternalServerError');
    expect(result.stderr).toContain('WASEND_PARTICIPANTS_FORMAT=objects');
  });

  test('WASEND_PARTICIPANTS_FORMAT=objects sends [{ id }]; another value is a usage error', async () => {
    const sc = await scenario();
    await ok(sc, ['groups', 'participants', 'add', 'default', GROUP, BOB], {
      WASEND_PARTICIPANTS_FORMAT: 'objects',
    });
    const [request] = await sc.requests();
    expect(JSON.parse(request?.body ?? '{}').participants).toEqual([{ id: BOB }]);
    const bad = await run(sc, ['groups', 'list', 'default'], { WASEND_PARTICIPANTS_FORMAT: 'maps' });
    expect(bad.code).toBe(2);
    expect(lines(bad.stderr)).toEqual([
      "wasend: WASEND_PARTICIPANTS_FORMAT must be strings or objects (see 'wasend --help')",
    ]);
    expect(await sc.requests()).toHaveLength(1);
  });
});
