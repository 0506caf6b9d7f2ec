// min+gzip sizes, measured by size-limit exactly as CI measures the budget (.size-limit.json at the
// root: rolldown bundle, minified, gzip level 9), plus axios, ky and ofetch alone bundled for the
// browser the same way (size/comparison.size-limit.json). The worker demo is rebuilt first with its
// own `bundle` script (wrangler deploy --dry-run --minify), unless BENCH_SKIP_BUNDLE=1.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Budget, emit, kib, type Section } from './lib/table.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const KIB = 1024;

interface SizeResult {
  name: string;
  size: number;
  sizeLimit?: number;
  passed?: boolean;
}

/** The pnpm that started this run (npm_execpath: a script or, for pnpm 12, a binary), else npx's. */
function pnpm(args: string[], cwd: string): void {
  const execPath = process.env.npm_execpath;
  const [cmd, argv] = !execPath?.includes('pnpm')
    ? ['npx', ['-y', 'pnpm@12.4.2', ...args]]
    : /\.[cm]?js$/.test(execPath)
      ? [process.execPath, [execPath, ...args]]
      : [execPath, args];
  const result = spawnSync(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed (${result.status})`);
}

function sizeLimit(config?: string): SizeResult[] {
  const bin = require
    .resolve('size-limit/package.json', { paths: [ROOT] })
    .replace(/package\.json$/, 'bin.js');
  const args = [bin, '--json', ...(config ? ['--config', config] : [])];
  // Exits 1 when a budget is exceeded: the JSON is still on stdout, and this report says so.
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  try {
    return JSON.parse(result.stdout) as SizeResult[];
  } catch {
    throw new Error(`size-limit ${args.slice(1).join(' ')} gave no JSON: ${result.stdout}${result.stderr}`);
  }
}

if (process.env.BENCH_SKIP_BUNDLE !== '1') pnpm(['run', 'bundle'], `${ROOT}apps/worker-demo`);
const ours = sizeLimit();
const others = sizeLimit('bench/size/comparison.size-limit.json');
const axiosAlone = others.find((r) => r.name.startsWith('axios'))?.size ?? Number.NaN;
const browser = ours.find((r) => r.name.startsWith('@wasend/browser'));

const rows = [...ours, ...others].map((r) => [
  r.name,
  kib(r.size),
  r.sizeLimit === undefined ? '—' : `${kib(r.sizeLimit)} ${r.passed ? '✅' : '❌'}`,
  `${((100 * r.size) / axiosAlone).toFixed(0)} %`,
]);

const budgets: Budget[] = browser
  ? [
      {
        rule: "browser bundle ≤ 16 KiB gz (the official axios client's 16.2 KiB)",
        measured: kib(browser.size),
        met: browser.size <= 16 * KIB,
      },
      {
        rule: 'goal: browser bundle ≤ 12 KiB gz',
        measured: kib(browser.size),
        met: browser.size <= 12 * KIB,
      },
    ]
  : [];

const section: Section = {
  title: 'Size (min+gzip)',
  method:
    'size-limit 14 with @size-limit/preset-small-lib (rolldown bundle for the browser, minified, gzip level 9), ' +
    'from the root `.size-limit.json` that CI enforces. The browser row counts what a page loads up front (the entry ' +
    'chunk and what it imports), not the chunk other methods load on first use; the "every method" row counts all ' +
    'chunks. axios, ky and ofetch alone each bundled the same way ' +
    'from an entry making the same GET (`bench/size/*.ts`). The worker demo is the file wrangler would deploy.',
  columns: ['bundle', 'min+gzip', 'CI limit', 'vs axios alone'],
  rows,
  budgets,
  notes: [
    'The official axios-based Wasend client (~16 KiB per the issue) is not installed here, so not measured.',
  ],
};
await emit(section);
