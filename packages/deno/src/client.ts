import {
  type AdapterClientOptions,
  adapterOptions,
  WasendClient as CoreWasendClient,
  userAgent,
} from '@wasend/core';
import { denoGlobal } from './denoGlobal.ts';
import { mayReadEnv, readEnv } from './env.ts';
import { VERSION } from './version.ts';

/** Core's options, except that `apiKey` may be left out: it then comes from `WASEND_API_KEY`. */
export type WasendClientOptions = AdapterClientOptions;

/**
 * The core client with Deno defaults: `apiKey` / `baseUrl` from `WASEND_API_KEY` / `WASEND_BASE_URL`
 * when not given — read through `Deno.env` only when env permission is already granted for that
 * variable, so without `--allow-env` there is no prompt and no crash (pass `apiKey` then). An
 * explicit `null` key stays null (proxy mode). Requests say `User-Agent: wasend-js/<v> deno/<v>`.
 * Everything else — requests, retries, errors — is core's.
 */
export class WasendClient extends CoreWasendClient {
  constructor(options: WasendClientOptions = {}) {
    super(
      adapterOptions(options, readEnv, {
        userAgent: userAgent(VERSION, 'deno', denoGlobal()?.version?.deno),
        missingKey,
      }),
    );
  }
}

// Says which of the two ways to fix it applies, so nobody hunts for a variable Deno hid.
function missingKey(): string {
  return mayReadEnv('WASEND_API_KEY')
    ? 'WASEND_API_KEY is not set'
    : 'WASEND_API_KEY was not read (no env permission: run with --allow-env=WASEND_API_KEY,WASEND_BASE_URL)';
}
