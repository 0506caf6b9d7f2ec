// A scripted fetch that records every call; each script step answers one call.
import { WasendClient, type WasendClientOptions } from '../src/index';

export interface Recorded {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

export type Step = Response | Error | ((call: Recorded) => Response | Promise<Response>);

export function scriptedFetch(...steps: Step[]) {
  const calls: Recorded[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call: Recorded = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : undefined,
      signal: init?.signal ?? undefined,
    };
    calls.push(call);
    const step = steps.length > 1 ? steps.shift() : steps[0];
    if (step === undefined) throw new Error('no scripted answer left');
    if (step instanceof Error) throw step;
    return typeof step === 'function' ? step(call) : step.clone();
  };
  return { fetch, calls };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const text = (
  status: number,
  body: string,
  contentType?: string,
  headers: Record<string, string> = {},
) =>
  new Response(body || null, {
    status,
    headers: contentType ? { 'content-type': contentType, ...headers } : headers,
  });

export const KEY = 'sk_live_SECRET123';

export function clientWith(steps: Step[], options: Partial<WasendClientOptions> = {}) {
  const { fetch, calls } = scriptedFetch(...steps);
  const client = new WasendClient({
    apiKey: KEY,
    baseUrl: 'https://api.test',
    fetch,
    retryBackoff: { initialMs: 1, maxMs: 5 },
    ...options,
  });
  return { client, calls };
}

/** The settled rejection of a promise (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}
