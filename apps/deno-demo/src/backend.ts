import { WasendClient } from '@wasend/deno';
import { DEFAULT_SCENARIO, listen } from '@wasend/mock-server';
import type { DenoApi } from './denoApi.ts';

declare const Deno: DenoApi;

export interface Backend {
  /** The client the demo uses. */
  client: WasendClient;
  /** What the proxy forwards with (the same key and upstream as the client). */
  apiKey: string;
  baseUrl: string | undefined;
  /** The embedded mock's URL when no WASEND_API_KEY was set; undefined for the real API. */
  mockUrl: string | undefined;
  close(): Promise<void>;
}

/**
 * The real API when WASEND_API_KEY is set; otherwise the embedded mock server (Deno's node:http) on
 * 127.0.0.1 with its seeded demo scenario. This choice belongs to the demo: the SDK itself never
 * falls back to a mock. The tasks grant --allow-env for exactly the variables read here.
 */
export async function resolveBackend(): Promise<Backend> {
  const apiKey = Deno.env.get('WASEND_API_KEY')?.trim();
  if (apiKey) {
    const baseUrl = Deno.env.get('WASEND_BASE_URL')?.trim() || undefined;
    // No options: @wasend/deno reads WASEND_API_KEY / WASEND_BASE_URL itself (env permission granted).
    return { client: new WasendClient(), apiKey, baseUrl, mockUrl: undefined, close: async () => {} };
  }
  const mock = await listen({ port: 0, host: '127.0.0.1' });
  const client = new WasendClient({ apiKey: DEFAULT_SCENARIO.apiKey, baseUrl: mock.url });
  return {
    client,
    apiKey: DEFAULT_SCENARIO.apiKey,
    baseUrl: mock.url,
    mockUrl: mock.url,
    close: () => mock.close(),
  };
}

/** Said loudly, so nobody mistakes the mock's fake codes for real ones. */
export function mockWarning(mockUrl: string): string {
  const rule = '!'.repeat(78);
  return [
    rule,
    '!! WARNING: WASEND_API_KEY is not set: using the EMBEDDED MOCK SERVER',
    `!!   at ${mockUrl}`,
    '!! Invite codes are FAKE; nothing here reaches WhatsApp or api.wasend.dev.',
    '!! Set WASEND_API_KEY (and WASEND_BASE_URL if needed) to use the real API.',
    rule,
  ].join('\n');
}

export { DEFAULT_SCENARIO };
