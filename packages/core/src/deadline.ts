// An attempt's abort: the caller's signal and a timer linked to one controller, for the client's
// transport and the proxy's upstream call alike.
import { WasendAbortError } from './errors';

/**
 * The longest delay a timer holds (2^31 − 1 ms, ~24.8 days). Longer ones overflow and fire at once in
 * every runtime, so a huge `timeout` would time out in 1 ms and a huge backoff would not wait: every
 * timer (attempt timeout, retry wait, proxy timeout) is clamped to it.
 */
export const MAX_TIMER_MS = 2_147_483_647;

/**
 * What waiting and reading need of an abort: an `AbortSignal`, or anything with the same members
 * (a `Deadline` is one: a single listener slot, cheaper than an EventTarget on every call).
 */
export interface AbortLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * Aborts when the caller's `signal` fires or after `timeoutMs` (0 = never; clamped to what a timer
 * holds, see MAX_TIMER_MS). `signal` is what fetch gets; `dispose()` unlinks both, always.
 * Waiters (`abortable`, `readBounded`) wait for one thing at a time, so one listener slot is enough.
 */
export class Deadline implements AbortLike {
  readonly #controller = new AbortController();
  readonly signal = this.#controller.signal;
  readonly #caller: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onCallerAbort = () => this.#abort();
  #listener: (() => void) | undefined;
  /** The timer fired (rather than the caller's signal). */
  timedOut = false;

  constructor(caller: AbortSignal | undefined, timeoutMs: number) {
    this.#caller = caller;
    caller?.addEventListener('abort', this.#onCallerAbort);
    if (caller?.aborted) this.#abort();
    if (timeoutMs > 0) {
      this.#timer = setTimeout(
        () => {
          this.timedOut = true;
          this.#abort();
        },
        Math.min(timeoutMs, MAX_TIMER_MS),
      );
    }
  }

  get aborted(): boolean {
    return this.signal.aborted;
  }
  get reason(): unknown {
    return this.signal.reason;
  }
  addEventListener(_type: 'abort', listener: () => void): void {
    this.#listener = listener;
  }
  removeEventListener(_type: 'abort', listener: () => void): void {
    if (this.#listener === listener) this.#listener = undefined;
  }

  /** Stops the timer and unlinks the caller's signal: call it once the attempt is over. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#caller?.removeEventListener('abort', this.#onCallerAbort);
  }

  #abort(): void {
    if (this.signal.aborted) return;
    this.#controller.abort();
    const waiting = this.#listener;
    this.#listener = undefined;
    waiting?.();
  }
}

/** Waits `ms` (clamped like every timer), or rejects with `WasendAbortError` once the caller's signal fires. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new WasendAbortError('the request was aborted'));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}
