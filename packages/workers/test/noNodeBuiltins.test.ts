import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// The package must run in workerd with nodejs_compat off: its published code may import nothing but
// @wasend/core, and use no Node globals. (apps/worker-demo runs it that way for real.)
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

test('the built files import only @wasend/core and use no Node globals', () => {
  const files = readdirSync(dist).filter((f) => /\.(c?js)$/.test(f));
  expect(files.length).toBeGreaterThanOrEqual(4);
  for (const file of files) {
    const code = readFileSync(dist + file, 'utf8');
    const imported = [
      ...code.matchAll(/\bfrom\s+["']([^"']+)["']/g),
      ...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
      ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ].map((m) => m[1]);
    for (const specifier of imported) {
      expect(specifier, `${file} imports ${specifier}`).toMatch(/^(@wasend\/core(\/proxy)?|\.\/.+)$/);
    }
    expect(code, file).not.toMatch(/\b(process|Buffer|__dirname|__filename)\b/);
  }
});
