// Input checking: a schema's value, or a WasendArgumentError with the schema's own message.
import * as z from 'zod/mini';
import { WasendArgumentError } from '../errors';

/** `value` as `schema` outputs it; bad input throws `WasendArgumentError` (the first problem's message). */
export function check<Schema extends z.ZodMiniType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  throw new WasendArgumentError(result.error.issues[0]?.message ?? 'invalid argument');
}

/** One of `values`, else a message naming them all. */
export const oneOf = <Value extends string>(name: string, values: readonly Value[]) =>
  z.custom<Value>((value) => values.includes(value as Value), {
    error: `${name} must be one of ${values.map((v) => `'${v}'`).join(', ')}`,
  });

/**
 * The first of `schemas` that accepts the value, as that one outputs it; else `error`. What the
 * client needs of a union: zod's own union class would cost every bundle about 0.3 KiB gzipped
 * (docs/design.md, "Size").
 */
export function firstOf<Schemas extends readonly z.ZodMiniType[]>(schemas: Schemas, error?: string) {
  const parse = (value: unknown) => {
    for (const schema of schemas) {
      const result = z.safeParse(schema, value);
      if (result.success) return result;
    }
    return undefined;
  };
  return z.pipe(
    z.custom<unknown>((value) => parse(value) !== undefined, error === undefined ? undefined : { error }),
    z.transform((value) => (parse(value) as { data: z.output<Schemas[number]> }).data),
  );
}
