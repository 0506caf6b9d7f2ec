/** The Worker's bindings (wrangler.jsonc, secrets, .dev.vars locally). */
export interface Env {
  /** Secret: `wrangler secret put WASEND_API_KEY`. Unset → the embedded mock answers (loudly). */
  WASEND_API_KEY?: string;
  /** Upstream; default https://api.wasend.dev. */
  WASEND_BASE_URL?: string;
  /** When set, cross-origin callers may use the API with `Authorization: Bearer <DEMO_TOKEN>`. */
  DEMO_TOKEN?: string;
  /** The browser demo's built page (apps/browser-demo/dist), served on the same origin. */
  ASSETS: Fetcher;
}
