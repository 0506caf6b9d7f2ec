// Per-call overhead of getGroupInviteCode against raw fetch + json(), on an in-process transport:
// every client gets the same `fetch` that answers with a ready Response, so only client code is timed.
// Measured with mitata in ROUNDS rounds, each round running every client in a rotated order
// (interleaved, so drift in the machine's speed hits them all alike), reported as min / median / max
// and ratios of the medians to raw fetch.
import { WasendClient } from '@wasend/core';
import axios from 'axios';
import ky from 'ky';
import { bench, do_not_optimize, run } from 'mitata';
import { createFetch } from 'ofetch';
import { ratio } from './lib/stats.ts';
import { duration, emit, type Section } from './lib/table.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CODE = 'AbCdEfGhIjKlMnOpQrStUv';
const BASE = 'https://api.wasend.dev';
const PATH = '/default/groups/120363025988123456%40g.us/invite-code';
const URL_ = BASE + PATH;
const BODY = JSON.stringify({ success: true, inviteCode: CODE });
const HEADERS = { authorization: 'Bearer bench-key', accept: 'application/json' };

const inProcessFetch = async (_input: RequestInfo | URL, _init?: RequestInit): Promise<Response> =>
  new Response(BODY, { status: 200, headers: { 'content-type': 'application/json' } });

const wasend = new WasendClient({ apiKey: 'bench-key', baseUrl: BASE, fetch: inProcessFetch });
const ofetchClient = createFetch({ fetch: inProcessFetch });
const axiosClient = axios.create({
  baseURL: BASE,
  adapter: 'fetch',
  env: { fetch: inProcessFetch },
  headers: HEADERS,
});
const kyClient = ky.create({ baseUrl: `${BASE}/`, fetch: inProcessFetch, headers: HEADERS });

/** Each contender: one whole call, resolving to the invite code. The first is the baseline. */
const CONTENDERS: [name: string, call: () => Promise<string>][] = [
  [
    'raw fetch + json()',
    async () => (await (await inProcessFetch(URL_, { headers: HEADERS })).json()).inviteCode,
  ],
  ['@wasend/core getGroupInviteCode', () => wasend.getGroupInviteCode('default', '120363025988123456@g.us')],
  ['ofetch alone', async () => (await ofetchClient(URL_, { headers: HEADERS })).inviteCode],
  ['ky', async () => ((await kyClient.get(PATH.slice(1)).json()) as { inviteCode: string }).inviteCode],
  ['axios (fetch adapter)', async () => (await axiosClient.get(PATH)).data.inviteCode],
];

for (const [name, call] of CONTENDERS) {
  const code = await call();
  if (code !== CODE) throw new Error(`${name} returned ${code}, not ${CODE}`);
}

/** Per contender, per round: mitata's stats in nanoseconds. */
const rounds = new Map<string, { min: number; p50: number; max: number }[]>(CONTENDERS.map(([n]) => [n, []]));
for (let round = 0; round < ROUNDS; round++) {
  const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]);
  for (const entry of order) {
    if (!entry) continue;
    const [name, call] = entry;
    bench(name, async () => do_not_optimize(await call()));
  }
  const { benchmarks } = await run({ format: 'quiet' });
  for (const trial of benchmarks) {
    const stats = trial.runs[0]?.stats;
    if (stats) rounds.get(trial.alias)?.push({ min: stats.min, p50: stats.p50, max: stats.max });
  }
}

const middle = (values: number[]) =>
  values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;
const summary = CONTENDERS.map(([name]) => {
  const list = rounds.get(name) ?? [];
  return {
    name,
    min: Math.min(...list.map((r) => r.min)),
    median: middle(list.map((r) => r.p50)),
    max: Math.max(...list.map((r) => r.max)),
  };
});
const find = (name: string) => summary.find((s) => s.name === name)?.median ?? Number.NaN;
const raw = find('raw fetch + json()');
const ours = find('@wasend/core getGroupInviteCode');
const axiosMedian = find('axios (fetch adapter)');
const bareOfetch = find('ofetch alone');
const fromNs = (ns: number) => duration(ns / 1e6);

const section: Section = {
  title: 'Per-call overhead (in-process transport)',
  method:
    `\`getGroupInviteCode\` (or the same GET for the others) against a \`fetch\` that answers with a ready ` +
    `\`Response\`, so only client code is timed. mitata, ${ROUNDS} interleaved rounds in one process ` +
    '(every client once per round, rotated order); min and max over all samples, median = the median of ' +
    "the rounds' medians. Every client keeps its defaults (retries, timeouts).",
  columns: ['client', 'min', 'median', 'max', 'median vs raw fetch'],
  rows: summary.map((s) => [s.name, fromNs(s.min), fromNs(s.median), fromNs(s.max), ratio(s.median, raw)]),
  budgets: [
    { rule: 'ours ≤ 2.0× raw fetch + json()', measured: ratio(ours, raw), met: ours <= 2 * raw },
    { rule: 'ours ≤ 1.5× bare ofetch', measured: ratio(ours, bareOfetch), met: ours <= 1.5 * bareOfetch },
    {
      rule: 'ours faster than the axios client',
      measured: `${ratio(ours, axiosMedian)} of axios`,
      met: ours < axiosMedian,
    },
    { rule: 'goal: ours ≤ 1.5× raw fetch + json()', measured: ratio(ours, raw), met: ours <= 1.5 * raw },
  ],
};
await emit(section);
