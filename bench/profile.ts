// Where a getGroupInviteCode call spends its time, from the V8 CPU profiler (node:inspector, started
// after a warm-up, so module loading, type stripping and JIT warm-up stay out of the profile):
// 1. on the in-process transport (as in overhead.bench.ts): client code only;
// 2. over loopback against the mock (its own process), 64 callers with @wasend/node: what the client
//    process spends per call with a real fetch, which the in-process transport cannot show (a fake
//    fetch ignores the headers, signal and options it is handed).
// Self time is summed per area (our dist, ofetch, Node internals, GC) and per function; inclusive
// time is given for our functions.
import { Session } from 'node:inspector/promises';
import { WasendClient } from '@wasend/core';
import { startMock } from './lib/mockServer.ts';
import { resolveEntry } from './lib/resolve.ts';
import { emit } from './lib/table.ts';

const CALLS = Number(process.env.BENCH_PROFILE_CALLS ?? 200_000);
/** Loopback calls are ~20× dearer: fewer of them give a profile of similar length. */
const LOOPBACK_CALLS = Math.max(640, Math.round(CALLS / 20 / 64) * 64);
const CONCURRENCY = 64;
const OFETCH = 'ofetch (+ destr, ufo, node-fetch-native)';
const OURS = ['@wasend/core', '@wasend/node', OFETCH];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Runs `calls` total calls from `concurrency` callers: a warm-up pass, then a profiled one. */
async function profileOf(call: () => Promise<unknown>, calls: number, concurrency: number): Promise<Profile> {
  const pass = (n: number) =>
    Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let i = 0; i < n / concurrency; i++) await call();
      }),
    );
  await pass(Math.max(concurrency, calls / 10));
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  await pass(calls);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  return profile;
}

/** Which part of the stack a frame belongs to. */
function area(url: string, name: string): string {
  if (url.includes('/packages/core/') || url.includes('@wasend/core')) return '@wasend/core';
  if (url.includes('/packages/node/') || url.includes('@wasend/node')) return '@wasend/node';
  if (!url.startsWith('node:') && /ofetch|\/destr\/|\/ufo\/|node-fetch-native/.test(url)) return OFETCH;
  if (url.includes('/bench/')) return 'bench harness (fetch stub, loop)';
  if (name === '(garbage collector)') return 'GC';
  if (name === '(program)' || name === '(idle)' || url === 'node:inspector') return 'V8 / idle / profiler';
  if (url.startsWith('node:internal/deps/undici')) return 'Node: undici (fetch, Response, Headers)';
  if (url.startsWith('node:')) return 'Node: other internals';
  if (url.startsWith('wasm://')) return 'Node: llhttp (wasm)';
  return url === '' ? 'native / V8 builtins' : url;
}

const label = (frame: ProfileNode['callFrame']) =>
  `${frame.functionName || '(anonymous)'} · ${frame.url.split('/').slice(-1)[0] || '(native)'}:${frame.lineNumber + 1}`;

interface Summary {
  areas: string[][];
  top: string[][];
  inclusive: string[][];
}

