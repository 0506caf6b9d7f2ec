// The delay a server asks for before the next attempt (retry-after-ms, Retry-After).
import { parseHttpDate } from './httpDate';

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
