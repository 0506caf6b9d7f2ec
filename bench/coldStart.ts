// Cold start in fresh processes: for each contender, RUNS new `node` processes (interleaved), each
// importing the client and making one call against the mock on loopback. Inside the child,
// performance.now() counts from the process's time origin (its start), so "start → first call"
// includes Node's own boot; "import" is the import alone. The wall clock from spawn to exit is
// measured by this parent.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startMock } from './lib/mockServer.ts';
import { resolveEntry } from './lib/resolve.ts';
import { percentiles, ratio } from './lib/stats.ts';
import { duration, emit, type Section } from './lib/table.ts';

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);

const ZOD_ROW = 'zod/mini alone, unbundled (what core does not load)';

/** Child code for one of our packages (its entry URL in env var `entry`): import, one call. */
function wasendChild(entry: string): string {
  return `
    const t0 = performance.now();
    const { WasendClient } = await import(process.env.${entry});
    const t1 = performance.now();
    const client = new WasendClient({ apiKey: process.env.KEY, baseUrl: process.env.BASE });
    const code = await client.getGroupInviteCode(process.env.SESSION, process.env.GROUP);
    const t2 = performance.now();
    if (code !== process.env.CODE) throw new Error('wrong code ' + code);
    console.log(JSON.stringify({ imported: t1, called: t2, importMs: t1 - t0 }));`;
}

/** Child code: reads its inputs from env, prints its timings as JSON. */
const CHILDREN: Record<string, string> = {
  'node alone (no import, no call)': `
    const t = performance.now();
    console.log(JSON.stringify({ imported: t, called: t, importMs: 0 }));`,
  'raw fetch + json()': `
    const t0 = performance.now();
    const body = await (await fetch(process.env.URL, { headers: { authorization: 'Bearer ' + process.env.KEY } })).json();
    const t1 = performance.now();
    if (body.inviteCode !== process.env.CODE) throw new Error('wrong code ' + body.inviteCode);
    console.log(JSON.stringify({ imported: t0, called: t1, importMs: 0 }));`,
  '@wasend/node': wasendChild('WASEND_NODE'),
  '@wasend/core': wasendChild('WASEND_CORE'),
  [ZOD_ROW]: `
    const t0 = performance.now();
    await import(process.env.ZOD_MINI);
    const t1 = performance.now();
    console.log(JSON.stringify({ imported: t1, called: t1, importMs: t1 - t0 }));`,
  'axios (default http adapter)': `
    const t0 = performance.now();
    const { default: axios } = await import(process.env.AXIOS);
    const t1 = performance.now();
    const { data } = await axios.get(process.env.URL, { headers: { authorization: 'Bearer ' + process.env.KEY } });
    const t2 = performance.now();
    if (data.inviteCode !== process.env.CODE) throw new Error('wrong code ' + data.inviteCode);
    console.log(JSON.stringify({ imported: t1, called: t2, importMs: t1 - t0 }));`,
};

interface ChildTimes {
  imported: number;
  called: number;
  importMs: number;
  wallMs: number;
}

function runChild(code: string, env: Record<string, string>): Promise<ChildTimes> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    child.once('error', reject);
    child.once('close', (status) => {
      const wallMs = performance.now() - started;
      if (status !== 0) return reject(new Error(`child exited ${status}: ${err}`));
      resolve({ ...(JSON.parse(out) as Omit<ChildTimes, 'wallMs'>), wallMs });
    });
  });
}

