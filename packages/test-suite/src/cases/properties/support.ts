// Plumbing for the property cases: seeded fast-check runs, the code grammar, hang and unhandled
// rejection guards. Runtime-neutral: no Node APIs (these run in Node, Deno, workerd and Chromium).
import fc from 'fast-check';

export { fc };

/** docs/contract.md "Invite codes and links": 8–64 of [A-Za-z0-9_-]. */
export const CODE = /^[A-Za-z0-9_-]{8,64}$/;
export const LINK = /^https:\/\/chat\.whatsapp\.com\/[A-Za-z0-9_-]{8,64}$/;

export const code = fc.stringMatching(CODE);

/** A fixed seed per case: a failure prints seed, path and the shrunk counterexample, and replays. */
export function check<Ts>(property: fc.IProperty<Ts>, seed: number, numRuns: number): void {
  fc.assert(property, { seed, numRuns });
}

export async function checkAsync<Ts>(
  property: fc.IAsyncProperty<Ts>,
  seed: number,
  numRuns: number,
): Promise<void> {
  await fc.assert(property, { seed, numRuns });
}

/** A string as a JS literal with invisible characters (DEL, C1, separators, BOM) escaped. */
export function literal(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u00a0\u00ad\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Whether `encodeURIComponent` can encode it (a lone UTF-16 surrogate cannot). */
export function encodable(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

/** The outcome of a call: its value, or what it rejected with. A call still pending after `ms` fails. */
export async function settle<T>(
  call: () => Promise<T>,
  what: string,
  ms = 3000,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still pending after ${ms} ms (a hang)`)), ms);
  });
  try {
    return await Promise.race([
      call().then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
      hang,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

type Listener = (event: Event) => void;
interface EventHost {
  addEventListener?(type: string, listener: Listener): void;
  removeEventListener?(type: string, listener: Listener): void;
}

/**
 * Records unhandled rejections while `fn` runs, where the runtime reports them as a global event
 * (Deno, workerd, browsers). Node has no such event; there vitest itself fails the run on one.
 */
export async function noUnhandledRejections(fn: () => Promise<void>): Promise<void> {
  const host = globalThis as EventHost;
  const seen: unknown[] = [];
  const onUnhandled: Listener = (event) => void seen.push((event as PromiseRejectionEvent).reason);
  host.addEventListener?.('unhandledrejection', onUnhandled);
  try {
    await fn();
    // Unhandled rejections are reported after the microtask queue drains: give them a turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    host.removeEventListener?.('unhandledrejection', onUnhandled);
  }
  if (seen.length > 0) {
    const first = seen[0];
    throw new Error(
      `${seen.length} unhandled rejection(s), first: ${first instanceof Error ? `${first.name}: ${first.message}` : String(first)}`,
    );
  }
}
