import { userAgent as coreUserAgent } from '@wasend/core';

// Replaced at build time by tsup (and by vitest's `define` in tests): see tsup.config.ts.
declare const __WASEND_NODE_VERSION__: string;

/** The version of @wasend/node, as published. */
export const VERSION: string = __WASEND_NODE_VERSION__;

/** What every request from this package says it is. */
export function userAgent(): string {
  return coreUserAgent(VERSION, 'node', process.version);
}
