// With no WASEND_API_KEY binding the demo still works, against the mock server running inside this
// Worker (its seeded default scenario: session 'demo', key 'wasend-demo-key'). Only the demo falls
// back like this; @wasend/workers itself never does.
import { createMockHandler, DEFAULT_SCENARIO } from '@wasend/mock-server/handler';

export interface EmbeddedMock {
  /** Bindings that point the SDK at the in-Worker mock. */
  env: { WASEND_API_KEY: string; WASEND_BASE_URL: string };
  /** The fetch that reaches it (no network). */
  fetch: typeof fetch;
}

// One mock per isolate, so its state (revoked codes) lasts across requests.
let shared: EmbeddedMock | undefined;

export function embeddedMock(): EmbeddedMock {
  shared ??= create();
  return shared;
}

function create(): EmbeddedMock {
  const handler = createMockHandler();
  console.warn(
    '⚠ worker-demo: WASEND_API_KEY is not set — answering from the EMBEDDED MOCK, not the real Wasend API. ' +
      'Set it with `wrangler secret put WASEND_API_KEY` (or .dev.vars locally).',
  );
  return {
    env: { WASEND_API_KEY: DEFAULT_SCENARIO.apiKey, WASEND_BASE_URL: 'http://embedded-mock.invalid' },
    fetch: async (input, init) => handler(new Request(input, init)),
  };
}
