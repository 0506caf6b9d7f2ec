// The demo's backend (real API or embedded mock, from @wasend/demo-app/backend) and its @wasend/deno client.

import { type Backend, resolveBackend as resolveDemoBackend } from '@wasend/demo-app/backend';
import { WasendClient } from '@wasend/deno';
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

export { DEFAULT_SCENARIO, mockWarning } from '@wasend/demo-app/backend';
