// Throughput over loopback against the mock server (its own process, keep-alive on), at
// concurrency 1 and 64: raw fetch + json(), @wasend/node, and axios with its Node http adapter
// (keep-alive agent) and with its fetch adapter. Fixed-time windows, interleaved over ROUNDS
// rounds; calls/s as min / median / max over the rounds, latency p50 / p99 over all calls.
import { Agent } from 'node:http';
import axios from 'axios';
import { startMock } from './lib/mockServer.ts';
import { resolveEntry } from './lib/resolve.ts';
import { percentiles, ratio } from './lib/stats.ts';
import { type Budget, duration, emit, perSecond, type Section } from './lib/table.ts';

// Many short windows rather than a few long ones: on a shared machine the load drifts, and fine
// interleaving spreads that drift evenly over the clients.
const ROUNDS = Number(process.env.BENCH_WINDOWS ?? 12);
const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 250);
const WARMUP_MS = 400;
const CONCURRENCY = [1, 64];

const mock = await startMock();
const headers = { authorization: `Bearer ${mock.key}`, accept: 'application/json' };
const { WasendClient } = (await import(resolveEntry('@wasend/node'))) as typeof import('@wasend/core');
const wasend = new WasendClient({ apiKey: mock.key, baseUrl: mock.url });
const axiosHttp = axios.create({
  baseURL: mock.url,
  adapter: 'http',
  httpAgent: new Agent({ keepAlive: true }),
  headers,
});
const axiosFetch = axios.create({ baseURL: mock.url, adapter: 'fetch', headers });
const path = mock.inviteCodeUrl.slice(mock.url.length);

const BASELINE = 'raw fetch + json()';
const OURS = '@wasend/node getGroupInviteCode';
const CLIENTS: [name: string, call: () => Promise<string>][] = [
  [BASELINE, async () => (await (await fetch(mock.inviteCodeUrl, { headers })).json()).inviteCode],
  // What a careful hand-written call pays too: a timeout signal (ours has one per attempt), which
  // makes Node's fetch keep a WeakRef and a FinalizationRegistry entry per request.
  [
    'raw fetch + json() with a 30 s timeout signal',
    async () =>
      (await (await fetch(mock.inviteCodeUrl, { headers, signal: AbortSignal.timeout(30_000) })).json())
        .inviteCode,
  ],
  [OURS, () => wasend.getGroupInviteCode(mock.sessionId, mock.groupId)],
  ['axios (http adapter, keep-alive agent)', async () => (await axiosHttp.get(path)).data.inviteCode],
  ['axios (fetch adapter)', async () => (await axiosFetch.get(path)).data.inviteCode],
];

/**
 * Runs `concurrency` callers back to back for `ms`. A wrong answer stops the run; a failed call
 * (e.g. a keep-alive socket the server closed as it was reused) is counted and reported, not timed.
 */
async function window(call: () => Promise<string>, concurrency: number, ms: number) {
  const latencies: number[] = [];
  const errors: string[] = [];
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const end = start + ms;
  const caller = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      let code: string;
      try {
        code = await call();
      } catch (error) {
        const { code, name } = error as { code?: unknown; name?: unknown };
        errors.push(String(code ?? name ?? error));
        continue;
      }
      latencies.push(performance.now() - t);
      if (code !== mock.inviteCode) throw new Error(`wrong invite code: ${code}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  const cpu = process.cpuUsage(cpuStart);
  return {
    latencies,
    errors,
    perSecond: (latencies.length * 1000) / (performance.now() - start),
    // This process's CPU per call (the mock runs elsewhere): steadier than wall time on a busy machine.
    cpuUsPerCall: (cpu.user + cpu.system) / Math.max(1, latencies.length),
  };
}

type Tally = { rates: number[]; latencies: number[]; errors: string[]; cpu: number[] };
const tallies = new Map<string, Tally>();
const key = (name: string, c: number) => `${name}@${c}`;
const warmupErrors: string[] = [];
/** "3 × ECONNRESET, 1 × ETIMEDOUT" */
const summarise = (errors: string[]) => {
  const counts = new Map<string, number>();
  for (const e of errors) counts.set(e, (counts.get(e) ?? 0) + 1);
  return [...counts].map(([e, n]) => `${n} × ${e}`).join(', ');
};
try {
  for (const c of CONCURRENCY) {
    for (const [name, call] of CLIENTS) {
      const { errors } = await window(call, c, WARMUP_MS);
      if (errors.length) warmupErrors.push(`${name} at concurrency ${c} (warm-up): ${summarise(errors)}`);
    }
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of CONCURRENCY) {
      for (let i = 0; i < CLIENTS.length; i++) {
        const entry = CLIENTS[(i + round) % CLIENTS.length];
        if (!entry) continue;
        const [name, call] = entry;
        const result = await window(call, c, WINDOW_MS);
        const tally = tallies.get(key(name, c)) ?? { rates: [], latencies: [], errors: [], cpu: [] };
        tally.rates.push(result.perSecond);
        tally.cpu.push(result.cpuUsPerCall);
        for (const l of result.latencies) tally.latencies.push(l);
        tally.errors.push(...result.errors);
        tallies.set(key(name, c), tally);
      }
    }
  }
} finally {
  await mock.stop();
}

const rows: string[][] = [];
const budgets: Budget[] = [];
const errorNotes: string[] = [...warmupErrors];
for (const c of CONCURRENCY) {
  const medianRate = (name: string) => percentiles(tallies.get(key(name, c))?.rates ?? []).median;
  const base = medianRate(BASELINE);
  for (const [name] of CLIENTS) {
    const tally = tallies.get(key(name, c));
    if (!tally) continue;
    const rate = percentiles(tally.rates);
    const latency = percentiles(tally.latencies);
    rows.push([
      name,
      String(c),
      perSecond(rate.min),
      perSecond(rate.median),
      perSecond(rate.max),
      ratio(rate.median, base),
      duration(latency.p50),
      duration(latency.p99),
      duration(percentiles(tally.cpu).median / 1000),
      String(tally.errors.length),
    ]);
    if (tally.errors.length) errorNotes.push(`${name} at concurrency ${c}: ${summarise(tally.errors)}`);
  }
  const ours = medianRate(OURS);
  budgets.push({
    rule: `concurrency ${c}: ours ≥ 0.95× raw fetch`,
    measured: ratio(ours, base),
    met: ours >= 0.95 * base,
  });
}

const section: Section = {
  title: 'Throughput over loopback (mock server, keep-alive)',
  method:
    `\`getGroupInviteCode\` against \`wasend-mock --keep-alive\` on 127.0.0.1, run in its own process. ` +
    `Per client and concurrency: ${ROUNDS} windows of ${WINDOW_MS} ms (after a ${WARMUP_MS} ms warm-up), ` +
    'interleaved with the other clients; N callers each loop one call after another and every answer is ' +
    'checked. calls/s min / median / max over the windows; latency percentiles over all calls; client CPU ' +
    "per call = this process's user + system CPU time / calls (median over the windows). The mock " +
    'server does real work per request, so it bounds every client alike and compresses the ratios.',
  columns: [
    'client',
    'concurrency',
    'calls/s min',
    'calls/s median',
    'calls/s max',
    'median vs raw fetch',
    'p50',
    'p99',
    'client CPU per call',
    'failed calls',
  ],
  rows,
  budgets,
  notes: errorNotes.length ? ['Failed calls (not timed):', ...errorNotes] : [],
};
await emit(section);
