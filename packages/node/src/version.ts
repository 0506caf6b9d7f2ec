// Replaced at build time by tsup (and by vitest's `define` in tests): see tsup.config.ts.
declare const __WASEND_NODE_VERSION__: string;

/** The version of @wasend/node, as published. Nothing else here: `wasend --version` loads only this. */
export const VERSION: string = __WASEND_NODE_VERSION__;
