// Load and leak check (issue 4): N getGroupInviteCode calls at concurrency C against the mock server
// (a child process, keep-alive on), with random faults on `--fault-rate` of all attempts. Every call
// must settle with its scenario's code or an expected WasendError subclass; no unhandled rejection;
// heap after GC within `--heap-limit-mib` of the start; the caller's shared AbortSignal left with no
// listeners; no timer left behind. Prints the figures and a one-line verdict; exits 1 if a check fails.
// The pieces: load/options.ts (flags), load/faultMix.ts (faults), load/calls.ts (the calls),
// load/probes.ts (leak probes), load/report.ts (figures and checks). See README.md.
import { cpus } from 'node:os';
import { WasendClient, type WasendLogger } from '@wasend/core';
import { createMockControl, type Dialect } from '@wasend/mock-server/client';
import { startMock } from './lib/mockServer.ts';
import { progress, runCalls, type Target, watchStalls } from './load/calls.ts';
import { faultMix } from './load/faultMix.ts';
import { type LoadOptions, parseOptions } from './load/options.ts';
import { abortListeners, heapAfterGc, liveTimers } from './load/probes.ts';
import { failuresOf, printFigures, verdict } from './load/report.ts';

const MAX_RETRIES = 2;
const BACKOFF = { initialMs: 5, maxMs: 50 };
/** One scenario per dialect: call i goes to scenario i mod 4, each checked against its own code. */
const DIALECTS: Dialect[] = ['docs', 'waha', 'gows', 'json-string'];

// Anything that escapes the SDK's promises lands here instead of crashing the run, and is counted.
const escaped = { unhandledRejection: 0, uncaughtException: 0, first: undefined as unknown };
process.on('unhandledRejection', (reason) => {
  escaped.unhandledRejection++;
  escaped.first ??= reason;
});
process.on('uncaughtException', (error) => {
  escaped.uncaughtException++;
  escaped.first ??= error;
});
const warnings = new Map<string, number>();
process.on('warning', (warning) => warnings.set(warning.name, (warnings.get(warning.name) ?? 0) + 1));

// Attempts and retries as the client itself reports them: one debug line per attempt (its status or
// error class), one warn line with `delayMs` per retry it schedules.
const counted = { attempts: 0, retries: 0, outcomes: new Map<string, number>() };
const logger: WasendLogger = {
  debug: (_message, meta) => {
    counted.attempts++;
    const outcome = String(meta?.error ?? meta?.status);
    counted.outcomes.set(outcome, (counted.outcomes.get(outcome) ?? 0) + 1);
  },
  warn: (_message, meta) => {
    if (meta?.delayMs !== undefined) counted.retries++;
  },
};

/** Hits per fault kind (FAULT_KINDS order), summed over the scenarios: the mock counts them. */
async function faultHits(targets: Target[]): Promise<number[]> {
  const hits: number[] = [];
  for (const { scenario } of targets) {
    for (const [k, fault] of (await scenario.state()).faults.entries()) hits[k] = (hits[k] ?? 0) + fault.hits;
  }
  return hits;
}

async function main(): Promise<number> {
  const o = parseOptions();
  if (!globalThis.gc) {
    console.error('FAIL: run with node --expose-gc --no-flush-bytecode (pnpm run load does)');
    return 2;
  }
  if (!process.execArgv.includes('--no-flush-bytecode'))
    console.warn('warning: without --no-flush-bytecode the heap figures are off by a few MiB (see --help)');
  const mock = await startMock();
  try {
    return await measure(o, mock.url, () => mock.stop());
  } finally {
    await mock.stop();
  }
}

async function measure(o: LoadOptions, mockUrl: string, stopMock: () => Promise<void>): Promise<number> {
  const control = createMockControl(mockUrl);
  const faults = faultMix(o.faultRate);
  const targets: Target[] = [];
  for (const dialect of DIALECTS) {
    const scenario = await control.createScenario({ dialect, faults });
    const client = new WasendClient({
      apiKey: scenario.key,
      baseUrl: scenario.baseUrl,
      timeout: o.timeout,
      maxRetries: MAX_RETRIES,
      retryBackoff: BACKOFF,
      logger,
    });
    targets.push({ client, scenario });
  }
  // The caller's long-lived signal, shared by every call and never aborted before the end.
  const caller = new AbortController();
  const signal = caller.signal;
  const durations = new Float64Array(o.calls);
  // Longer than any call can take: every attempt timing out, plus the retry waits.
  const stallMs = (MAX_RETRIES + 1) * o.timeout + MAX_RETRIES * BACKOFF.maxMs + 10_000;
  const stopWatching = watchStalls(stallMs, (ms) => {
    console.log(`FAIL: no call settled for ${ms} ms (${progress.settled} settled so far)`);
    void stopMock().finally(() => process.exit(1));
  });

  console.log(
    `wasend load: ${o.calls} calls · concurrency ${o.concurrency} · faults on ${o.faultRate * 100}% of attempts · ` +
      `timeout ${o.timeout} ms · maxRetries ${MAX_RETRIES} · backoff ${BACKOFF.initialMs}–${BACKOFF.maxMs} ms`,
  );
  console.log(
    `node ${process.version} · ${process.platform} ${process.arch} · ${cpus().length} CPUs · mock ${mockUrl} (child process, keep-alive)`,
  );

  const warm = await runCalls(targets, o.warmup, o.concurrency, signal);
  const hitsBefore = await faultHits(targets);
  const heapStart = await heapAfterGc();
  const timersStart = liveTimers();
  counted.attempts = 0;
  counted.retries = 0;
  counted.outcomes.clear();

  const started = performance.now();
  const run = await runCalls(targets, o.calls, o.concurrency, signal, durations);
  const seconds = (performance.now() - started) / 1000;
  stopWatching();

  // Leak probes first, in this order: nothing a probe does may add what a later one looks for.
  const listenersEnd = abortListeners(signal);
  const timersEnd = liveTimers();
  const heapEnd = await heapAfterGc();
  const hits = (await faultHits(targets)).map((n, k) => n - (hitsBefore[k] ?? 0));
  await stopMock();
  const timersAfterStop = liveTimers();

  const figures = {
    options: o,
    warm,
    run,
    seconds,
    durations,
    ...counted,
    hits,
    heapStart,
    heapEnd,
    listenersEnd,
    timersStart,
    timersEnd,
    timersAfterStop,
    escaped,
    warnings,
  };
  printFigures(figures);
  const failures = failuresOf(figures);
  console.log(verdict(figures, failures));
  caller.abort();
  return failures.length === 0 ? 0 : 1;
}

main()
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error('FAIL: the load script itself failed:', error);
      process.exitCode = 2;
    },
  )
  .finally(() => {
    // Something left running (a leaked timer, a socket) must not hold the verdict's exit open.
    setTimeout(() => process.exit(), 2000).unref();
  });
