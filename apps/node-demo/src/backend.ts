import { DEFAULT_SCENARIO, listen } from '@wasend/mock-server';

export interface Backend {
  apiKey: string;
  baseUrl: string | undefined;
  /** True when no WASEND_API_KEY was set and the embedded mock answers instead. */
  usingMock: boolean;
  close(): Promise<void>;
}

/**
 * The real API when WASEND_API_KEY is set; otherwise the embedded mock server on 127.0.0.1 with its
 * seeded demo scenario. This choice belongs to the demo: the SDK itself never falls back to a mock.
 */
export async function resolveBackend(env: NodeJS.ProcessEnv): Promise<Backend> {
  const apiKey = env.WASEND_API_KEY?.trim();
  if (apiKey) {
    const baseUrl = env.WASEND_BASE_URL?.trim() || undefined;
    return { apiKey, baseUrl, usingMock: false, close: async () => {} };
  }
  const mock = await listen({ port: 0, host: '127.0.0.1' });
  return { apiKey: DEFAULT_SCENARIO.apiKey, baseUrl: mock.url, usingMock: true, close: () => mock.close() };
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
