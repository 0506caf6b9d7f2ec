// Replaced at build time by tsup (and by vitest's `define` in tests): see tsup.config.ts.
declare const __WASEND_WORKERS_VERSION__: string;

/** The version of @wasend/workers, as published. */
export const VERSION: string = __WASEND_WORKERS_VERSION__;
