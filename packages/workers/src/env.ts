/**
 * The Worker bindings this package reads (`wrangler.jsonc` `vars`, or secrets from
 * `wrangler secret put` / `.dev.vars`). Any `env` object with these optional string fields fits,
 * so a Worker's own `Env` type can be passed as it is.
 */
export interface WasendEnv {
  /** The API key: keep it a secret (`wrangler secret put WASEND_API_KEY`), never a plain var. */
  WASEND_API_KEY?: string | undefined;
  /** Upstream base URL; default https://api.wasend.dev. */
  WASEND_BASE_URL?: string | undefined;
}

/**
 * A binding's value, or undefined when unset, empty or not a string. An empty secret counts as
 * unset so the error says "set it" rather than "empty key".
 */
export function readBinding(env: unknown, name: keyof WasendEnv): string | undefined {
  if (typeof env !== 'object' || env === null) return undefined;
  const value = (env as Record<string, unknown>)[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
