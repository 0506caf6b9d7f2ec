// What a load run measured, printed as figures, and the checks that decide its verdict.
import { percentiles } from '../lib/stats.ts';
import type { Tally } from './calls.ts';
import { EXPECTED_ERRORS, FAULT_KINDS } from './faultMix.ts';
import type { LoadOptions } from './options.ts';
import { MIB, mib } from './probes.ts';

export interface Figures {
  options: LoadOptions;
  warm: Tally;
  run: Tally;
  seconds: number;
  /** ms per measured call. */
  durations: Float64Array;
  /** From the client's logger: attempts, retries it scheduled, each attempt's status or error class. */
  attempts: number;
  retries: number;
  outcomes: Map<string, number>;
  /** The mock's hits per fault kind (FAULT_KINDS order), measured calls only. */
  hits: number[];
  heapStart: number;
  heapEnd: number;
  listenersEnd: number;
  timersStart: number;
  timersEnd: number;
  timersAfterStop: number;
  escaped: { unhandledRejection: number; uncaughtException: number; first: unknown };
  warnings: Map<string, number>;
}

const tallyLine = (map: Map<string, number>) =>
  [...map].map(([name, n]) => `${name} ${n}`).join(' · ') || 'none';

const signed = (bytes: number) => `${bytes >= 0 ? '+' : ''}${mib(bytes)}`;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function printFigures(f: Figures): void {
  const { options: o, run } = f;
  const { p50, p99, max } = percentiles(Array.from(f.durations));
  const injected = sum(f.hits);
  const failed = f.retries + run.rejected;
  const lines = [
    `warm-up: ${o.warmup} calls (${f.warm.resolved} resolved, ${f.warm.rejected} rejected)`,
    `run: ${o.calls} calls in ${f.seconds.toFixed(1)} s → ${Math.round(o.calls / f.seconds)} calls/s`,
    `latency: p50 ${p50.toFixed(1)} ms · p99 ${p99.toFixed(1)} ms · max ${max.toFixed(1)} ms`,
    `outcome: ${run.resolved} resolved (${run.wrongCode} with a wrong code) · ${run.rejected} rejected: ${tallyLine(run.errors)}`,
    `attempts: ${f.attempts} · retries taken: ${f.retries} (${((f.retries / o.calls) * 100).toFixed(2)}% of calls)`,
    `attempt outcomes (client's log): ${tallyLine(f.outcomes)}`,
    `faults injected (mock's count): ${injected} = ${((injected / Math.max(1, f.attempts)) * 100).toFixed(2)}% of attempts · ${FAULT_KINDS.map((kind, k) => `${kind.name} ${f.hits[k]}`).join(' · ')}`,
    `retries + rejections: ${failed} (${failed - injected} with no fault behind them, e.g. a normal answer slower than the timeout)`,
    `heap after GC: start ${mib(f.heapStart)} · end ${mib(f.heapEnd)} · growth ${signed(f.heapEnd - f.heapStart)} (limit ${o.heapLimitMib} MiB)`,
    `caller signal: ${f.listenersEnd} abort listeners left · live timers: ${f.timersEnd} (baseline ${f.timersStart}; ${f.timersAfterStop} after the mock stopped)`,
    `unhandled rejections: ${f.escaped.unhandledRejection} · uncaught exceptions: ${f.escaped.uncaughtException} · process warnings: ${tallyLine(f.warnings)}`,
    ...run.notes.map((text) => `  ${text}`),
  ];
  for (const line of lines) console.log(line);
}

/** Every failed check, in words; empty when the run passes. */
export function failuresOf(f: Figures): string[] {
  const { options: o, run, escaped } = f;
  const failures: string[] = [];
  if (run.resolved + run.rejected !== o.calls)
    failures.push(`${run.resolved + run.rejected} of ${o.calls} calls settled`);
  if (run.wrongCode > 0) failures.push(`${run.wrongCode} calls resolved to a wrong code`);
  const unexpected = [...run.errors].filter(([name]) => !EXPECTED_ERRORS.has(name));
  if (unexpected.length > 0) failures.push(`unexpected rejections: ${tallyLine(new Map(unexpected))}`);
  if (escaped.unhandledRejection + escaped.uncaughtException > 0) {
    failures.push(
      `${escaped.unhandledRejection} unhandled rejections, ${escaped.uncaughtException} uncaught exceptions (first: ${String(escaped.first)})`,
    );
  }
  const growth = f.heapEnd - f.heapStart;
  if (growth > o.heapLimitMib * MIB) failures.push(`heap grew ${mib(growth)} (limit ${o.heapLimitMib} MiB)`);
  if (f.listenersEnd > 0) failures.push(`${f.listenersEnd} abort listeners left on the caller's signal`);
  if (f.timersEnd > f.timersStart) failures.push(`${f.timersEnd - f.timersStart} timers left behind`);
  // Each fault reaches the client and is either retried or ends its call (the last attempt's fault,
  // or a truncated 200, which is never retried), so a fault taken for an answer makes this short.
  // It may run over: a normal answer slower than the timeout also fails an attempt.
  const injected = sum(f.hits);
  const failed = f.retries + run.rejected;
  if (failed < injected) {
    failures.push(
      `${injected} faults injected but only ${failed} retries + rejections: some fault was taken for an answer`,
    );
  }
  if (o.faultRate > 0 && (injected === 0 || f.retries === 0))
    failures.push('no fault was injected or no retry taken: the run did not test what it should');
  return failures;
}

export function verdict(f: Figures, failures: string[]): string {
  return failures.length === 0
    ? `PASS: ${f.options.calls} calls settled right, ${f.retries} retries, heap ${signed(f.heapEnd - f.heapStart)}, no listener, timer or rejection left`
    : `FAIL: ${failures.join('; ')}`;
}
