import {
  type AdapterClientOptions,
  adapterOptions,
  WasendClient as CoreWasendClient,
  envRecord,
  userAgent,
} from '@wasend/core';
import { VERSION } from './version';

/** Core's options, except that `apiKey` may be left out: it then comes from `WASEND_API_KEY`. */
export type WasendClientOptions = AdapterClientOptions;

/**
 * The core client with Node defaults: `apiKey` / `baseUrl` from `WASEND_API_KEY` / `WASEND_BASE_URL`
 * when not given (an explicit `null` key stays null: proxy mode), and a User-Agent naming the SDK
 * and Node versions. Everything else — requests, retries, errors — is core's.
 * Node's global fetch keeps connections alive, so no custom agent is needed.
 */
export class WasendClient extends CoreWasendClient {
  constructor(options: WasendClientOptions = {}) {
    super(
      adapterOptions(options, envRecord(process.env), {
        userAgent: userAgent(VERSION, 'node', process.version),
        missingKey: () => 'WASEND_API_KEY is not set (export it; the key never goes in a command line)',
      }),
    );
  }
}
