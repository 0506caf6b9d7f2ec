// Sums every runner's JUnit report (vitest --reporter=junit, deno test --junit-path) under
// packages/*, apps/* and bench/ and prints the one line CI reads: "N passed, N failed, N skipped".
// With a runtime argument (node | deno | workers | browser) it sums only that runtime's reports
// (<package>/reports/<runtime>*.xml) and prefixes the line with it.
// Exits non-zero when no report exists, so a runner that never ran cannot pass silently.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const runtime = process.argv[2];
const reports = [];
for (const group of ['packages', 'apps', 'bench']) {
  const base = join(root, group);
  if (!existsSync(base)) continue;
  const dirs = group === 'bench' ? [base] : readdirSync(base).map((d) => join(base, d));
  for (const dir of dirs) {
    const reportDir = join(dir, 'reports');
    if (!existsSync(reportDir)) continue;
    for (const f of readdirSync(reportDir))
      if (f.endsWith('.xml') && (!runtime || f.startsWith(runtime))) reports.push(join(reportDir, f));
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  const xml = readFileSync(file, 'utf8');
  // Count <testcase> elements; a case failed if it holds <failure> or <error>, skipped if <skipped>.
  for (const m of xml.matchAll(/<testcase\b[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const inner = m[2] ?? '';
    if (/<(failure|error)\b/.test(inner)) failed++;
    else if (/<skipped\b/.test(inner)) skipped++;
    else passed++;
  }
  // A suite-level error (a file that failed to load) has no testcase: count it as a failure.
  for (const m of xml.matchAll(/<testsuite\b[^>]*\berrors="(\d+)"[^>]*\btests="0"/g)) failed += Number(m[1]);
}
const rel = reports.map((r) => r.slice(root.length));
console.error(`reports: ${rel.length ? rel.join(', ') : 'none'}`);
console.log(
  `${runtime ? `${runtime}: ` : ''}${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
if (reports.length === 0 || failed > 0 || passed === 0) process.exit(1);
