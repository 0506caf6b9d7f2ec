// Tiny runner-free assertions: each throws a plain Error with a readable message, so any runtime's
// runner (vitest, deno test, workerd, Chromium) reports them the same way.
import type { ErrorClass } from './types.ts';

/** A short, safe rendering of any value for failure messages. */
export function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 300 ? `${value.slice(0, 300)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    const text = JSON.stringify(value);
    if (text === undefined) return String(value);
    return text.length > 500 ? `${text.slice(0, 500)}…` : text;
  } catch {
    return String(value);
  }
}

function fail(msg: string | undefined, detail: string): never {
  throw new Error(msg ? `${msg}: ${detail}` : detail);
}

export function ok(value: unknown, msg?: string): asserts value {
  if (!value) fail(msg, `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: unknown, expected: T, msg?: string): asserts actual is T {
  if (!Object.is(actual, expected)) fail(msg, `expected ${show(expected)}, got ${show(actual)}`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function diff(a: unknown, b: unknown, path: string): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path || '<root>'}: length ${a.length} ≠ ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = diff(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (a instanceof Date && b instanceof Date) {
    return a.getTime() === b.getTime() ? undefined : `${path || '<root>'}: ${show(a)} ≠ ${show(b)}`;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    for (const k of kb) if (!ka.includes(k)) return `${path}.${k}: missing (expected ${show(b[k])})`;
    for (const k of ka) if (!kb.includes(k)) return `${path}.${k}: unexpected ${show(a[k])}`;
    for (const k of kb) {
      const d = diff(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return `${path || '<root>'}: ${show(a)} ≠ ${show(b)}`;
}

/** Structural equality of plain data (objects, arrays, primitives); undefined-valued keys are ignored. */
export function deepEqual(actual: unknown, expected: unknown, msg?: string): void {
  const d = diff(actual, expected, '');
  if (d) fail(msg, `not deeply equal at ${d}\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`);
}

export function match(actual: unknown, re: RegExp, msg?: string): void {
  if (typeof actual !== 'string') fail(msg, `expected a string matching ${re}, got ${show(actual)}`);
  if (!re.test(actual)) fail(msg, `expected ${show(actual)} to match ${re}`);
}

/** Asserts a number of milliseconds lies in [lo, hi]. */
export function within(ms: number, lo: number, hi: number, msg?: string): void {
  if (typeof ms !== 'number' || Number.isNaN(ms) || ms < lo || ms > hi) {
    fail(msg, `expected ${show(ms)} within [${lo}, ${hi}]`);
  }
}

/**
 * Awaits `fnOrPromise` (a function is called; a synchronous throw counts, for constructors) and
 * asserts it failed with exactly `ErrorClass`: `instanceof` AND `name` equal to the class name.
 * Runs `check` on the error, then returns it.
 */
export async function rejectsWith<T extends Error>(
  ErrorClassCtor: ErrorClass<T>,
  fnOrPromise: Promise<unknown> | (() => unknown),
  check?: (err: T) => void | Promise<void>,
): Promise<T> {
  let caught: unknown;
  let failed = false;
  try {
    await (typeof fnOrPromise === 'function' ? fnOrPromise() : fnOrPromise);
  } catch (err) {
    failed = true;
    caught = err;
  }
  const want = ErrorClassCtor.name;
  if (!failed) throw new Error(`expected a rejection with ${want}, but it succeeded`);
  if (!(caught instanceof ErrorClassCtor)) {
    const got =
      caught instanceof Error
        ? `${caught.constructor?.name ?? caught.name}: ${caught.message}`
        : show(caught);
    throw new Error(`expected ${want}, got ${got}`);
  }
  if (caught.name !== want) {
    throw new Error(`expected error name ${show(want)}, got ${show(caught.name)} (${caught.message})`);
  }
  if (check) await check(caught);
  return caught;
}
