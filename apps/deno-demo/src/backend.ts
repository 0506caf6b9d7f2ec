// The demo's backend (real API or embedded mock, from demo-kit/backend) and its @wasend/deno client.

import { WasendClient } from '@wasend/deno';
import { type Backend, resolveBackend as resolveDemoBackend } from 'demo-kit/backend';
import type { DenoApi } from './denoApi.ts';

declare const Deno: DenoApi;

/** The tasks grant --allow-env for exactly the variables read here. */
export async function resolveBackend(): Promise<Backend & { client: WasendClient }> {
  const backend = await resolveDemoBackend((name) => Deno.env.get(name));
  // With a real key, no options: @wasend/deno reads WASEND_API_KEY / WASEND_BASE_URL itself.
  const client =
    backend.mockUrl === undefined
      ? new WasendClient()
      : new WasendClient({ apiKey: backend.apiKey, baseUrl: backend.baseUrl });
  return { ...backend, client };
}

export { DEFAULT_SCENARIO, mockWarning } from 'demo-kit/backend';
