// Reading a backend's object field by field, for the normalisers of every area: what a usable value
// of each kind is, where a field may be found (one of several paths), and setting a result field
// only when a value was found.
import * as z from 'zod/mini';
import { isRecord } from '../http/body';

export const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** A non-empty string. */
export const text = z.custom<string>(isText);
/** Any string, '' included (a message body may be empty). */
export const anyText = z.custom<string>((value) => typeof value === 'string');
/** An integer >= 0. */
export const count = z.custom<number>((value) => Number.isInteger(value) && (value as number) >= 0);
/** A finite number. */
export const finite = z.custom<number>((value) => typeof value === 'number' && Number.isFinite(value));
export const flag = z.custom<boolean>((value) => typeof value === 'boolean');
export const list = z.custom<unknown[]>(Array.isArray);

/** The value at a dotted path of `record` (`groupMetadata.owner._serialized`). */
export const at = (record: unknown, path: string): unknown => {
  let value = record;
  for (const key of path.split('.')) value = isRecord(value) ? value[key] : undefined;
  return value;
};

/** The first value among `paths` (space-separated) that `schema` accepts, as it outputs it. */
export function first<Value>(
  record: unknown,
  paths: string,
  schema: z.ZodMiniType<Value>,
): Value | undefined {
  for (const path of paths.split(' ')) {
    const parsed = z.safeParse(schema, at(record, path));
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/** Sets `out[name]` only when `value` is defined: absent fields stay absent, never `undefined`. */
export const put = (out: Record<string, unknown>, name: string, value: unknown): void => {
  if (value !== undefined) out[name] = value;
};
