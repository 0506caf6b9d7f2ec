import type { Fault } from './types';

/** Thrown for a control-plane body that must be refused with 400. */
export class ScenarioInitError extends Error {}

/** Checks a `Fault[]` from the control plane, so a typo fails loudly instead of never matching. */
export function validateFaults(value: unknown): Fault[] {
  if (!Array.isArray(value)) throw new ScenarioInitError('faults must be an array');
  return value.map((raw, i) => validateFault(raw, `faults[${i}]`));
}

function validateFault(raw: unknown, at: string): Fault {
  if (!isObject(raw)) throw new ScenarioInitError(`${at} must be an object`);
  if (raw.match !== undefined) {
    if (!isObject(raw.match)) throw new ScenarioInitError(`${at}.match must be an object`);
    for (const key of ['method', 'path'] as const) {
      const v = raw.match[key];
      if (v !== undefined && typeof v !== 'string')
        throw new ScenarioInitError(`${at}.match.${key} must be a string`);
    }
  }
  if (raw.times !== undefined && !(Number.isInteger(raw.times) && (raw.times as number) >= 0)) {
    throw new ScenarioInitError(`${at}.times must be a non-negative integer`);
  }
  if (raw.chance !== undefined && !(isNonNegative(raw.chance) && (raw.chance as number) <= 1)) {
    throw new ScenarioInitError(`${at}.chance must be a number from 0 to 1`);
  }
  const r = raw.respond;
  if (!isObject(r)) throw new ScenarioInitError(`${at}.respond must be an object`);
  const ok =
    (r.hang === true && Object.keys(r).length === 1) ||
    r.reset === 'before-headers' ||
    r.reset === 'mid-body' ||
    isNonNegative(r.delayMs) ||
    isNonNegative(r.trickleMs) ||
    isNonNegative(r.bodyBytes) ||
    isStatus(r.status);
  if (!ok) {
    throw new ScenarioInitError(
      `${at}.respond must be one of {status,headers?,body?}, {delayMs}, {hang:true}, {reset}, {trickleMs}, {bodyBytes}`,
    );
  }
  if (r.status !== undefined && !isStatus(r.status)) {
    throw new ScenarioInitError(`${at}.respond.status must be an integer from 200 to 599`);
  }
  if (r.headers !== undefined) {
    if (!isObject(r.headers) || Object.values(r.headers).some((v) => typeof v !== 'string')) {
      throw new ScenarioInitError(`${at}.respond.headers must map names to strings`);
    }
  }
  return raw as unknown as Fault;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNonNegative(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

function isStatus(v: unknown): boolean {
  return Number.isInteger(v) && (v as number) >= 200 && (v as number) <= 599;
}
