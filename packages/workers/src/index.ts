// Everything from core, with the Workers WasendClient (adds `fromEnv`) in place of core's
// (a local export wins over `export *`), and the proxy built from bindings.
export * from '@wasend/core';
export { type FromEnvOptions, WasendClient } from './client';
export type { WasendEnv } from './env';
export { type ProxyFromEnvOptions, proxyFromEnv } from './proxyFromEnv';
