// The proxy's options as a zod/mini schema: wrong types are refused when the proxy is created.
import * as z from 'zod/mini';
import type { FetchFunction } from '../http/transport';
import { ALLOWABLE } from '../proxy/route';
import { auth, baseUrl, duration, keyText } from './options';

const isFunction = (value: unknown) => typeof value === 'function';

/** An origin exactly as a browser sends it (scheme, host, port; no path or trailing '/'), '*' or 'null'. */
const isOriginEntry = (value: unknown): boolean => {
  if (value === '*' || value === 'null') return true;
  try {
    return typeof value === 'string' && new URL(value).origin === value;
  } catch {
    return false;
  }
};

export const proxyOptions = z.object(
  {
    apiKey: keyText<string>((value) => typeof value === 'string', 'createWasendProxy needs the real apiKey'),
    auth: z.optional(auth),
    allow: z.optional(
      z.custom<string[]>((value) => Array.isArray(value) && value.every((name) => ALLOWABLE.includes(name)), {
        error: (issue) =>
          `allow must list client method names such as 'getGroups'; unknown: ${[issue.input]
            .flat()
            .filter((name) => !ALLOWABLE.includes(name as string))
            .map((name) => JSON.stringify(name))
            .join(', ')}`,
      }),
    ),
    baseUrl: z.optional(baseUrl),
    prefix: z.optional(
      z
        .pipe(
          z.custom<string>((prefix) => typeof prefix === 'string', {
            error: "prefix must be a string starting with '/'",
          }),
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
    authorizeTimeout: z.optional(duration('authorizeTimeout')),
    allowOrigins: z.optional(
      z.custom<string[]>((value) => Array.isArray(value) && value.every(isOriginEntry), {
        error:
          "allowOrigins must be an array of origins such as 'https://app.example.com' (no path), '*' or 'null'",
      }),
    ),
    fetch: z.optional(z.custom<FetchFunction>(isFunction, { error: 'fetch must be a function' })),
    timeout: z.optional(duration('timeout')),
  },
  { error: 'createWasendProxy expects an options object { apiKey, authorize, … }' },
);
