// The proxy's options as a zod/mini schema: wrong types are refused when the proxy is created.
import * as z from 'zod/mini';
import type { FetchFunction } from '../http/transport';
import { baseUrl, duration, keyText } from './options';

const isFunction = (value: unknown) => typeof value === 'function';

export const proxyOptions = z.object(
  {
    apiKey: keyText<string>((value) => typeof value === 'string', 'createWasendProxy needs the real apiKey'),
    baseUrl: z.optional(baseUrl),
    prefix: z.optional(
      z
        .pipe(
          z.string({ error: "prefix must be a string starting with '/'" }),
          z.transform((prefix) => prefix.replace(/\/+$/, '')),
        )
        .check(
          z.refine((prefix) => prefix === '' || prefix.startsWith('/'), {
            error: "prefix must start with '/'",
          }),
        ),
    ),
    authorize: z.custom<(request: Request) => boolean | Promise<boolean>>(isFunction, {
      error: 'createWasendProxy needs authorize(request): who may use your key',
    }),
    allowOrigins: z.optional(
      z.array(z.string(), { error: "allowOrigins must be an array of origins (or ['*'])" }),
    ),
    fetch: z.optional(z.custom<FetchFunction>(isFunction, { error: 'fetch must be a function' })),
    timeout: z.optional(duration('timeout')),
  },
  { error: 'createWasendProxy expects an options object { apiKey, authorize, … }' },
);
