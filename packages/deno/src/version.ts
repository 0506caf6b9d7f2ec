/**
 * The version of @wasend/deno, as published. A literal (not a build-time define) because JSR and
 * `deno run` load this source file as it is; test/version.test.ts keeps it equal to package.json,
 * deno.json and jsr.json.
 */
export const VERSION = '0.1.0';
