// Reading a 2xx answer with dialect schemas: the dialect is picked by the keys the body carries, and
// only that dialect's schema is parsed, so a mismatch names what was missing instead of a union's noise.
import * as z from 'zod/mini';
import { WasendResponseError } from '../errors';
import type { Answer } from '../http/answer';
import { isRecord } from '../http/body';

/** Turns a 2xx answer into the call's value; throws `WasendResponseError` when it holds none. */
export type Reader<Result> = (answer: Answer) => Result;

/** The error for a 2xx that holds no usable value: the status and the (redacted) body. */
export const unusable = (answer: Answer, what: string): WasendResponseError =>
  new WasendResponseError(`${answer.status} response holds no ${what}`, {
    status: answer.status,
    body: answer.safeBody,
  });

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

/** A reader for JSON answers told apart by their keys (see `parseByKeys`). */
export const readByKeys =
  <Result>(dialects: Record<string, z.ZodMiniType<Result>>, what: string, wrapper?: string): Reader<Result> =>
  (answer) => {
    const value = parseByKeys(answer.body, dialects, wrapper);
    if (value === undefined) throw unusable(answer, what);
    return value;
  };
