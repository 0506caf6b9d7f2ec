// Everything from core, with the Workers WasendClient (adds `fromEnv`) in place of core's
// (a local export wins over `export *`). The proxy (and `proxyFromEnv`) is at '@wasend/workers/proxy',
// as in every adapter.
export * from '@wasend/core';
export { type FromEnvOptions, WasendClient } from './client';
export type { WasendEnv } from './env';
export { VERSION } from './version';
