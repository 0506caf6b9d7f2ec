// Which failures are retried and how long to wait before the next attempt (API.md "Retries").
import { parseHttpDate } from './httpDate';

export interface RetryBackoff {
  /** Base delay of the first retry, in ms (default 500). */
  initialMs?: number;
  /** Upper bound of any backoff delay, in ms (default 8000). */
  maxMs?: number;
}

export const DEFAULT_BACKOFF = { initialMs: 500, maxMs: 8_000 } as const;

/** Server-given delays above this are not waited for: the error is thrown at once. */
export const MAX_SERVER_DELAY_MS = 60_000;

/**
 * The longest delay a timer holds (2^31 − 1 ms, ~24.8 days). Longer ones overflow and fire at once in
 * every runtime, so a huge `timeout` would time out in 1 ms and a huge backoff would not wait: every
 * timer (attempt timeout, retry wait, proxy timeout) is clamped to it.
 */
export const MAX_TIMER_MS = 2_147_483_647;

const RETRIED_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

export const isRetriedStatus = (status: number): boolean => RETRIED_STATUSES.has(status);

/** Only GET is retried: POST endpoints (revoke, join) are not idempotent. */
export const isRetriedMethod = (method: string): boolean => method === 'GET';

/**
 * The delay the server asked for, in ms: `retry-after-ms`, else `Retry-After` as seconds or an
 * HTTP date (a past date means 0). `undefined` when absent or unreadable.
 */
export function serverDelayMs(headers: Record<string, string>, now = Date.now()): number | undefined {
  const ms = headers['retry-after-ms']?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const after = headers['retry-after']?.trim();
  if (!after) return undefined;
  if (/^\d+(\.\d+)?$/.test(after)) return Number(after) * 1000;
  // Strictly an HTTP date: anything else (garbage) leaves the delay to the backoff.
  const date = parseHttpDate(after, now);
  return date === undefined ? undefined : Math.max(0, date - now);
}

/** Retry k (1, 2, …) waits a random 50–100 % of `initialMs · 2^(k−1)`, that base capped at `maxMs`. */
export function backoffMs(
  retry: number,
  { initialMs = DEFAULT_BACKOFF.initialMs, maxMs = DEFAULT_BACKOFF.maxMs }: RetryBackoff = {},
  random: () => number = Math.random,
): number {
  const base = Math.min(maxMs, initialMs * 2 ** (retry - 1));
  return Math.round(base * (0.5 + random() / 2));
}
