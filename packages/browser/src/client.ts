import {
  type WasendClientOptions as CoreOptions,
  WasendClient as CoreWasendClient,
  type FetchFunction,
  WasendArgumentError,
} from '@wasend/core';

/**
 * Core's options with browser defaults: `baseUrl` is required (your key-holding proxy, e.g.
 * `location.origin + '/wasend'`), `apiKey` left out means `null` (proxy mode), and a string key is
 * refused unless `dangerouslyAllowBrowser: true` (a type error too, not only a runtime one).
 */
export type WasendClientOptions = Omit<CoreOptions, 'apiKey' | 'baseUrl'> & {
  /** The URL of a proxy that adds the key server-side (`createWasendProxy` from `@wasend/core/proxy`). */
  baseUrl: string;
} & (
    | {
        /** Left out = `null`: no Authorization header. */
        apiKey?: null;
        dangerouslyAllowBrowser?: boolean;
      }
    | {
        /** A real key in page code, where every visitor can read it. */
        apiKey: string;
        /** Required with a string key: only for tools you alone run. */
        dangerouslyAllowBrowser: true;
      }
  );

// Never includes the key: messages end up in consoles, error trackers and screenshots.
const KEY_IN_BROWSER =
  'apiKey in a page is readable by anyone who opens it: keep it on a server behind createWasendProxy ' +
  'and pass that baseUrl here, or dangerouslyAllowBrowser: true for a tool only you run';

const BASE_URL_REQUIRED =
  "baseUrl is required in the browser: your key-holding proxy, e.g. location.origin + '/wasend'";

/**
 * The core client for pages: proxy mode by default. Requests, retries and errors are core's; this
 * class only decides which options a browser may use, and keeps the HTTP cache out of the way.
 */
export class WasendClient extends CoreWasendClient {
  constructor(options: WasendClientOptions) {
    const o = (options ?? {}) as Partial<WasendClientOptions>;
    // Checked before core sees the options, so a missing baseUrl never silently means the real API.
    if (o.baseUrl === undefined || o.baseUrl === null || o.baseUrl === '')
      throw new WasendArgumentError(BASE_URL_REQUIRED);
    // Only a left-out key means proxy mode. `apiKey: undefined` written out (typically a missing env
    // value) goes to core, which rejects it as a missing key rather than quietly dropping auth.
    const apiKey = 'apiKey' in o ? o.apiKey : null;
    if (typeof apiKey === 'string' && o.dangerouslyAllowBrowser !== true)
      throw new WasendArgumentError(KEY_IN_BROWSER);
    const { dangerouslyAllowBrowser: _allowed, ...rest } = o;
    // Core checks everything else (key format, URL, numbers, that `fetch` is a function).
    super({
      ...rest,
      apiKey,
      fetch: typeof o.fetch === 'function' ? noStore(o.fetch) : (o.fetch ?? noStore()),
    } as CoreOptions);
  }
}

/**
 * Every request bypasses the browser's HTTP cache. Chromium keeps a 410 (and 300/301/308) without
 * cache headers fresh forever, so a GET could otherwise be answered from the cache instead of the
 * server — and an invite code must always be the server's current one. The fetch stays unbound and
 * the global one is looked up per call, as in core.
 */
function noStore(custom?: FetchFunction): FetchFunction {
  return (input, init) => {
    const request = { ...init, cache: 'no-store' as const };
    return custom ? custom(input, request) : globalThis.fetch(input, request);
  };
}
