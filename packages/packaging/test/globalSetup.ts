// Once per run: pack every published package and install the tarballs into a temp folder, which the
// test files get as `inject('fixtureRoot')`. Set KEEP_PACKAGING_FIXTURES=1 to keep it for a look.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { installTarballs, packAll } from './helpers/packAndInstall';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding node_modules installed from the tarballs; fixtures are copied below it. */
    fixtureRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  // Outside the repository, so nothing can resolve the workspace's own node_modules by walking up.
  const root = mkdtempSync(join(tmpdir(), 'wasend-packaging-'));
  const started = Date.now();
  const tarballs = await packAll(join(root, 'tarballs'));
  await installTarballs(root, tarballs);
  console.log(`packed ${tarballs.length} packages and installed them in ${Date.now() - started} ms: ${root}`);
  project.provide('fixtureRoot', root);
  return () => {
    if (!process.env.KEEP_PACKAGING_FIXTURES) rmSync(root, { recursive: true, force: true });
  };
}
