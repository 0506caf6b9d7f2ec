/**
 * The Worker bindings this package reads (`wrangler.jsonc` `vars`, or secrets from
 * `wrangler secret put` / `.dev.vars`). A Worker's own `Env` type that declares them fits as it is;
 * an object with none of them (a misspelled binding) is a type error.
 */
export interface WasendEnv {
  /** The API key: keep it a secret (`wrangler secret put WASEND_API_KEY`), never a plain var. */
  WASEND_API_KEY?: string | undefined;
  /** Upstream base URL; default https://api.wasend.dev. */
  WASEND_BASE_URL?: string | undefined;
}

/** How to set the key binding, for the error when none is found. */
export const MISSING_KEY = () =>
  'WASEND_API_KEY binding is not set: `wrangler secret put WASEND_API_KEY` (or .dev.vars locally)';
