// Client options, per-call options and the escape hatch's request, as zod/mini schemas. Every check
// carries its own message: these are what a WasendArgumentError says.
import * as z from 'zod/mini';
import type { WasendLogger } from '../http/fetcher';
import type { FetchFunction } from '../http/transport';
import { oneOf } from './check';

export const DEFAULT_BASE_URL = 'https://api.wasend.dev';

/** A finite number >= 0 (ms). */
export const duration = (name: string) =>
  z.custom<number>((value) => typeof value === 'number' && Number.isFinite(value) && value >= 0, {
    error: `${name} must be a finite number >= 0`,
  });

/** An integer >= 0 (a count of retries). */
const whole = (name: string) =>
  z.custom<number>((value) => Number.isInteger(value) && (value as number) >= 0, {
    error: `${name} must be an integer >= 0`,
  });

/**
 * A key as `accepts` allows it (a string, or also `null`), outer whitespace trimmed (a pasted secret
 * often ends in a newline), then not empty and visible ASCII only: a key travels in a header, and
 * whitespace, controls or other characters would surface later as a bare TypeError from Headers.
 * Messages never include the key itself.
 */
export const keyText = <Key extends string | null>(
  accepts: (value: unknown) => boolean,
  error: string | ((issue: { input: unknown }) => string),
) =>
  z
    .pipe(
      z.custom<Key>(accepts, { error }),
      z.transform((key) => (key === null ? key : (key.trim() as Key))),
    )
    .check(
      z.refine((key) => key !== '', { error: 'apiKey is empty', abort: true }),
      z.refine((key) => key === null || /^[\x21-\x7e]+$/.test(key), {
        error: 'apiKey contains whitespace, control or non-ASCII characters',
      }),
    );

/** The client's key; `null` = no key (the server at `baseUrl` is a key-holding proxy). */
export const apiKey = keyText<string | null>(
  (value) => value === null || typeof value === 'string',
  (issue) =>
    issue.input === undefined
      ? 'apiKey is required: pass your Wasend API key, or pass null to call a key-holding proxy'
      : 'apiKey must be a string or null',
);

const httpUrl = (value: string): URL | undefined => {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
};

/** An absolute http(s) URL, possibly with a path prefix, given back without trailing '/'. */
export const baseUrl = z.pipe(
  z
    .custom<string>((value) => typeof value === 'string' && httpUrl(value) !== undefined, {
      error: 'baseUrl must be an absolute http(s) URL',
      abort: true,
    })
    .check(
      z.refine(
        (value) => {
          const url = httpUrl(value) as URL;
          return !(url.search || url.hash || url.username || url.password);
        },
        { error: 'baseUrl must not carry a query, fragment or credentials' },
      ),
    ),
  z.transform((value) => {
    const url = httpUrl(value) as URL;
    return url.origin + url.pathname.replace(/\/+$/, '');
  }),
);

// Anything but tab, space and visible ASCII (RFC 9110 asks senders for US-ASCII values).
const BAD_HEADER_VALUE = /[^\t\x20-\x7e]/;

/**
 * Header values are byte strings, and runtimes disagree past ASCII: above U+00FF most throw while
 * workerd sends UTF-8; U+0080–U+00FF go as Latin-1 bytes, except in workerd (UTF-8 again); a control
 * character such as DEL passes `Headers`, then Node and Chromium fail the fetch and workerd sends it.
 * Checked here, so every runtime fails the same way, before anything is sent.
 */
const isHeaderRecord = (value: unknown): value is Record<string, string> => {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.values(value).some((v) => typeof v !== 'string' || BAD_HEADER_VALUE.test(v))) return false;
  try {
    new Headers(value as Record<string, string>);
    return true;
  } catch {
    return false;
  }
};

/** The headers that carry the key (`auth`): a caller's `headers` never set either. */
const KEY_HEADERS = ['authorization', 'x-api-key'];

/** Extra headers: a checked copy, without Authorization or X-Api-Key in any spelling (those are the client's alone). */
export const headers = z.pipe(
  z.custom<Record<string, string>>(isHeaderRecord, {
    error: 'headers must map valid header names to visible-ASCII strings',
  }),
  z.transform((record) => {
    const copy: Record<string, string> = {};
    for (const [name, value] of Object.entries(record))
      if (!KEY_HEADERS.includes(name.toLowerCase())) copy[name] = value;
    return copy;
  }),
);

export const signal = z.custom<AbortSignal>(
  (value) => typeof (value as AbortSignal | null)?.addEventListener === 'function',
  { error: 'signal must be an AbortSignal' },
);

/** Per-call options; each overrides the client's own. */
export const requestOptions = z.object(
  {
    signal: z.optional(signal),
    timeout: z.optional(duration('timeout')),
    maxRetries: z.optional(whole('maxRetries')),
    headers: z.optional(headers),
  },
  { error: 'options must be an object' },
);

export const retryBackoff = z.object(
  {
    initialMs: z.optional(duration('retryBackoff.initialMs')),
    maxMs: z.optional(duration('retryBackoff.maxMs')),
  },
  { error: 'retryBackoff must be an object' },
);

/** How the key travels: `Authorization: Bearer` (the hosted service) or `X-Api-Key` (a self-hosted WAHA engine). */
export const auth = oneOf('auth', ['bearer', 'x-api-key']);

/** How participant lists are sent: phone JIDs (the Wasend service), or `{ id }` objects (a WAHA engine). */
export const participantsFormat = oneOf('participantsFormat', ['strings', 'objects']);

export const clientOptions = z.object(
  {
    apiKey,
    auth: z.optional(auth),
    participantsFormat: z.optional(participantsFormat),
    baseUrl: z.optional(baseUrl),
    timeout: z.optional(duration('timeout')),
    maxRetries: z.optional(whole('maxRetries')),
    retryBackoff: z.optional(retryBackoff),
    fetch: z.optional(
      z.custom<FetchFunction>((value) => typeof value === 'function', { error: 'fetch must be a function' }),
    ),
    headers: z.optional(headers),
    logger: z.optional(
      z.custom<WasendLogger>((value) => typeof value === 'object' && value !== null, {
        error: 'logger must be an object',
      }),
    ),
  },
  { error: 'WasendClient expects an options object' },
);
