import { createCallerCheck, createDemoApp } from '@wasend/demo-app';
import { WasendClient } from '@wasend/workers';
import { proxyFromEnv } from '@wasend/workers/proxy';
import { embeddedMock } from './embeddedMock';
import type { Env } from './env';

export type Handler = (request: Request) => Promise<Response>;

/**
 * The demo contract (@wasend/demo-app) wired from the Worker's bindings: the client from
 * `WasendClient.fromEnv(env)`, the /wasend proxy from `proxyFromEnv(env, …)`, both holding the key.
 */
export function createWorkerApp(env: Env): Handler {
  const mock = env.WASEND_API_KEY?.trim() ? undefined : embeddedMock();
  const bindings = mock?.env ?? env;
  const fetch = mock?.fetch; // undefined = the global fetch
  const isAllowedCaller = createCallerCheck({ demoToken: env.DEMO_TOKEN });
  const app = createDemoApp({
    client: WasendClient.fromEnv(bindings, { fetch }),
    proxy: proxyFromEnv(bindings, { prefix: '/wasend', authorize: isAllowedCaller, fetch }),
    isAllowedCaller,
  });
  if (!mock) return app;
  return async (request) => {
    const response = await app(request);
    const marked = new Response(response.body, response);
    marked.headers.set('x-wasend-demo', 'embedded-mock');
    return marked;
  };
}
