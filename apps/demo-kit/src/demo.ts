// The whole demo from its parts: what each runtime's demo (Node, Deno, Worker) calls with its own
// client and configuration, so the routes, the proxy and the caller rule are written once.
import type { FetchFunction } from '@wasend/core';
import { createWasendProxy } from '@wasend/core/proxy';
import { createDemoApp, type DemoClient, type Handler } from './app';
import { createCallerCheck } from './callerCheck';

export interface DemoOptions {
  /** The runtime adapter's client (it reads its own environment). */
  client: DemoClient;
  /** The real key, for the proxy at /wasend. */
  apiKey: string;
  /** Upstream base URL (default https://api.wasend.dev). */
  baseUrl?: string | undefined;
  /** When set, cross-origin callers may use the demo with `Authorization: Bearer <demoToken>`. */
  demoToken?: string | undefined;
  /** The proxy's upstream fetch (an embedded mock's); default the global fetch. */
  fetch?: FetchFunction | undefined;
}

/**
 * Client methods the /wasend proxy forwards besides the invite family: what the browser demo's
 * group list calls. Nothing else passes.
 */
export const PROXY_ALLOW: readonly string[] = ['getGroups', 'getGroupParticipants'];

export function createDemo({ client, apiKey, baseUrl, demoToken, fetch }: DemoOptions): Handler {
  const isAllowedCaller = createCallerCheck({ demoToken });
  const proxy = createWasendProxy({
    apiKey,
    ...(baseUrl !== undefined && { baseUrl }),
    prefix: '/wasend',
    allow: [...PROXY_ALLOW],
    authorize: isAllowedCaller,
    ...(fetch !== undefined && { fetch }),
  });
  return createDemoApp({ client, proxy, isAllowedCaller });
}
