import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Mock, startMock } from './helpers/mock';
import { packageDir, runSystemNode, scratchDir } from './helpers/systemNode';

// The docs page's two JavaScript examples, run as written: only the base URL is replaced.
const docs = readFileSync(join(packageDir, 'test', 'fixtures', 'wasend-docs-get-invite-code.txt'), 'utf8');
// Inside packages/node, '@wasend/core' resolves through this package's node_modules.
const scratch = scratchDir('docs');
const tmp = scratch.path;

/**
 * The lines from the one that is exactly `first` through the first later one matching `last`,
 * looked for only after a line starting with `after` when given.
 */
function extract(first: string, last: (line: string) => boolean, after?: string): string {
  const lines = docs.split('\n');
  const start = lines.findIndex((line) => line.trim() === first);
  if (start < 0) throw new Error(`docs example not found: ${first}`);
  const from =
    after === undefined ? start : lines.findIndex((line, i) => i > start && line.trim().startsWith(after));
  if (from < 0) throw new Error(`'${after}' not found after: ${first}`);
  const end = lines.findIndex((line, i) => i > from && last(line.trim()));
  if (end < 0) throw new Error(`end of docs example not found after: ${first}`);
  return `${lines.slice(start, end + 1).join('\n')}\n`;
}

const examples = {
  // ESM: through its console.log(...) line.
  'esm.mjs': extract("import { WasendClient } from '@wasend/core';", (line) =>
    line.startsWith('console.log('),
  ),
  // CommonJS: through the `});` that ends the `.catch(...)`.
  'cjs.cjs': extract(
    "const { WasendClient } = require('@wasend/core');",
    (line) => line === '});',
    '.catch(',
  ),
};

let mock: Mock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock.close();
  scratch.remove();
});

test('the examples are the ones on the page', () => {
  expect(examples['esm.mjs']).toContain(
    'const result = await client.getGroupInviteCode(sessionId, groupId);',
  );
  expect(examples['esm.mjs'].trimEnd().endsWith("console.log('Group invite code:', result);")).toBe(true);
  expect(examples['cjs.cjs']).toContain('.catch(error => {');
  expect(examples['cjs.cjs'].trimEnd().endsWith('});')).toBe(true);
  for (const source of Object.values(examples)) {
    expect(source.split('https://api.wasend.dev')).toHaveLength(2);
  }
});

describe.each(['docs', 'waha'] as const)('dialect %s', (dialect) => {
  test.each(Object.keys(examples))('%s prints the code', async (file) => {
    const scenario = await mock.createScenario({
      dialect,
      keys: ['YOUR_API_KEY'],
      sessions: [{ id: 'yourSessionId', me: '491700000001@c.us' }],
      groups: [{ id: 'yourGroupId', session: 'yourSessionId', admins: ['491700000001@c.us'] }],
    });
    const code = scenario.inviteCode;
    expect(code).toMatch(/^[A-Za-z0-9]{22}$/);
    const source = examples[file as keyof typeof examples].replace(
      'https://api.wasend.dev',
      scenario.baseUrl,
    );
    const path = join(tmp, `${dialect}-${file}`);
    writeFileSync(path, source);

    const result = await runSystemNode([path], { cwd: tmp });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Group invite code: ${code}\n`);
  });
});
