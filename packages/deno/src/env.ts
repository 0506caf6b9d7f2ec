import { type DenoNamespace, denoGlobal } from './denoGlobal.ts';

/**
 * True only when the variable may be read right now without a prompt: `--allow-env` (or
 * `--allow-env=NAME`) was given. `querySync` only looks at the permission state, it never asks.
 * Outside Deno, or where the permission API is missing or throws, the answer is no.
 */
export function mayReadEnv(name: string, deno: DenoNamespace | undefined = denoGlobal()): boolean {
  try {
    return deno?.permissions?.querySync?.({ name: 'env', variable: name }).state === 'granted';
  } catch {
    return false;
  }
}

/**
 * The variable's value, or `undefined` when it is unset, empty (an exported-but-empty variable
 * counts as unset), or not readable without asking: `Deno.env.get` is never even called then,
 * so a program run without `--allow-env` neither prompts nor crashes.
 */
export function readEnv(name: string, deno: DenoNamespace | undefined = denoGlobal()): string | undefined {
  // Permission first: without it `Deno.env` is not even looked at.
  if (!mayReadEnv(name, deno)) return undefined;
  try {
    const value = deno?.env?.get(name);
    return value === undefined || value.trim() === '' ? undefined : value;
  } catch {
    return undefined;
  }
}
