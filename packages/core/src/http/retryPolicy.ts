// The retry decision, in one place: which failures are retried and how long to wait before the next
// attempt (docs/design.md, "Retries").
import {
  RateLimitError,
  RedirectRefusedError,
  WasendAPIError,
  WasendConnectionError,
  type WasendError,
} from '../errors';
import { isRecord } from './body';
import { serverDelayMs } from './serverDelay';

export interface RetryBackoff {
  /** Base delay of the first retry, in ms (default 500). */
  initialMs?: number;
  /** Upper bound of any backoff delay, in ms (default 8000). */
  maxMs?: number;
}

export const DEFAULT_BACKOFF = { initialMs: 500, maxMs: 8_000 } as const;

/** Server-given delays above this are not waited for: the error is thrown at once. */
export const MAX_SERVER_DELAY_MS = 60_000;

/** The statuses worth another attempt (also what ofetch is told, so both agree). */
export const RETRIED_STATUSES = [408, 425, 429, 500, 502, 503, 504];

export const isRetriedStatus = (status: number): boolean => RETRIED_STATUSES.includes(status);

/**
 * How an endpoint may be retried: `A` idempotent reads, retried up to `maxRetries` (the client's
 * unless the call sets it); `B` retried only when the call itself passes `maxRetries`; `C` never
 * (revoke, join, sends: a second attempt could act twice).
 */
export type RetryClass = 'A' | 'B' | 'C';

/** Only GET is retried: POST endpoints (revoke, join) are not idempotent. */
export const isRetriedMethod = (method: string): boolean => method === 'GET';

/** How many retries a call gets: its class, the call's own `maxRetries`, else the client's. */
export function retriesFor(
  retry: RetryClass,
  callMaxRetries: number | undefined,
  clientMaxRetries: number,
): number {
  if (retry === 'A') return callMaxRetries ?? clientMaxRetries;
  if (retry === 'B') return callMaxRetries ?? 0;
  return 0;
}

/**
 * The decision: how long to wait before retry number `retry` (1, 2, …) after `error`, or
 * `undefined` when this failure is not retried at all:
 * - an answer with a retried status, but not an engine's own error (a 500 with an `exception`):
 *   the server's delay (Retry-After, retry-after-ms) when it gave
 *   one, else backoff; a server delay above MAX_SERVER_DELAY_MS is not waited for;
 * - a connection failure or timeout: backoff, except a refused redirect (it would be refused again);
 * - anything else (an abort, a refusal in a 2xx, an unusable answer, bad input): never.
 */
export function retryDelay(error: WasendError, retry: number, backoff: RetryBackoff): number | undefined {
  if (error instanceof WasendAPIError) {
    // An engine's own error (its exception filter's 500: no such group, not an admin) is no outage:
    // it would answer the same again.
    if (!isRetriedStatus(error.status) || isRecord(isRecord(error.body) && error.body.exception))
      return undefined;
    const asked = error instanceof RateLimitError ? error.retryAfterMs : serverDelayMs(error.headers);
    if (asked === undefined) return backoffMs(retry, backoff);
    return asked <= MAX_SERVER_DELAY_MS ? asked : undefined;
  }
  if (error instanceof WasendConnectionError && !(error instanceof RedirectRefusedError)) {
    return backoffMs(retry, backoff);
  }
  return undefined;
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
