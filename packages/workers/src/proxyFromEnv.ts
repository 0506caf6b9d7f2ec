import { envRecord, WasendArgumentError } from '@wasend/core';
import { createWasendProxy, type WasendProxy, type WasendProxyOptions } from '@wasend/core/proxy';
import { MISSING_KEY, type WasendEnv } from './env';

/** createWasendProxy's options without the key (it comes from the binding); `baseUrl` overrides the binding. */
export type ProxyFromEnvOptions = Omit<WasendProxyOptions, 'apiKey'>;

/**
 * core's `createWasendProxy` with the key from `env.WASEND_API_KEY` and the upstream from
 * `env.WASEND_BASE_URL` (unless `options.baseUrl` is given). `authorize` stays required: it decides
 * who may spend your key. Throws `WasendArgumentError` when the key binding is missing.
 */
export function proxyFromEnv(env: WasendEnv, options: ProxyFromEnvOptions): WasendProxy {
  const read = envRecord(env);
  const apiKey = read('WASEND_API_KEY');
  if (apiKey === undefined) throw new WasendArgumentError(MISSING_KEY());
  const baseUrl = options?.baseUrl ?? read('WASEND_BASE_URL');
  return createWasendProxy({ ...options, apiKey, ...(baseUrl !== undefined && { baseUrl }) });
}
