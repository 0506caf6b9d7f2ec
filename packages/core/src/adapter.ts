// What every runtime adapter (node, deno, workers) shares: its options type, reading the key and
// base URL from the runtime's environment, the one behaviour for a missing key, and its User-Agent.
// Web-standard: each adapter hands in its own way of reading the environment.
import type { WasendClientOptions } from './client';
import { WasendArgumentError } from './errors';

/** An adapter's client options: core's, except that `apiKey` may be left out (it then comes from the environment). */
export type AdapterClientOptions = Omit<WasendClientOptions, 'apiKey'> & { apiKey?: string | null };

/** The environment variables (or Worker bindings) an adapter reads. */
export type WasendEnvName = 'WASEND_API_KEY' | 'WASEND_BASE_URL';

/** Reads one variable; `undefined` when it is unset, blank, or cannot be read. */
export type EnvReader = (name: WasendEnvName) => string | undefined;

/**
 * A reader over a record of variables (Node's environment, a Worker's `env`): a non-blank string, else
 * `undefined` (an exported-but-empty variable counts as unset, so the error says "set it").
 */
export const envRecord =
  (env: unknown): EnvReader =>
  (name) => {
    const value =
      typeof env === 'object' && env !== null ? (env as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };

/** `wasend-js/<version>`, then ` <runtime>/<runtime version>` when the runtime version is known. */
export const userAgent = (version: string, runtime: string, runtimeVersion: string | undefined): string =>
  runtimeVersion === undefined ? `wasend-js/${version}` : `wasend-js/${version} ${runtime}/${runtimeVersion}`;

/** `headers` with `name: value` added, unless the caller set that header already (in any spelling). */
export function withDefaultHeader(
  headers: Record<string, string> | undefined,
  name: string,
  value: string,
): Record<string, string> {
  const own = { ...headers };
  if (!Object.keys(own).some((given) => given.toLowerCase() === name.toLowerCase())) own[name] = value;
  return own;
}

/**
 * Core's options for an adapter's client: `apiKey` and `baseUrl` from the environment where
 * `options` leaves them out (an explicit `apiKey: null` stays null: proxy mode), and the adapter's
 * User-Agent unless the caller set one. A key found nowhere is a `WasendArgumentError` naming
 * WASEND_API_KEY, with `missingKey` saying how to set it in this runtime.
 */
export function adapterOptions(
  options: AdapterClientOptions,
  env: EnvReader,
  adapter: { userAgent: string; missingKey: () => string },
): WasendClientOptions {
  const apiKey = options.apiKey === undefined ? env('WASEND_API_KEY') : options.apiKey;
  if (apiKey === undefined)
    throw new WasendArgumentError(
      `apiKey is required: pass { apiKey }, or null to call a key-holding proxy; ${adapter.missingKey()}`,
    );
  const baseUrl = options.baseUrl ?? env('WASEND_BASE_URL');
  return {
    ...options,
    apiKey,
    ...(baseUrl !== undefined && { baseUrl }),
    headers: withDefaultHeader(options.headers, 'User-Agent', adapter.userAgent),
  };
}
