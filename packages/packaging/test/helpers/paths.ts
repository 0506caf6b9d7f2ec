// Where things are: this package, the workspace, the published packages, and the workspace's tools
// (the fixtures are built with the same tsc, vite, wrangler and deno versions the repo pins).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('../..', import.meta.url));
export const repoRoot = join(packageDir, '../..');
export const fixturesDir = join(packageDir, 'fixtures');

/** The published packages, by folder under packages/ (every other workspace package is private). */
export const PUBLISHED = ['core', 'node', 'deno', 'workers', 'browser', 'mock-server'] as const;
export type Published = (typeof PUBLISHED)[number];

const require = createRequire(import.meta.url);
const binOf = (pkg: string, bin: string): string =>
  join(dirname(require.resolve(`${pkg}/package.json`)), bin);

export const tools = {
  tsc: binOf('typescript', 'bin/tsc'),
  vite: binOf('vite', 'bin/vite.js'),
  wrangler: binOf('wrangler', 'bin/wrangler.js'),
  /** The workspace's pinned Deno (the `deno` npm package's shim), else one on PATH. */
  deno: existsSync(join(repoRoot, 'node_modules/.bin/deno'))
    ? join(repoRoot, 'node_modules/.bin/deno')
    : 'deno',
};

/** Deno's cache inside this package (as packages/test-suite's test:deno does), unless DENO_DIR is set. */
export const denoDir = process.env.DENO_DIR || join(packageDir, 'node_modules/.cache/deno');

/** A published package's version as its workspace manifest says (what its tarball carries). */
export function versionOf(name: (typeof PUBLISHED)[number]): string {
  return (
    JSON.parse(readFileSync(join(repoRoot, 'packages', name, 'package.json'), 'utf8')) as { version: string }
  ).version;
}
