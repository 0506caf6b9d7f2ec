// Where a demo's calls go: the real API when WASEND_API_KEY is set, else the embedded mock server on
// 127.0.0.1 with its seeded demo scenario. For Node and Deno (the mock listens through node:http),
// hence its own entry: the main one stays Web-standard for the Worker.
import { DEFAULT_SCENARIO, listen } from '@wasend/mock-server';

export interface Backend {
  apiKey: string;
  /** undefined = the SDK's default (the real API). */
  baseUrl: string | undefined;
  /** The embedded mock's URL when no WASEND_API_KEY was set; undefined for the real API. */
  mockUrl: string | undefined;
  close(): Promise<void>;
}

/**
 * `readEnv` is the runtime's own reader (`process.env`, `Deno.env.get`). The fallback belongs to the
 * demos: the SDK itself never falls back to a mock.
 */
export async function resolveBackend(readEnv: (name: string) => string | undefined): Promise<Backend> {
  const apiKey = readEnv('WASEND_API_KEY')?.trim();
  if (apiKey) {
    const baseUrl = readEnv('WASEND_BASE_URL')?.trim() || undefined;
    return { apiKey, baseUrl, mockUrl: undefined, close: async () => {} };
  }
  const mock = await listen({ port: 0, host: '127.0.0.1' });
  return { apiKey: DEFAULT_SCENARIO.apiKey, baseUrl: mock.url, mockUrl: mock.url, close: () => mock.close() };
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
