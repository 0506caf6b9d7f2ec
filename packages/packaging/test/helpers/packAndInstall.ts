// `pnpm pack` each published package from its built dist (pnpm rewrites `workspace:^` to the real
// version range), then `npm install` all the tarballs together into one fresh folder: the fixtures
// are copied beneath it, so Node, tsc, Deno, esbuild and Vite all find that node_modules by walking up.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir, PUBLISHED, type Published, repoRoot } from './paths';
import { cleanEnv, run } from './run';

const PNPM = ['-y', 'pnpm@12.4.2'];
/** What the TypeScript `node16` fixture needs besides the SDK: the Node types a Node user has. */
const EXTRA_DEPENDENCIES = ['@types/node@24'];

export const workspaceManifest = (
  pkg: Published,
): { name: string; version: string } & Record<string, unknown> =>
  JSON.parse(readFileSync(join(repoRoot, 'packages', pkg, 'package.json'), 'utf8'));

/** Packs every published package into `destination`; resolves to the tarball paths. */
export async function packAll(destination: string): Promise<string[]> {
  mkdirSync(destination, { recursive: true });
  return Promise.all(
    PUBLISHED.map(async (pkg) => {
      const dir = join(repoRoot, 'packages', pkg);
      if (!existsSync(join(dir, 'dist')))
        throw new Error(`packages/${pkg}/dist is missing: build first (pnpm build)`);
      await run('npx', [...PNPM, 'pack', '--pack-destination', destination], { cwd: dir, env: cleanEnv() });
      const { name, version } = workspaceManifest(pkg);
      const tarball = join(destination, `${name.replace('@', '').replace('/', '-')}-${version}.tgz`);
      if (!existsSync(tarball)) throw new Error(`pnpm pack in packages/${pkg} did not write ${tarball}`);
      return tarball;
    }),
  );
}

/** Installs the tarballs (and their registry dependencies) into `root`, a fresh folder outside the repo. */
export async function installTarballs(root: string, tarballs: string[]): Promise<void> {
  writeFileSync(
    join(root, 'package.json'),
    `${JSON.stringify({ name: 'wasend-packaging-fixtures', private: true }, null, 2)}\n`,
  );
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs, ...EXTRA_DEPENDENCIES],
    {
      cwd: root,
      env: cleanEnv(),
      timeoutMs: 150_000,
    },
  );
}

/** A fresh copy of fixtures/<name> under the install root; resolves to its folder. */
export function copyFixture(root: string, name: string): string {
  const target = join(root, 'fixtures', name);
  cpSync(join(fixturesDir, name), target, { recursive: true, errorOnExist: true, force: false });
  return target;
}
