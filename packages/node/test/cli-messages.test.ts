import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cliHarness, lines } from './helpers/cli';
import type { Scenario, ScenarioInit } from './helpers/mock';

// `wasend send …` and `wasend chats …`: the real dist/cli.js, spawned under the system node,
// against the mock server.
const KEY = 'cli-messages-secret-3a8e';
const ALICE = '491700000002@c.us';
const GROUP = '120363025988123456@g.us';
const { wasend, run, ok, server } = cliHarness(KEY);

const dir = mkdtempSync(join(tmpdir(), 'wasend-cli-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PDF = Uint8Array.from([37, 80, 68, 70, 45, 49, 46, 55]); // "%PDF-1.7"
const PNG = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

/**
 * Alice's chat: her two messages (the second on two lines), my reply; the group's chat: one later
 * message from Alice, so it is the latest conversation.
 */
function scenario(init: ScenarioInit = {}): Promise<Scenario> {
  return server().createScenario({
    keys: [KEY],
    chats: [
      {
        id: ALICE,
        name: 'Alice',
        messages: [
          { body: 'Hi' },
          { body: 'how are\nyou?', timestamp: 1700000060 },
          { fromMe: true, body: 'Fine, thanks', timestamp: 1700000120 },
        ],
      },
      { id: GROUP, messages: [{ from: ALICE, body: 'Hello group', timestamp: 1700001000 }] },
    ],
    ...init,
  });
}

const chatOf = async (sc: Scenario, id: string) => {
  const chat = (await sc.state()).chats.find((c) => c.id === id);
  if (!chat) throw new Error(`no chat ${id}`);
  return chat;
};

/** The body of the last request to `path`, as JSON. */
async function lastBody(sc: Scenario, path: string): Promise<Record<string, unknown>> {
  const request = (await sc.requests()).filter((r) => r.path === path).at(-1);
  expect(request?.method).toBe('POST');
  return JSON.parse(request?.body ?? 'null');
}

describe('help', () => {
  test('wasend --help names the send, chats and contacts families', async () => {
    const result = await wasend(['--help']);
    expect(result.code).toBe(0);
    for (const text of [
      'send <command>',
      'wasend send --help',
      'chats <command>',
      'wasend chats --help',
      'contacts <command>',
      'wasend contacts --help',
    ]) {
      expect(result.stdout).toContain(text);
    }
  });

  test.each([
    ['send', ['text <session> <to> <text>', 'file <session> <to> <path>', 'image <session> <to> <path|url>']],
    [
      'chats',
      ['list <session> [--limit N]', 'messages <session> <chat> [--limit N]', 'message <session> <chat>'],
    ],
  ])('wasend %s --help lists its commands', async (family, commands) => {
    const result = await wasend([family, '--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Usage: wasend ${family} <command>`);
    for (const command of commands) expect(result.stdout).toContain(`  ${command}`);
  });

  test.each([
    ['send text', 'Usage: wasend send text <session> <to> <text> [--json]'],
    ['send file', 'Usage: wasend send file <session> <to> <path> [--caption <text>] [--json]'],
    ['send image', 'Usage: wasend send image <session> <to> <path|url> [--caption <text>] [--json]'],
    ['chats list', 'Usage: wasend chats list <session> [--limit N] [--json]'],
    ['chats messages', 'Usage: wasend chats messages <session> <chat> [--limit N] [--json]'],
    ['chats message', 'Usage: wasend chats message <session> <chat> <message-id> [--json]'],
  ])('wasend %s --help', async (command, usage) => {
    const result = await wasend([...command.split(' '), '--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(usage);
    expect(result.stdout).toContain('--json');
    expect(result.stdout).toMatch(/4\s+not found/);
  });
});

describe('usage errors (exit 2, one line pointing at the right --help)', () => {
  test.each([
    [['send'], 'missing send command', 'wasend send --help'],
    [['send', 'frob'], "unknown send command 'frob'", 'wasend send --help'],
    [['send', 'text', 's1', '+4917012345678'], 'missing <text>', 'wasend send text --help'],
    [['send', 'text', 's1', 'to', 'hi', 'extra'], "unexpected argument 'extra'", 'wasend send text --help'],
    [
      ['send', 'text', 's1', 'to', 'hi', '--caption', 'x'],
      'send text does not take --caption',
      'wasend send text --help',
    ],
    [['send', 'file', 's1', 'to'], 'missing <path>', 'wasend send file --help'],
    [['send', 'image', 's1', 'to'], 'missing <path|url>', 'wasend send image --help'],
    [
      ['send', 'file', 's1', 'to', 'f', '--link'],
      'send file does not take --link',
      'wasend send file --help',
    ],
    [['chats'], 'missing chats command', 'wasend chats --help'],
    [['chats', 'list'], 'missing <session>', 'wasend chats list --help'],
    [['chats', 'messages', 's1'], 'missing <chat>', 'wasend chats messages --help'],
    [['chats', 'message', 's1', 'c'], 'missing <message>', 'wasend chats message --help'],
    [
      ['chats', 'list', 's1', '--limit', '0'],
      "--limit must be a whole number of at least 1, not '0'",
      'wasend chats list --help',
    ],
    [
      ['chats', 'messages', 's1', 'c', '--limit', 'ten'],
      "--limit must be a whole number of at least 1, not 'ten'",
      'wasend chats messages --help',
    ],
    [
      ['chats', 'message', 's1', 'c', 'm', '--limit', '2'],
      'chats message does not take --limit',
      'wasend chats message --help',
    ],
    [
      ['chats', 'list', 's1', '--caption', 'x'],
      'chats list does not take --caption',
      'wasend chats list --help',
    ],
  ])('%j', async (args, message, help) => {
    const result = await wasend(args, { WASEND_API_KEY: KEY });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([`wasend: ${message} (see '${help}')`]);
  });

  test('--limit without a number is a usage error', async () => {
    const result = await wasend(['chats', 'list', 's1', '--limit'], { WASEND_API_KEY: KEY });
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/^wasend: .*--limit.*\(see 'wasend chats list --help'\)\n$/);
  });

  test('a malformed recipient or chat is a WasendArgumentError, before any request', async () => {
    const sc = await scenario();
    for (const args of [
      ['send', 'text', 'default', '12', 'hi'],
      ['chats', 'messages', 'default', 'not a chat'],
    ]) {
      const result = await run(sc, args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^wasend: WasendArgumentError: .+\n$/);
    }
    expect(await sc.requests()).toHaveLength(0);
  });

  test('send file with a path that cannot be read exits 2 with the reason, before any request', async () => {
    const sc = await scenario();
    const missing = join(dir, 'missing.pdf');
    for (const [args, code] of [
      [['send', 'file', 'default', ALICE, missing], 'ENOENT'],
      [['send', 'file', 'default', ALICE, dir], 'EISDIR'],
      [['send', 'image', 'default', ALICE, missing], 'ENOENT'],
    ] as const) {
      const result = await run(sc, [...args]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([
        `wasend: WasendArgumentError: path ${JSON.stringify(args[4])} could not be read (${code})`,
      ]);
    }
    expect(await sc.requests()).toHaveLength(0);
  });
});

describe.each(['docs', 'noweb'] as const)('send (%s dialect)', (dialect) => {
  test('send text prints the id of the message now last in the chat; --json the sent message', async () => {
    const sc = await scenario({ dialect });
    const id = (await ok(sc, ['send', 'text', 'default', '+49 170 0000002', 'Hello from the CLI'])).trim();
    const sent = (await chatOf(sc, ALICE)).messages.at(-1);
    expect(sent).toMatchObject({ id, fromMe: true, body: 'Hello from the CLI', type: 'text', source: 'api' });
    if (dialect === 'docs') expect(id).toMatch(/^msg_[A-Za-z0-9]{20}$/);
    else expect(id).toMatch(/^true_491700000002@c\.us_3EB0[0-9A-F]{16}$/);

    const json = JSON.parse(await ok(sc, ['send', 'text', 'default', ALICE, 'Second', '--json']));
    expect(json).not.toHaveProperty('raw');
    expect(json.id).toBe((await chatOf(sc, ALICE)).messages.at(-1)?.id);
    expect(json.chatId).toMatch(/^491700000002@/);
  });

  test('send text to a group', async () => {
    const sc = await scenario({ dialect });
    const id = (await ok(sc, ['send', 'text', 'default', GROUP, 'Hi all'])).trim();
    expect((await chatOf(sc, GROUP)).messages.at(-1)).toMatchObject({ id, fromMe: true, body: 'Hi all' });
  });

  test('send file sends the file as base64 with its name and the caption', async () => {
    const sc = await scenario({ dialect });
    const path = join(dir, 'report.pdf');
    writeFileSync(path, PDF);
    const id = (await ok(sc, ['send', 'file', 'default', ALICE, path, '--caption', 'The report'])).trim();

    const body = await lastBody(sc, '/sendFile');
    expect(body).toMatchObject({
      session: 'default',
      data: base64(PDF),
      fileName: 'report.pdf',
      caption: 'The report',
      file: { data: base64(PDF), filename: 'report.pdf', mimetype: 'application/pdf' },
    });
    expect(body).not.toHaveProperty('path');
    expect((await chatOf(sc, ALICE)).messages.at(-1)).toMatchObject({
      id,
      type: 'document',
      body: 'The report',
      media: { filename: 'report.pdf', mimetype: 'application/pdf' },
    });
  });

  test('send file without a caption; --json', async () => {
    const sc = await scenario({ dialect });
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'some notes\n');
    const json = JSON.parse(await ok(sc, ['send', 'file', 'default', ALICE, path, '--json']));
    expect(json).not.toHaveProperty('raw');
    const body = await lastBody(sc, '/sendFile');
    expect(body).toMatchObject({ data: base64(Buffer.from('some notes\n')), fileName: 'notes.txt' });
    expect(body).not.toHaveProperty('caption');
    expect((await chatOf(sc, ALICE)).messages.at(-1)).toMatchObject({ id: json.id, type: 'document' });
  });

  test('send image from a local file and from a URL', async () => {
    const sc = await scenario({ dialect });
    const path = join(dir, 'chart.png');
    writeFileSync(path, PNG);
    const fromFile = (await ok(sc, ['send', 'image', 'default', ALICE, path, '--caption', 'Chart'])).trim();
    expect(await lastBody(sc, '/sendImage')).toMatchObject({
      data: base64(PNG),
      caption: 'Chart',
      file: { data: base64(PNG), mimetype: 'image/png' },
    });
    expect((await chatOf(sc, ALICE)).messages.at(-1)).toMatchObject({ id: fromFile, type: 'image' });

    const url = 'https://example.com/cat.jpg';
    const fromUrl = (await ok(sc, ['send', 'image', 'default', ALICE, url])).trim();
    expect(await lastBody(sc, '/sendImage')).toMatchObject({ url, file: { url } });
    expect((await chatOf(sc, ALICE)).messages.at(-1)).toMatchObject({
      id: fromUrl,
      type: 'image',
      media: { url },
    });
  });
});

describe.each(['docs', 'noweb'] as const)('chats (%s dialect)', (dialect) => {
  test('chats list: a table of ID, NAME, UNREAD, LAST, the latest conversation first', async () => {
    const sc = await scenario({ dialect });
    const [header, ...rows] = lines(await ok(sc, ['chats', 'list', 'default']));
    expect(header).toMatch(/^ID\s+NAME\s+UNREAD\s+LAST$/);
    expect(rows).toHaveLength(2);
    const cells = rows.map((row) => row.split(/\s{2,}/));
    expect(cells[0]?.[0]).toBe(GROUP);
    expect(cells[0]?.[3]).toBe('2023-11-14T22:30:00Z');
    expect(cells[1]?.[0]).toMatch(/^491700000002@/);
    expect(cells[1]?.[1]).toBe('Alice');
    expect(cells[1]?.[3]).toBe('2023-11-14T22:15:20Z');
    for (const row of cells) expect(row[3]).toMatch(ISO);
    // The service counts unread messages; a NOWEB engine does not say.
    expect(cells[1]?.[2]).toBe(dialect === 'docs' ? '2' : '-');

    const request = (await sc.requests()).at(-1);
    expect(request?.path).toBe('/default/chats');
    expect(request?.query).toMatchObject({ sortBy: 'conversationTimestamp', sortOrder: 'desc' });
  });

  test('chats list --json: the array without raw; --limit', async () => {
    const sc = await scenario({ dialect });
    const chats = JSON.parse(await ok(sc, ['chats', 'list', 'default', '--json']));
    expect(chats).toHaveLength(2);
    expect(chats[0]).toMatchObject({ id: GROUP, isGroup: true, timestamp: 1700001000 });
    expect(chats[1]).toMatchObject({ name: 'Alice', isGroup: false, timestamp: 1700000120 });
    for (const chat of chats) expect(chat).not.toHaveProperty('raw');

    const [, ...rows] = lines(await ok(sc, ['chats', 'list', 'default', '--limit', '1']));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(new RegExp(`^${GROUP}\\s`));
    expect((await sc.requests()).at(-1)?.query.limit).toBe('1');
  });

  test('chats list without chats', async () => {
    const sc = await scenario({ dialect, chats: [] });
    expect(await ok(sc, ['chats', 'list', 'default'])).toBe('no chats\n');
    expect(JSON.parse(await ok(sc, ['chats', 'list', 'default', '--json']))).toEqual([]);
  });

  test('chats messages: one line per message, newest first: time, me/them, the text on one line', async () => {
    const sc = await scenario({ dialect });
    expect(lines(await ok(sc, ['chats', 'messages', 'default', '+49 170 0000002']))).toEqual([
      '2023-11-14T22:15:20Z  me    Fine, thanks',
      '2023-11-14T22:14:20Z  them  how are you?',
      '2023-11-14T22:13:20Z  them  Hi',
    ]);
    expect(lines(await ok(sc, ['chats', 'messages', 'default', GROUP]))).toEqual([
      `2023-11-14T22:30:00Z  them (${ALICE})  Hello group`,
    ]);
    const request = (await sc.requests()).at(-1);
    expect(request?.query).toMatchObject({ limit: '20', sortOrder: 'desc', downloadMedia: 'false' });
  });

  test('chats messages shows what was sent, --limit, and --json the messages (newest first)', async () => {
    const sc = await scenario({ dialect });
    await ok(sc, ['send', 'text', 'default', ALICE, 'Sent from the CLI']);
    const [latest, before] = lines(await ok(sc, ['chats', 'messages', 'default', ALICE, '--limit', '2']));
    expect(latest).toMatch(/^\S+Z {2}me {2}Sent from the CLI$/);
    expect(before).toMatch(/ {2}me {2}Fine, thanks$/);

    const messages = JSON.parse(await ok(sc, ['chats', 'messages', 'default', ALICE, '--json']));
    const stored = (await chatOf(sc, ALICE)).messages;
    expect(messages.map((m: { id: string }) => m.id)).toEqual(stored.map((m) => m.id).reverse());
    expect(messages[0]).toMatchObject({ fromMe: true, body: 'Sent from the CLI' });
    expect(messages[3]).toMatchObject({ fromMe: false, body: 'Hi', timestamp: 1700000000 });
    for (const message of messages) expect(message).not.toHaveProperty('raw');
  });

  test('chats messages of a media message without a caption', async () => {
    const sc = await scenario({
      dialect,
      chats: [
        { id: ALICE, messages: [{ type: 'document', filename: 'menu.pdf', mimetype: 'application/pdf' }] },
      ],
    });
    const [line] = lines(await ok(sc, ['chats', 'messages', 'default', ALICE]));
    expect(line).toMatch(/^2023-11-14T22:13:20Z {2}them {2}\[.+\]$/);
  });

  test('chats message: one message by id; --json', async () => {
    const sc = await scenario({ dialect });
    const [first] = (await chatOf(sc, ALICE)).messages;
    const out = await ok(sc, ['chats', 'message', 'default', ALICE, first?.id ?? '']);
    expect(out).toMatch(new RegExp(`^id: +${first?.id}$`, 'm'));
    expect(out).toMatch(/^time: +2023-11-14T22:13:20Z$/m);
    expect(out).toMatch(/^body: +Hi$/m);
    const json = JSON.parse(await ok(sc, ['chats', 'message', 'default', ALICE, first?.id ?? '', '--json']));
    expect(json).toMatchObject({ id: first?.id, fromMe: false, body: 'Hi' });
    expect(json).not.toHaveProperty('raw');
  });
});

describe('API failures', () => {
  test('404: an unknown message (docs) → 4', async () => {
    const sc = await scenario();
    const result = await run(sc, ['chats', 'message', 'default', ALICE, 'msg_AAAAAAAAAAAAAAAAAAAA']);
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual(['wasend: NotFoundError: 404 Message not found']);
  });

  test('404: an unknown session → 4', async () => {
    const sc = await scenario();
    for (const args of [
      ['send', 'text', 'nope', ALICE, 'hi'],
      ['chats', 'list', 'nope'],
      ['chats', 'messages', 'nope', ALICE],
    ]) {
      const result = await run(sc, args);
      expect(result.code).toBe(4);
      expect(result.stderr).toMatch(/^wasend: NotFoundError: .+\n$/);
    }
  });

  test('403 (a key scoped to another session) → 3; 429 → 5', async () => {
    const scoped = await scenario({ keys: [{ key: KEY, sessions: ['other'] }] });
    const denied = await run(scoped, ['send', 'text', 'default', ALICE, 'hi']);
    expect(denied.code).toBe(3);
    expect(denied.stderr).toMatch(/^wasend: PermissionDeniedError: .+\n$/);
    expect((await chatOf(scoped, ALICE)).messages).toHaveLength(3);

    const limited = await scenario({
      faults: [{ match: { path: 'chats' }, respond: { status: 429, headers: { 'retry-after-ms': '1' } } }],
    });
    const result = await run(limited, ['chats', 'list', 'default']);
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/^wasend: RateLimitError: .+\n$/);
  });

  test('no WASEND_API_KEY → 3, before any request', async () => {
    const sc = await scenario();
    const result = await wasend(['send', 'text', 'default', ALICE, 'hi'], { WASEND_BASE_URL: sc.baseUrl });
    expect(result.code).toBe(3);
    expect(await sc.requests()).toHaveLength(0);
  });
});
