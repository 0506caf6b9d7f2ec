import { type WasendClientOptions as CoreOptions, WasendClient as CoreWasendClient } from '@wasend/core';
import { userAgent } from './version';

/** Core's options, except that `apiKey` may be left out: it then comes from `WASEND_API_KEY`. */
export type WasendClientOptions = Omit<CoreOptions, 'apiKey'> & { apiKey?: string | null | undefined };

/**
 * The core client with Node defaults: `apiKey` / `baseUrl` from `WASEND_API_KEY` / `WASEND_BASE_URL`
 * when not given (an explicit `null` key stays null: proxy mode), and a User-Agent naming the SDK
 * and Node versions. Everything else — requests, retries, errors — is core's.
 * Node's global fetch keeps connections alive, so no custom agent is needed.
 */
export class WasendClient extends CoreWasendClient {
  constructor(options: WasendClientOptions = {}) {
    const env = process.env;
    const headers = { ...options.headers };
    // A caller's own User-Agent (any spelling) wins over ours.
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'user-agent')) {
      headers['User-Agent'] = userAgent();
    }
    super({
      ...options,
      apiKey: options.apiKey === undefined ? nonEmpty(env.WASEND_API_KEY) : options.apiKey,
      baseUrl: options.baseUrl ?? nonEmpty(env.WASEND_BASE_URL),
      headers,
    } as CoreOptions); // apiKey may still be undefined here: core then throws WasendArgumentError
  }
}

// An exported-but-empty variable (`WASEND_API_KEY=`) counts as not set.
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
