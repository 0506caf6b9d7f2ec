import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cliHarness } from './helpers/cli';
import type { Scenario, ScenarioInit } from './helpers/mock';
import { packageDir, type RunResult } from './helpers/systemNode';

// The real `wasend` binary (dist/cli.js), spawned under the system node for every command,
// flag and exit code.
const GROUP = '120363025988123456@g.us';
const ME = '491700000001@c.us';
const KEY = 'cli-secret-key-7f3a9c';
const { wasend, run, server } = cliHarness(KEY);
const QR_BLOCKS = /[█▀▄]/;

async function scenarioWithKey(init: ScenarioInit = {}): Promise<Scenario> {
  return server().createScenario({ keys: [KEY], ...init });
}

describe('help and version (exit 0)', () => {
  test('--version prints the package version', async () => {
    const result = await wasend(['--version']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('--version and --help load no client: the static imports of dist/cli.js reach only Node built-ins', () => {
    const files = new Set<string>();
    const outside: string[] = [];
    const walk = (file: string): void => {
      if (files.has(file)) return;
      files.add(file);
      const text = readFileSync(join(packageDir, 'dist', file), 'utf8');
      // `from "…"` and `import "…"` only: an `import("…")` is loaded when a command runs.
      for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|^import\s*)"([^"]+)"/gm)) {
        if (specifier?.startsWith('./')) walk(specifier.slice(2));
        else if (specifier && !isBuiltin(specifier)) outside.push(`${file} → ${specifier}`);
      }
    };
    walk('cli.js');
    expect(files.size).toBeGreaterThan(1);
    expect(outside).toEqual([]);
  });

  test('--help lists the commands, the key rule and the exit codes', async () => {
    const result = await wasend(['--help']);
    expect(result.code).toBe(0);
    for (const text of [
      'invite-code',
      'revoke-invite',
      'join-info',
      'join',
      'WASEND_API_KEY',
      '--base-url',
    ]) {
      expect(result.stdout).toContain(text);
    }
    expect(result.stdout).toMatch(/3\s+authentication.*401.*403/);
    expect(result.stdout).toMatch(/4\s+not found.*404.*410/);
    expect(result.stdout).toMatch(/5\s+rate limited \(429\)/);
    expect(result.stdout).toMatch(/2\s+usage/);
  });

  test.each([
    ['invite-code', '--link'],
    ['revoke-invite', 'NEW code'],
    ['join-info', '<code|link>'],
    ['join', '<code|link>'],
  ])('%s --help', async (command, text) => {
    const result = await wasend([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: wasend ${command}`);
    expect(result.stdout).toContain(text);
  });

  test('-h works like --help', async () => {
    const result = await wasend(['invite-code', '-h']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: wasend invite-code');
  });
});

describe('usage errors (exit 2)', () => {
  test.each([
    [[], 'missing command'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['invite-code', 's1'], 'missing <group>'],
    [['join', 's1'], 'missing <code|link>'],
    [['invite-code', 's1', 'g1', 'extra'], "unexpected argument 'extra'"],
    [['invite-code', 's1', 'g1', '--nope'], "Unknown option '--nope'"],
    [['join', 's1', 'CODE', '--link'], 'join does not take --link'],
    [['join-info', 's1', 'CODE', '--qr'], 'join-info does not take --qr'],
    [['invite-code', 's1', 'g1', '--qr', '--json'], '--qr and --json cannot be combined'],
    [['invite-code', 's1', 'g1', '--base-url'], '--base-url'],
  ])('%j', async (args, message) => {
    const result = await wasend(args, { WASEND_API_KEY: KEY });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^wasend: /);
  });

  test('a key in argv is refused, and not echoed', async () => {
    for (const args of [
      ['invite-code', 's1', 'g1', `--api-key=${KEY}`],
      ['--api-key', KEY, 'invite-code', 's1', 'g1'],
      ['invite-code', 's1', 'g1', `--key=${KEY}`],
    ]) {
      const result = await wasend(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('WASEND_API_KEY');
      expect(result.stderr).not.toContain(KEY);
    }
  });

  test('an invalid invite code or link is a usage error (WasendArgumentError)', async () => {
    const scenario = await scenarioWithKey();
    const result = await run(scenario, ['join-info', 'default', 'not a code!']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^wasend: WasendArgumentError: .+\n$/);
    expect(await scenario.requests()).toHaveLength(0);
  });

  test('a malformed --base-url is a usage error', async () => {
    const result = await wasend(['invite-code', 's1', 'g1', '--base-url', 'not a url'], {
      WASEND_API_KEY: KEY,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^wasend: WasendArgumentError: /);
  });
});

describe('invite-code (exit 0)', () => {
  test('prints the bare code', async () => {
    const scenario = await scenarioWithKey();
    const result = await run(scenario, ['invite-code', 'default', GROUP]);
    expect(result).toMatchObject({ code: 0, stdout: `${scenario.inviteCode}\n`, stderr: '' });
    const [request] = await scenario.requests();
    expect(request?.path).toBe(`/default/groups/${encodeURIComponent(GROUP)}/invite-code`);
    expect(request?.headers['user-agent']).toMatch(/^wasend-js\/\d+\.\d+\.\d+\S* node\/v\d+/);
  });

  test('--link prints the link', async () => {
    const scenario = await scenarioWithKey();
    const result = await run(scenario, ['invite-code', 'default', GROUP, '--link']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`https://chat.whatsapp.com/${scenario.inviteCode}\n`);
  });

  test('--json prints { code, link }', async () => {
    const scenario = await scenarioWithKey();
    const result = await run(scenario, ['invite-code', 'default', GROUP, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      code: scenario.inviteCode,
      link: `https://chat.whatsapp.com/${scenario.inviteCode}`,
    });
  });

  test('--qr draws a QR code of the link, then prints the link', async () => {
    const scenario = await scenarioWithKey();
    const result = await run(scenario, ['invite-code', 'default', GROUP, '--qr']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(QR_BLOCKS);
    expect(result.stdout.split('\n').length).toBeGreaterThan(10);
    expect(result.stdout.trimEnd().endsWith(`https://chat.whatsapp.com/${scenario.inviteCode}`)).toBe(true);
  });

  test.each(['waha', 'gows', 'json-string'] as const)('works in the %s dialect too', async (dialect) => {
    const scenario = await scenarioWithKey({ dialect });
    const result = await run(scenario, ['invite-code', 'default', GROUP]);
    expect(result).toMatchObject({ code: 0, stdout: `${scenario.inviteCode}\n` });
  });

  test('WASEND_BASE_URL is used, and --base-url overrides it', async () => {
    const scenario = await scenarioWithKey();
    const result = await wasend(['invite-code', 'default', GROUP, '--base-url', scenario.baseUrl], {
      WASEND_API_KEY: KEY,
      WASEND_BASE_URL: 'http://127.0.0.1:9/nowhere',
    });
    expect(result).toMatchObject({ code: 0, stdout: `${scenario.inviteCode}\n` });
  });
});

describe('revoke-invite, join-info, join (exit 0)', () => {
  test('revoke-invite prints the new code, and the old one stops working', async () => {
    const scenario = await scenarioWithKey();
    const result = await run(scenario, ['revoke-invite', 'default', GROUP]);
    expect(result.code).toBe(0);
    const fresh = result.stdout.trim();
    expect(fresh).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(fresh).not.toBe(scenario.inviteCode);
    const state = await scenario.state();
    expect(state.groups[0]?.inviteCode).toBe(fresh);
    const old = await run(scenario, ['join-info', 'default', scenario.inviteCode]);
    expect(old.code).toBe(4);
  });

  test('revoke-invite --json', async () => {
    const scenario = await scenarioWithKey();
    const result = await run(scenario, ['revoke-invite', 'default', GROUP, '--json']);
    expect(result.code).toBe(0);
    const { code, link } = JSON.parse(result.stdout);
    expect(link).toBe(`https://chat.whatsapp.com/${code}`);
  });

  test('join-info with a code and with a link', async () => {
    const scenario = await scenarioWithKey();
    for (const target of [scenario.inviteCode, `https://chat.whatsapp.com/${scenario.inviteCode}?mode=r_c`]) {
      const result = await run(scenario, ['join-info', 'default', target]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(GROUP);
      expect(result.stdout).toContain('Wasend test group');
      // One "label: value" per line, a space after every colon (the longest label included).
      for (const line of result.stdout.trim().split('\n')) expect(line).toMatch(/^[a-z ]+: +\S/);
      expect(result.stdout).toMatch(/^announce only: +(true|false)$/m);
    }
    const requests = await scenario.requests();
    expect(requests.map((r) => r.query.code)).toEqual([scenario.inviteCode, scenario.inviteCode]);
  });

  test('join-info --json', async () => {
    const scenario = await scenarioWithKey();
    const result = await run(scenario, ['join-info', 'default', scenario.inviteCode, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: GROUP, name: 'Wasend test group' });
  });

  test('join prints the group id and the session becomes a member', async () => {
    const other = '491700000099@c.us';
    const scenario = await scenarioWithKey({
      groups: [{ id: GROUP, session: 'default', admins: [other], members: [other] }],
    });
    const result = await run(scenario, [
      'join',
      'default',
      `https://chat.whatsapp.com/${scenario.inviteCode}`,
    ]);
    expect(result).toMatchObject({ code: 0, stdout: `${GROUP}\n` });
    const state = await scenario.state();
    expect(state.groups[0]?.members).toContain(ME);
  });

  test('join --json', async () => {
    const scenario = await scenarioWithKey();
    const result = await run(scenario, ['join', 'default', scenario.inviteCode, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: GROUP });
  });
});

describe('API failures: exit codes and one clean line on stderr', () => {
  function expectOneLine(result: RunResult, errorName: string) {
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^wasend: ${errorName}: .+\\n$`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }

  test('no WASEND_API_KEY → 3, before any request', async () => {
    const scenario = await scenarioWithKey();
    const result = await wasend(['invite-code', 'default', GROUP], { WASEND_BASE_URL: scenario.baseUrl });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('WASEND_API_KEY is not set');
    expect(await scenario.requests()).toHaveLength(0);
  });

  test('401 (wrong key) → 3, and a key echoed by the server stays out of stderr', async () => {
    const scenario = await server().createScenario({ keys: ['the-right-key'] });
    await scenario.addFaults([
      { respond: { status: 401, body: { success: false, error: `bad key ${KEY}` } } },
    ]);
    const result = await run(scenario, ['invite-code', 'default', GROUP]);
    expect(result.code).toBe(3);
    expectOneLine(result, 'AuthenticationError');
  });

  test('403 (not an admin) → 3', async () => {
    const scenario = await scenarioWithKey({
      groups: [{ id: GROUP, session: 'default', admins: ['491700000099@c.us'] }],
    });
    const result = await run(scenario, ['invite-code', 'default', GROUP]);
    expect(result.code).toBe(3);
    expectOneLine(result, 'PermissionDeniedError');
  });

  test('404 (unknown group) → 4', async () => {
    const scenario = await scenarioWithKey();
    const result = await run(scenario, ['invite-code', 'default', '999@g.us']);
    expect(result.code).toBe(4);
    expectOneLine(result, 'NotFoundError');
  });

  test('410 (revoked invite) → 4', async () => {
    const scenario = await scenarioWithKey();
    await run(scenario, ['revoke-invite', 'default', GROUP]);
    const result = await run(scenario, ['join', 'default', scenario.inviteCode]);
    expect(result.code).toBe(4);
    expectOneLine(result, 'NotFoundError');
  });

  test('429 → 5', async () => {
    const scenario = await scenarioWithKey();
    await scenario.addFaults([
      {
        respond: {
          status: 429,
          headers: { 'retry-after-ms': '1' },
          body: { success: false, error: 'slow down' },
        },
      },
    ]);
    const result = await run(scenario, ['invite-code', 'default', GROUP]);
    expect(result.code).toBe(5);
    expectOneLine(result, 'RateLimitError');
  });

  test('500 → 1', async () => {
    const scenario = await scenarioWithKey();
    await scenario.addFaults([{ respond: { status: 500, body: 'upstream exploded' } }]);
    const result = await run(scenario, ['revoke-invite', 'default', GROUP]);
    expect(result.code).toBe(1);
    expectOneLine(result, 'InternalServerError');
  });

  test('connection refused → 1', async () => {
    const result = await wasend(['invite-code', 'default', GROUP, '--base-url', 'http://127.0.0.1:9'], {
      WASEND_API_KEY: KEY,
    });
    expect(result.code).toBe(1);
    expectOneLine(result, 'WasendConnectionError');
  });
});
