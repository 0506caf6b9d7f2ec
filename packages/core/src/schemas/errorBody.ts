// The error bodies of docs/contract.md ("Errors"), one schema per shape, each → the message it gives.
import * as z from 'zod/mini';
import { plainText } from '../htmlText';
import { parseByKeys } from './byKeys';
import { firstOf } from './check';

/** A non-blank string, trimmed: a message worth showing. */
export const words = z
  .pipe(
    z.custom<string>((text) => typeof text === 'string'),
    z.transform((text) => text.trim()),
  )
  .check(z.refine((text) => text !== ''));

/** The engine's exception filter (500): `{ statusCode, exception: { message, name, stack }, request }`. */
export const engineExceptionBody = z.pipe(
  z.object({ exception: z.object({ message: words }) }),
  z.transform((body) => body.exception.message),
);

/** NestJS: `{ statusCode, message: string | string[], error }`; a list is joined with '; '. */
export const nestBody = z.pipe(
  z.object({
    message: firstOf([
      words,
      z.pipe(
        z.pipe(
          z.custom<unknown[]>(Array.isArray),
          z.transform((list) => list.filter((item) => typeof item === 'string').join('; ')),
        ),
        words,
      ),
    ]),
  }),
  z.transform((body) => body.message),
);

/**
 * `error` as text (the docs' refusal `{ success: false, error }`, the not-ready 422 `{ error, session,
 * status }`) or as an object (`{ error: { code, message } }`).
 */
export const errorFieldBody = z.pipe(
  z.object({
    error: firstOf([
      words,
      z.pipe(
        z.object({ message: words }),
        z.transform((error) => error.message),
      ),
    ]),
  }),
  z.transform((body) => body.error),
);

/** The shapes by the key that names them, in the order their message is preferred. */
const ERROR_BODIES = { exception: engineExceptionBody, message: nestBody, error: errorFieldBody };

/**
 * The server's own message: `exception.message`, `message`, `error` (text), `error.message`, in
 * that order; a text or HTML body reduced to its words, cut short. `undefined` when there is none.
 */
export function extractMessage(body: unknown): string | undefined {
  return typeof body === 'string' ? plainText(body) : parseByKeys(body, ERROR_BODIES);
}
