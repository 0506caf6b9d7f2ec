// The built page must hold no key: the page talks to the proxy, which adds the key server-side.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DEMO_SERVER_KEY, DIST } from './demoServer';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const bundle = files(DIST).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

// Keys that exist around the demo: this test server's, the mock's seeded demo key, and whatever
// WASEND_API_KEY / DEMO_TOKEN the environment holds (a developer's real key included).
const secrets = [DEMO_SERVER_KEY, 'wasend-demo-key', process.env.WASEND_API_KEY, process.env.DEMO_TOKEN]
  .map((value) => value?.trim())
  .filter((value): value is string => Boolean(value));

test('dist holds the page, its script and no source maps', () => {
  const names = bundle.map(({ file }) => file.slice(DIST.length));
  expect(names).toContain('index.html');
  expect(names.some((name) => /^assets\/.+\.js$/.test(name))).toBe(true);
  expect(names.filter((name) => name.endsWith('.map'))).toEqual([]);
});

test('no key, key variable name or hard-coded bearer token anywhere in dist', () => {
  for (const { file, text } of bundle) {
    for (const secret of secrets) expect(text.includes(secret), `${file} holds a key`).toBe(false);
    expect(text, file).not.toContain('WASEND_API_KEY');
    expect(text, file).not.toContain('DEMO_TOKEN');
    // The SDK's own code builds `Bearer ${key}` for keyed clients (a template, not a credential);
    // a literal token after 'Bearer ' would be one.
    expect(text.match(/Bearer\s+(?!\$\{)[\w.~+/=-]+/g), file).toBeNull();
  }
});

test('the page creates its client in proxy mode: only a baseUrl, no apiKey', () => {
  const js = bundle
    .filter(({ file }) => file.endsWith('.js'))
    .map(({ text }) => text)
    .join('\n');
  // Booleans, not the text: a failing match would print the whole bundle.
  expect(/\(\{baseUrl:`\$\{location\.origin\}\/wasend`\}\)/.test(js), 'new WasendClient({ baseUrl })').toBe(
    true,
  );
  expect(/apiKey:\s*["'`]/.test(js), 'an apiKey string literal').toBe(false);
  const gzip = gzipSync(js, { level: 9 }).length;
  console.log(`browser-demo bundle: ${js.length} B minified JS, ${gzip} B min+gzip`);
});
