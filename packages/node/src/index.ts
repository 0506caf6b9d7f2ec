// Everything from core, with Node's own WasendClient in place of core's (a local export wins over `export *`).
export * from '@wasend/core';
export { WasendClient, type WasendClientOptions } from './client';
export type { LocalFile } from './localFiles';
export { VERSION } from './version';
