// Cloudflare Worker entry. Static files (the browser demo) are served by Workers Assets before this
// runs; wrangler.jsonc's `run_worker_first` sends /api/* and /wasend/* here first.

import { isWasendError } from '@wasend/workers';
import { errorJson } from 'demo-kit';
import { createWorkerApp, type Handler } from './app';
import type { Env } from './env';

// Bindings are the same object for every request an isolate serves: build the app once per env.
let cached: { env: Env; app: Handler } | undefined;

export default {
  async fetch(request, env) {
    if (cached?.env !== env) {
      try {
        cached = { env, app: createWorkerApp(env) };
      } catch (error) {
        // A bad binding (e.g. a malformed WASEND_BASE_URL): say which, in the demo's error shape.
        // SDK messages never contain the key.
        const message = isWasendError(error) ? error.message : 'could not configure the demo';
        return errorJson(500, 'ConfigurationError', message);
      }
    }
    return cached.app(request);
  },
} satisfies ExportedHandler<Env>;
