// Everything from core, with Deno's own WasendClient in place of core's (a local export wins over `export *`).
// The proxy is at '@wasend/deno/proxy', as in every adapter. Relative imports carry `.ts`: JSR and
// `deno run` load these sources as they are.
export * from '@wasend/core';
export { WasendClient, type WasendClientOptions } from './client.ts';
export { VERSION } from './version.ts';
