// What the proxy cases share: a proxy in front of a scenario, requests as its server receives them,
// and a check of its own error answers.
import { createWasendProxy, type WasendProxyOptions } from '@wasend/core/proxy';
import { equal } from '../assert.ts';
import type { Scenario } from '../types.ts';
import { invitePath } from './support.ts';

/** The proxy's own origin (requests are built for it, never sent over the network). */
export const HERE = 'https://my.app';
export const PREFIX = '/wasend';
export const APP = 'https://app.example';
export const EVIL = 'https://evil.example';
export const CODE = 'AbCdEfGhIjKlMnOpQrStUv';
export const EXPOSED = ['retry-after', 'retry-after-ms', 'x-request-id'];

export function proxyFor(sc: Scenario, options: Partial<WasendProxyOptions> = {}) {
  return createWasendProxy({
    apiKey: sc.key,
    baseUrl: sc.baseUrl,
    prefix: PREFIX,
    authorize: () => true,
    allowOrigins: [APP],
    ...options,
  });
}

export interface Incoming {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/**
 * A request as the proxy's server receives it. A browser drops forbidden headers (Origin, Cookie, …)
 * from a Request it builds itself, while a server's incoming Request carries them: there, the
 * missing ones are put back through a view of the same Request.
 */
export function incoming(path: string, init: Incoming = {}): Request {
  const request = new Request(HERE + path, init);
  const wanted = Object.entries(init.headers ?? {});
  if (wanted.every(([name]) => request.headers.has(name))) return request;
  const headers = new Headers(request.headers);
  for (const [name, value] of wanted) headers.set(name, value);
  return new Proxy(request, {
    get(target, prop) {
      if (prop === 'headers') return headers;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The proxy's JSON error answer `{ error: { type, message } }`, after checking its status. */
export async function proxyError(response: Response, status: number, type: string): Promise<void> {
  equal(response.status, status, `status (${type})`);
  const body = (await response.json()) as { error?: { type?: string; message?: unknown } };
  equal(body.error?.type, type, 'error type');
  equal(typeof body.error?.message, 'string', 'error message');
}

export const inviteCodePath = (sc: Scenario) => PREFIX + invitePath(sc.sessionId, sc.groupId);
