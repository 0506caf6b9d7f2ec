// Reading a 2xx answer into the call's value, or the error for an answer that holds none.
import type * as z from 'zod/mini';
import { WasendResponseError } from '../errors';
import type { Answer, Reader } from '../http/answer';
import { parseByKeys } from './byKeys';

/** The error for a 2xx that holds no usable value: the status and the (redacted) body. */
export const unusable = (answer: Answer, what: string): WasendResponseError =>
  new WasendResponseError(`${answer.status} response holds no ${what}`, {
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
