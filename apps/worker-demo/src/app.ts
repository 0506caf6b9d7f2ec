import { WasendClient } from '@wasend/workers';
import { createDemo } from 'demo-kit';
import { embeddedMock } from './embeddedMock';
import type { Env } from './env';

export type Handler = (request: Request) => Promise<Response>;

/**
 * The demo kit's contract from the Worker's bindings, as every demo builds it (`createDemo`): the
 * client from `WasendClient.fromEnv(env)`, the /wasend proxy from the same bindings.
 */
export function createWorkerApp(env: Env): Handler {
  const mock = env.WASEND_API_KEY?.trim() ? undefined : embeddedMock();
  const bindings = mock?.env ?? env;
  const fetch = mock?.fetch; // undefined = the global fetch
  const client = WasendClient.fromEnv(bindings, { fetch });
  const app = createDemo({
    client,
    apiKey: bindings.WASEND_API_KEY as string, // fromEnv has just refused a missing one
    baseUrl: bindings.WASEND_BASE_URL,
    demoToken: env.DEMO_TOKEN,
    fetch,
  });
  if (!mock) return app;
  return async (request) => {
    const response = await app(request);
    const marked = new Response(response.body, response);
    marked.headers.set('x-wasend-demo', 'embedded-mock');
    return marked;
  };
}
