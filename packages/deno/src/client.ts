import {
  type WasendClientOptions as CoreOptions,
  WasendClient as CoreWasendClient,
  WasendArgumentError,
} from '@wasend/core';
import { mayReadEnv, readEnv } from './env.ts';
import { userAgent } from './version.ts';

/** Core's options, except that `apiKey` may be left out: it then comes from `WASEND_API_KEY`. */
export type WasendClientOptions = Omit<CoreOptions, 'apiKey'> & { apiKey?: string | null | undefined };

const KEY_VAR = 'WASEND_API_KEY';
const URL_VAR = 'WASEND_BASE_URL';

/**
 * The core client with Deno defaults: `apiKey` / `baseUrl` from `WASEND_API_KEY` / `WASEND_BASE_URL`
 * when not given — read through `Deno.env` only when env permission is already granted for that
 * variable, so without `--allow-env` there is no prompt and no crash (pass `apiKey` then). An
 * explicit `null` key stays null (proxy mode). Requests say `User-Agent: wasend-js/<v> deno/<v>`.
 * Everything else — requests, retries, errors — is core's.
 */
export class WasendClient extends CoreWasendClient {
  constructor(options: WasendClientOptions = {}) {
    const apiKey = options.apiKey === undefined ? readEnv(KEY_VAR) : options.apiKey;
    if (apiKey === undefined) throw new WasendArgumentError(missingKeyMessage());
    const headers = { ...options.headers };
    // A caller's own User-Agent (any spelling) wins over ours.
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'user-agent')) {
      headers['User-Agent'] = userAgent();
    }
    super({ ...options, apiKey, baseUrl: options.baseUrl ?? readEnv(URL_VAR), headers });
  }
}

// Says which of the two ways to fix it applies, so nobody hunts for a variable Deno hid.
function missingKeyMessage(): string {
  const base = 'apiKey is required: pass { apiKey }, or null to call a key-holding proxy';
  return mayReadEnv(KEY_VAR)
    ? `${base}; ${KEY_VAR} is not set`
    : `${base}; ${KEY_VAR} was not read (no env permission: run with --allow-env=${KEY_VAR},${URL_VAR})`;
}
