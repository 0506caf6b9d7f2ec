import {
  type WasendClientOptions as CoreOptions,
  WasendClient as CoreWasendClient,
  WasendArgumentError,
} from '@wasend/core';
import { readBinding, type WasendEnv } from './env';

/** `fromEnv`'s options: core's, with `apiKey` optional (it then comes from the binding). */
export type FromEnvOptions = Omit<CoreOptions, 'apiKey'> & { apiKey?: string | null | undefined };

/**
 * Core's client, plus `fromEnv` for Worker bindings. Workers have no process-wide environment —
 * bindings arrive with each request as `env` — so the constructor is core's unchanged (pass
 * `apiKey`) and `WasendClient.fromEnv(env)` reads the bindings. No node:* is used anywhere, so
 * this runs with `nodejs_compat` off.
 */
export class WasendClient extends CoreWasendClient {
  /**
   * A client configured from the Worker's bindings: `apiKey` from `env.WASEND_API_KEY`, `baseUrl`
   * from `env.WASEND_BASE_URL`, each only where `options` leaves it out (an explicit `apiKey: null`
   * stays null: proxy mode). Throws `WasendArgumentError` when no key is found anywhere.
   */
  static fromEnv(env: WasendEnv | object, options: FromEnvOptions = {}): WasendClient {
    const apiKey = options.apiKey === undefined ? readBinding(env, 'WASEND_API_KEY') : options.apiKey;
    if (apiKey === undefined) {
      throw new WasendArgumentError(
        'WASEND_API_KEY binding is not set: `wrangler secret put WASEND_API_KEY` (or .dev.vars locally), or pass apiKey',
      );
    }
    const baseUrl = options.baseUrl ?? readBinding(env, 'WASEND_BASE_URL');
    return new WasendClient({ ...options, apiKey, ...(baseUrl !== undefined && { baseUrl }) });
  }
}
