// Picking a dialect by the keys a body carries, then parsing with that dialect's schema only: no
// union is tried blindly, and a body of another dialect never fails against the wrong schema.
import * as z from 'zod/mini';
import { isRecord } from '../http/body';

/**
 * The value of the first dialect whose key `body` carries and whose schema accepts it (in the
 * order of `dialects`); `undefined` when none. `wrapper` names an envelope that is opened first
 * (the docs' `data`, the join answer's `group`).
 */
export function parseByKeys<Result>(
  body: unknown,
  dialects: Record<string, z.ZodMiniType<Result>>,
  wrapper?: string,
): Result | undefined {
  const record = isRecord(body) && wrapper && isRecord(body[wrapper]) ? body[wrapper] : body;
  if (!isRecord(record)) return undefined;
  for (const key in dialects) {
    if (!(key in record)) continue;
    const parsed = z.safeParse(dialects[key] as z.ZodMiniType<Result>, record);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}
