// Readers for the control plane's `ScenarioInit` fields: each returns the value or throws a
// ScenarioInitError naming the field (`at`), which the control plane answers with 400.
import { ScenarioInitError } from './validation';

export function object(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScenarioInitError(`${at} must be an object`);
  }
  return value as Record<string, unknown>;
}

export function array(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new ScenarioInitError(`${at} must be an array`);
  return value;
}

export function string(value: unknown, at: string): string {
  if (typeof value !== 'string' || value === '')
    throw new ScenarioInitError(`${at} must be a non-empty string`);
  return value;
}

export function stringArray(value: unknown, at: string): string[] {
  return array(value, at).map((v, i) => string(v, `${at}[${i}]`));
}

export function number(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ScenarioInitError(`${at} must be a number`);
  return value;
}

export function boolean(value: unknown, at: string): boolean {
  if (typeof value !== 'boolean') throw new ScenarioInitError(`${at} must be a boolean`);
  return value;
}
