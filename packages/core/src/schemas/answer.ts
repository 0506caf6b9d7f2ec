// Reading a 2xx answer into the call's value, or the error for an answer that holds none.
import * as z from 'zod/mini';
import { WasendAPIError, WasendResponseError } from '../errors';
import type { Answer, Reader } from '../http/answer';
import { isRecord } from '../http/body';
import { parseByKeys } from './byKeys';

/** The error for a 2xx that holds no usable value: the status and the (redacted) body; a `hint` where one helps. */
export const unusable = (answer: Answer, what: string, hint?: string): WasendResponseError =>
  new WasendResponseError(`${answer.status} response holds no ${what}${hint ? ` (${hint})` : ''}`, {
    status: answer.status,
    body: answer.safeBody,
  });

/** A reader for JSON answers told apart by their keys (see `parseByKeys`). */
export const readByKeys =
  <Result>(dialects: Record<string, z.ZodMiniType<Result>>, what: string, wrapper?: string): Reader<Result> =>
  (answer) => {
    const value = parseByKeys(answer.body, dialects, wrapper);
    if (value === undefined) throw unusable(answer, what);
    return value;
  };

/**
 * The payload of a 2xx body (docs/contract.md, "Answers"): `{ success: true, data }` → `data`, else
 * the first of the endpoint's `named` keys (space-separated) it carries, else the object without `success`, `message` and `error`; anything
 * else as it came.
 */
export function payload(body: unknown, named = ''): unknown {
  if (!isRecord(body) || body.success !== true) return body;
  if ('data' in body) return body.data;
  for (const name of named.split(' ')) if (name in body) return body[name];
  const { success: _s, message: _m, error: _e, ...rest } = body;
  return rest;
}

/** A reader that parses the payload with `schema`; a payload it refuses is `WasendResponseError`. */
export const readWith =
  <Result>(schema: z.ZodMiniType<Result>, what: string, named?: string): Reader<Result> =>
  (answer) => {
    const parsed = z.safeParse(schema, payload(answer.body, named));
    if (!parsed.success) throw unusable(answer, what);
    return parsed.data;
  };

/**
 * A change that answers nothing worth keeping: any 2xx body will do, except a bare `false`, which
 * is how the WEBJS engine says the change was refused (not an admin, say).
 */
export const readVoid: Reader<undefined> = (answer) => {
  if (answer.body === false || answer.text.trim() === 'false')
    throw new WasendAPIError(`${answer.status} the server reported the change was not applied`, {
      status: answer.status,
      body: answer.safeBody,
      headers: answer.headers,
    });
  return undefined;
};
