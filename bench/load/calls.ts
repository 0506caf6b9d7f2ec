// Runs the calls, `concurrency` at a time, and tallies how each one settled.
import { isWasendError, type WasendClient } from '@wasend/core';
import type { Scenario } from '@wasend/mock-server/client';
import { EXPECTED_ERRORS } from './faultMix.ts';

export interface Target {
  client: WasendClient;
  scenario: Scenario;
}

export interface Tally {
  resolved: number;
  rejected: number;
  wrongCode: number;
  /** Rejections by error class name. */
  errors: Map<string, number>;
  /** The first few wrong answers, in words. */
  notes: string[];
}

/** Wrong answers shown in full; the rest are only counted. */
const MAX_NOTES = 5;

/** Calls settled so far, in every run: the stall watchdog watches it move. */
export const progress = { settled: 0 };

/**
 * Call i goes to target i mod n and must resolve to that scenario's code; a rejection must be an
 * expected WasendError subclass. No call's outcome can throw out of here.
 */
export async function runCalls(
  targets: Target[],
  calls: number,
  concurrency: number,
  signal: AbortSignal,
  durations?: Float64Array,
): Promise<Tally> {
  const tally: Tally = { resolved: 0, rejected: 0, wrongCode: 0, errors: new Map(), notes: [] };
  const note = (text: string) => {
    if (tally.notes.length < MAX_NOTES) tally.notes.push(text);
  };
  const one = async (i: number) => {
    const { client, scenario } = targets[i % targets.length] as Target;
    const started = performance.now();
    try {
      const code = await client.getGroupInviteCode(scenario.sessionId, scenario.groupId, { signal });
      tally.resolved++;
      if (code !== scenario.inviteCode) {
        tally.wrongCode++;
        note(`call ${i} (${scenario.id}) resolved to ${JSON.stringify(code)}, not ${scenario.inviteCode}`);
      }
    } catch (error) {
      tally.rejected++;
      const name = isWasendError(error) ? error.name : `not a WasendError (${String(error)})`;
      tally.errors.set(name, (tally.errors.get(name) ?? 0) + 1);
      if (!EXPECTED_ERRORS.has(name)) note(`call ${i} rejected with ${name}: ${(error as Error)?.message}`);
    } finally {
      if (durations) durations[i] = performance.now() - started;
      progress.settled++;
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < calls) await one(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker));
  return tally;
}

/**
 * Calls `onStall` when no call settles for `limitMs`: a call that never settles would otherwise hang
 * the script instead of failing it. Returns the function that stops watching.
 */
export function watchStalls(limitMs: number, onStall: (ms: number) => void): () => void {
  let last = progress.settled;
  let since = Date.now();
  // unref: the watchdog never holds the process open nor counts as a live timer.
  const timer = setInterval(() => {
    if (progress.settled !== last) [last, since] = [progress.settled, Date.now()];
    else if (Date.now() - since > limitMs) onStall(Date.now() - since);
  }, 1000).unref();
  return () => clearInterval(timer);
}
