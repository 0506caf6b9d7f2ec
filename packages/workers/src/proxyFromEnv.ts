import { WasendArgumentError } from '@wasend/core';
import { createWasendProxy, type WasendProxy, type WasendProxyOptions } from '@wasend/core/proxy';
import { readBinding, type WasendEnv } from './env';

/** createWasendProxy's options without the key (it comes from the binding); `baseUrl` overrides the binding. */
export type ProxyFromEnvOptions = Omit<WasendProxyOptions, 'apiKey'>;

/**
 * core's `createWasendProxy` with the key from `env.WASEND_API_KEY` and the upstream from
 * `env.WASEND_BASE_URL` (unless `options.baseUrl` is given). `authorize` stays required: it decides
 * who may spend your key. Throws `WasendArgumentError` when the key binding is missing.
 */
export function proxyFromEnv(env: WasendEnv | object, options: ProxyFromEnvOptions): WasendProxy {
  const apiKey = readBinding(env, 'WASEND_API_KEY');
  if (apiKey === undefined) {
    throw new WasendArgumentError(
      'WASEND_API_KEY binding is not set: `wrangler secret put WASEND_API_KEY` (or .dev.vars locally)',
    );
  }
  const baseUrl = options?.baseUrl ?? readBinding(env, 'WASEND_BASE_URL');
  return createWasendProxy({ ...options, apiKey, ...(baseUrl !== undefined && { baseUrl }) });
}
