// The root README's session-to-invite-link flow, run as written against the mock server: only
// WASEND_API_KEY and WASEND_BASE_URL are set, as a reader would set them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Mock, startMock } from './helpers/mock';
import { packageDir, runSystemNode, scratchDir } from './helpers/systemNode';

const readme = readFileSync(join(packageDir, '..', '..', 'README.md'), 'utf8');

/** The ```js block right after the `<!-- run: flow -->` marker. */
function flowBlock(): string {
  const marker = readme.indexOf('<!-- run: flow -->');
  const open = readme.indexOf('```js\n', marker);
  if (marker < 0 || open < 0 || readme.slice(marker, open).trim() !== '<!-- run: flow -->')
    throw new Error('README: no ```js block right after <!-- run: flow -->');
  const start = open + '```js\n'.length;
  return readme.slice(start, readme.indexOf('```', start));
}

const scratch = scratchDir('readme-flow');
let mock: Mock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock.close();
  scratch.remove();
});

// The hosted service's dialects: a WAHA engine takes other participant lists (see the README's
// self-hosted section).
describe.each(['docs', 'json-string'] as const)('dialect %s', (dialect) => {
  test('the flow creates a session, shows its QR, waits for WORKING, makes a group and prints its link', async () => {
    const scenario = await mock.createScenario({
      dialect,
      sessions: [],
      groups: [],
      // The phone "scans" 300 ms after the QR was fetched.
      sessionLifecycle: { startingMs: 100, scanAfterQrMs: 300 },
    });
    const path = join(scratch.path, `${dialect}-flow.mjs`);
    writeFileSync(path, flowBlock());
    const result = await runSystemNode([path], {
      cwd: scratch.path,
      env: { WASEND_API_KEY: scenario.key, WASEND_BASE_URL: scenario.baseUrl },
      timeoutMs: 30_000,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    const state = await scenario.state();
    const [group] = state.groups;
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Scan this QR code with WhatsApp on \+49 170 1234567: 2@/);
    expect(lines.slice(1, -1)).toEqual(['491764567890@c.us true']);
    expect(lines.at(-1)).toBe(`https://chat.whatsapp.com/${group?.inviteCode}`);
    expect(state.sessions.map((s) => s.status)).toEqual(['WORKING']);
    expect(group?.name).toBe('Book club');
    expect(group?.members.map((m) => m.split('@')[0]).sort()).toEqual(
      ['491512345678', '491603456789', '491701234567', '491764567890'].sort(),
    );
  }, 40_000);
});