/** `wasend --version` in a fresh process: spawn → exit, checked against the package's version. */
const CLI = fileURLToPath(new URL('../packages/node/dist/cli.js', import.meta.url));
const CLI_VERSION = (
  JSON.parse(readFileSync(new URL('../packages/node/package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
function runCliVersion(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, '--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.once('error', reject);
    child.once('close', (status) => {
      const wallMs = performance.now() - started;
      if (status !== 0 || out.trim() !== CLI_VERSION)
        return reject(new Error(`wasend --version: ${status} ${out}`));
      resolve(wallMs);
    });
  });
}

const mock = await startMock();
const env = {
  URL: mock.inviteCodeUrl,
  BASE: mock.url,
  KEY: mock.key,
  SESSION: mock.sessionId,
  GROUP: mock.groupId,
  CODE: mock.inviteCode,
  WASEND_NODE: resolveEntry('@wasend/node'),
  WASEND_CORE: import.meta.resolve('@wasend/core'),
  // zod as core's own dependency resolves it (bench has no zod of its own).
  ZOD_MINI: pathToFileURL(
    createRequire(fileURLToPath(import.meta.resolve('@wasend/core')))
      .resolve('zod/mini')
      .replace(/\.cjs$/, '.js'),
  ).href,
  AXIOS: import.meta.resolve('axios'),
};
const names = Object.keys(CHILDREN);
const times = new Map<string, ChildTimes[]>(names.map((n) => [n, []]));
const cliTimes: number[] = [];
try {
  for (const name of names) await runChild(CHILDREN[name] as string, env); // warm the disk cache
  await runCliVersion();
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + run) % names.length] as string;
      times.get(name)?.push(await runChild(CHILDREN[name] as string, env));
    }
    cliTimes.push(await runCliVersion());
  }
} finally {
  await mock.stop();
}

const median = (name: string, pick: (t: ChildTimes) => number) =>
  percentiles((times.get(name) ?? []).map(pick)).median;
const AXIOS = 'axios (default http adapter)';
const rows: string[][] = [];
const metrics: [label: string, pick: (t: ChildTimes) => number, skipZero: boolean][] = [
  ['import only', (t) => t.importMs, true],
  ['process start → first call resolved', (t) => t.called, false],
  ['spawn → exit (wall clock, parent)', (t) => t.wallMs, false],
];
for (const [label, pick, skipZero] of metrics) {
  for (const name of names) {
    const values = (times.get(name) ?? []).map(pick);
    if (skipZero && values.every((v) => v === 0)) continue;
    // The zod row is an import and nothing else: no call to time.
    if (name === ZOD_ROW && !skipZero) continue;
    const p = percentiles(values);
    rows.push([
      label,
      name,
      duration(p.min),
      duration(p.median),
      duration(p.max),
      ratio(p.median, median(AXIOS, pick)),
    ]);
  }
}

{
  const p = percentiles(cliTimes);
  rows.push([
    'spawn → exit (wall clock, parent)',
    'wasend --version',
    duration(p.min),
    duration(p.median),
    duration(p.max),
    '—',
  ]);
}

const ours = median('@wasend/node', (t) => t.called);
const theirs = median(AXIOS, (t) => t.called);
const section: Section = {
  title: 'Cold start (fresh processes)',
  method:
    `${RUNS} fresh \`node\` processes per contender, interleaved (one warm-up each first, not counted); each ` +
    'imports the client (ESM, the built `dist`) and makes one `getGroupInviteCode` (or the same GET) against ' +
    'the mock on 127.0.0.1. Times inside the child count from the process start (`performance.now()`).',
  columns: ['measure', 'contender', 'min', 'median', 'max', 'median vs axios'],
  rows,
  notes: [
    `@wasend/node's first call resolves ${ratio(ours, theirs)} as late as axios's (median; no budget in the issue).`,
    "Raw fetch's row shows what Node's own first `fetch` costs (undici loads lazily); @wasend/node pays it too, " +
      'at import rather than at the first call, because ofetch reads `globalThis.fetch` when it is loaded.',
    "Core's build carries the parts of zod/mini it uses; the zod/mini row is what importing zod itself " +
      `would add (all 63 locale modules): ${duration(median(ZOD_ROW, (t) => t.importMs))} (median).`,
    '`wasend --version` answers before the client is loaded (no ofetch, no zod, no fetch).',
  ],
};
await emit(section);
