import {
  type AdapterClientOptions,
  adapterOptions,
  WasendClient as CoreWasendClient,
  envRecord,
  userAgent,
} from '@wasend/core';
import { MISSING_KEY, type WasendEnv } from './env';
import { VERSION } from './version';

/** `fromEnv`'s options: core's, with `apiKey` optional (it then comes from the binding). */
export type FromEnvOptions = AdapterClientOptions;

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
  static fromEnv(env: WasendEnv, options: FromEnvOptions = {}): WasendClient {
    return new WasendClient(
      adapterOptions(options, envRecord(env), {
        // workerd tells no version of its own.
        userAgent: userAgent(VERSION, 'workers', undefined),
        missingKey: MISSING_KEY,
      }),
    );
  }
}
