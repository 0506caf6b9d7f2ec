// Everything from core, with Deno's own WasendClient in place of core's (a local export wins over `export *`).
// Relative imports carry `.ts`: JSR and `deno run` load these sources as they are.
export * from '@wasend/core';
// Core's Web-standard proxy too (also at '@wasend/deno/proxy'), so Deno apps need only @wasend/deno.
export * from '@wasend/core/proxy';
export { WasendClient, type WasendClientOptions } from './client.ts';
export { VERSION } from './version.ts';
