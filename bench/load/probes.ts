// What the leak checks look at: heap after GC, live timers, listeners on the caller's signal.
import { getEventListeners } from 'node:events';

const MIB = 1024 * 1024;

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * heapUsed after full collections, a tick apart: sockets, streams and promises let go of
 * objects over a few turns of the event loop, so one collection alone would overstate the heap.
 */
export async function heapAfterGc(): Promise<number> {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with node --expose-gc (pnpm run load does)');
  for (let i = 0; i < 4; i++) {
    gc();
    await nextTick();
  }
  gc();
  return process.memoryUsage().heapUsed;
}

/** Referenced timers (setTimeout/setInterval) still pending: each would hold a process open. */
export const liveTimers = (): number =>
  process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

export const abortListeners = (signal: AbortSignal): number => getEventListeners(signal, 'abort').length;

export const mib = (bytes: number): string => `${(bytes / MIB).toFixed(2)} MiB`;

export { MIB };
