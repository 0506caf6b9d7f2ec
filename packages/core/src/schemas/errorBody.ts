// The error bodies of docs/contract.md ("Errors"), one schema per shape, and the one message they give.
import * as z from 'zod/mini';
import { plainText } from '../htmlText';

/** A non-blank string, trimmed: a message worth showing. */
export const words = z
  .pipe(
    z.string(),
    z.transform((text) => text.trim()),
  )
  .check(z.refine((text) => text !== ''));

/** The engine's exception filter (500): `{ statusCode, exception: { message, name, stack }, request }`. */
export const engineExceptionBody = z.object({ exception: z.object({ message: words }) });
/** NestJS: `{ statusCode, message: string | string[], error }`; an array is joined with '; '. */
export const nestBody = z.object({
  message: z.union([
    words,
    z.pipe(
      z.pipe(
        z.custom<unknown[]>(Array.isArray),
        z.transform((list) => list.filter((item) => typeof item === 'string').join('; ')),
      ),
      words,
    ),
  ]),
});
/** The docs' refusal `{ success: false, error }` and the not-ready 422 `{ error, session, status }`. */
export const errorTextBody = z.object({ error: words });
/** `{ error: { code, message } }`. */
export const errorObjectBody = z.object({ error: z.object({ message: words }) });

/**
 * The server's own message, in this order: `exception.message`, `message`, `error` (a string),
 * `error.message`; a text or HTML body reduced to its words, cut short. `undefined` when none.
 */
export function extractMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return plainText(body);
  const exception = z.safeParse(engineExceptionBody, body);
  if (exception.success) return exception.data.exception.message;
  const nest = z.safeParse(nestBody, body);
  if (nest.success) return nest.data.message;
  const text = z.safeParse(errorTextBody, body);
  if (text.success) return text.data.error;
  const object = z.safeParse(errorObjectBody, body);
  return object.success ? object.data.error.message : undefined;
}
