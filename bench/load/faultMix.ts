// The random faults of the load run: seven kinds that together hit `rate` of all attempts.
import type { Fault, Respond } from '@wasend/mock-server/client';

/** What the SDK must make of each kind when it is the last attempt's answer. */
export const FAULT_KINDS = [
  { name: '503', respond: { status: 503 }, error: 'InternalServerError' },
  {
    name: '429 retry-after-ms',
    respond: { status: 429, headers: { 'retry-after-ms': '5' }, body: { error: 'slow down' } },
    error: 'RateLimitError',
  },
  { name: 'reset before headers', respond: { reset: 'before-headers' }, error: 'WasendConnectionError' },
  { name: 'reset mid-body', respond: { reset: 'mid-body' }, error: 'WasendConnectionError' },
  {
    name: 'truncated JSON on 200',
    respond: {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"success":true,"inviteCode":"AbCdEfGh',
    },
    error: 'WasendResponseError',
  },
  { name: 'hang', respond: { hang: true }, error: 'WasendTimeoutError' },
  {
    name: '500 HTML',
    respond: {
      status: 500,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<html><head><title>500</title></head><body><h1>Internal Server Error</h1></body></html>',
    },
    error: 'InternalServerError',
  },
] as const satisfies readonly { name: string; respond: Respond; error: string }[];

/** The error classes a call may end with here: nothing else is a right answer. */
export const EXPECTED_ERRORS: ReadonlySet<string> = new Set(FAULT_KINDS.map((kind) => kind.error));

/**
 * Faults are tried in order and a request that loses one roll moves on to the next, so the k-th
 * (0-based) gets chance share / (1 − k·share): then each kind hits exactly `share` = rate / 7 of
 * all attempts, and the seven together `rate`.
 */
export function faultMix(rate: number): Fault[] {
  const share = rate / FAULT_KINDS.length;
  return FAULT_KINDS.map((kind, k) => ({
    match: { path: '/invite-code' },
    chance: share / (1 - k * share),
    respond: kind.respond,
  }));
}