function summarise(profile: Profile, calls: number, topCount: number): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);

  // Self time per node; inclusive time per function (counted once per sample, however deep it recurses).
  const selfMs = new Map<number, number>();
  const inclusive = new Map<string, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const ms = (deltas[i] ?? 0) / 1000;
    selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame) seen.add(label(frame));
    }
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  });
  const areas = new Map<string, number>();
  const functions = new Map<string, { area: string; ms: number }>();
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const where = area(frame.url, frame.functionName);
    areas.set(where, (areas.get(where) ?? 0) + ms);
    const entry = functions.get(label(frame)) ?? { area: where, ms: 0 };
    entry.ms += ms;
    functions.set(label(frame), entry);
  }
  // Shares are of the busy time: idle time (waiting for the mock) would only dilute them.
  const idle = areas.get('V8 / idle / profiler') ?? 0;
  const busy = [...areas.values()].reduce((a, b) => a + b, 0) - idle;
  const pct = (ms: number) => `${((100 * ms) / busy).toFixed(1)} %`;
  const perCall = (ms: number) => `${((ms * 1000) / calls).toFixed(2)} µs`;
  const lumps = ['GC', 'V8 / idle / profiler'];
  return {
    areas: [...areas]
      .filter(([name, ms]) => name !== 'V8 / idle / profiler' && ms >= busy / 200) // under 0.5 %: noise
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => [name, pct(ms), perCall(ms)]),
    top: [...functions]
      .filter(([, f]) => !lumps.includes(f.area))
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, topCount)
      .map(([name, f]) => [name, f.area, pct(f.ms), perCall(f.ms)]),
    inclusive: [...functions]
      .filter(([name, f]) => OURS.includes(f.area) || name.startsWith('fetch · undici'))
      .map(([name, f]) => [name, f.area, inclusive.get(name) ?? 0] as const)
      .sort((a, b) => b[2] - a[2])
      .slice(0, 15)
      .map(([name, where, ms]) => [name, where, pct(ms), perCall(ms)]),
  };
}

// 1. In-process transport.
const body = JSON.stringify({ success: true, inviteCode: 'AbCdEfGhIjKlMnOpQrStUv' });
const inProcess = new WasendClient({
  apiKey: 'bench-key',
  baseUrl: 'https://api.wasend.dev',
  fetch: async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
});
const local = summarise(
  await profileOf(() => inProcess.getGroupInviteCode('default', '120363025988123456@g.us'), CALLS, 1),
  CALLS,
  20,
);

// 2. Loopback, against the mock in its own process.
const mock = await startMock();
let remote: Summary;
try {
  const { WasendClient: NodeClient } = (await import(
    resolveEntry('@wasend/node')
  )) as typeof import('@wasend/core');
  const client = new NodeClient({ apiKey: mock.key, baseUrl: mock.url });
  const profile = await profileOf(
    () => client.getGroupInviteCode(mock.sessionId, mock.groupId),
    LOOPBACK_CALLS,
    CONCURRENCY,
  );
  remote = summarise(profile, LOOPBACK_CALLS, 15);
} finally {
  await mock.stop();
}

const inclusiveCaption = (where: string) =>
  `${where}: inclusive time of our functions and ofetch's (the Node work they trigger included; an async ` +
  'function counts only while it runs, not while it awaits):';
await emit({
  title: 'Where the time goes in a call (CPU profile)',
  method:
    'The V8 CPU profiler, started after a warm-up. Shares are of the busy time (idle excluded); per call = ' +
    'time / calls, inflated by the profiler. (1) In-process transport: ' +
    `${CALLS.toLocaleString('en-US')} \`getGroupInviteCode\` calls one after another; the stub's own ` +
    '`new Response` lands in the undici rows (raw fetch pays it too). (2) Loopback: ' +
    `${LOOPBACK_CALLS.toLocaleString('en-US')} calls from ${CONCURRENCY} callers with @wasend/node against the ` +
    "mock (its own process): the client process's whole cost, real fetch included.",
  columns: ['(1) in-process: area', 'share of busy time', 'per call'],
  rows: local.areas,
  tables: [
    {
      caption:
        '(1) In-process: the functions with the most self time (file:line in the built `dist` or Node):',
      columns: ['function', 'area', 'share', 'per call'],
      rows: local.top,
    },
    {
      caption: inclusiveCaption('(1) In-process'),
      columns: ['function', 'area', 'share', 'per call'],
      rows: local.inclusive,
    },
    {
      caption: '(2) Loopback, by area:',
      columns: ['area', 'share of busy time', 'per call'],
      rows: remote.areas,
    },
    {
      caption: '(2) Loopback: the functions with the most self time:',
      columns: ['function', 'area', 'share', 'per call'],
      rows: remote.top,
    },
    {
      caption: inclusiveCaption('(2) Loopback'),
      columns: ['function', 'area', 'share', 'per call'],
      rows: remote.inclusive,
    },
  ],
});
