// The proxy's options as a zod/mini schema: wrong types are refused when the proxy is created.
import * as z from 'zod/mini';
import type { FetchFunction } from '../http/transport';
import { baseUrl, keyText } from './options';

const isFunction = (value: unknown) => typeof value === 'function';

export const proxyOptions = z.object(
  {
    apiKey: keyText({ error: 'createWasendProxy needs the real apiKey' }),
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
    timeout: z.optional(
      z
        .number({ error: 'timeout must be a finite number >= 0' })
        .check(z.refine((value) => value >= 0, { error: 'timeout must be a finite number >= 0' })),
    ),
  },
  { error: 'createWasendProxy expects an options object { apiKey, authorize, … }' },
);
