// The escape hatch's request as a zod/mini schema: checked the way fetch would refuse it, so that
// it goes out exactly as given or not at all.
import * as z from 'zod/mini';
import { encodable } from '../path';

// fetch refuses these with a TypeError, which would surface as a (retried) connection error.
const FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];

/** Whether `JSON.stringify` succeeds: BigInt, cycles or a throwing toJSON fail. */
const serializable = (body: unknown): boolean => {
  try {
    JSON.stringify(body);
    return true;
  } catch {
    return false;
  }
};

/** Strings, numbers and booleans (or undefined: left out), none with a lone surrogate. */
const isQuery = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  Object.entries(value).every(
    ([name, v]) =>
      encodable(name) &&
      (v === undefined ||
        typeof v === 'number' ||
        typeof v === 'boolean' ||
        (typeof v === 'string' && encodable(v))),
  );

/**
 * The escape hatch's call, checked the way fetch would refuse it, so that it goes out exactly as
 * given or not at all: the method upper-cased, the query serialised, the body as JSON text.
 * A lone surrogate would reach the wire as U+FFFD, silently: refused.
 */
export const request = z.pipe(
  z
    .object(
      {
        method: z
          .custom<string>((method) => typeof method === 'string' && /^[A-Za-z]+$/.test(method), {
            error: 'method must be an HTTP method name',
            abort: true,
          })
          .check(
            z.refine((method) => !FORBIDDEN_METHODS.includes(method.toUpperCase()), {
              error: 'method cannot be sent by fetch (CONNECT, TRACE, TRACK)',
            }),
          ),
        path: z.custom<string>(
          (path) => typeof path === 'string' && path.startsWith('/') && encodable(path),
          {
            error: "path must be a string starting with '/', without a lone surrogate",
          },
        ),
        query: z.optional(
          z.pipe(
            z.custom<Record<string, string | number | boolean | undefined>>(isQuery, {
              error: 'query values must be strings, numbers or booleans, without a lone surrogate',
            }),
            z.transform((query) => {
              const search: Record<string, string> = {};
              for (const [name, value] of Object.entries(query))
                if (value !== undefined) search[name] = String(value);
              return search;
            }),
          ),
        ),
        body: z.optional(
          z.custom<unknown>(serializable, { error: 'body must be JSON-serializable (no BigInt, no cycles)' }),
        ),
      },
      { error: 'request expects { method, path, … }' },
    )
    .check(
      z.refine(({ method, body }) => body === undefined || !['GET', 'HEAD'].includes(method.toUpperCase()), {
        error: 'a GET or HEAD request cannot carry a body',
      }),
    ),
  z.transform(({ method, path, query, body }) => ({
    method: method.toUpperCase(),
    path,
    search: query ? `?${new URLSearchParams(query)}` : '',
    body: body === undefined ? undefined : JSON.stringify(body),
  })),
);
