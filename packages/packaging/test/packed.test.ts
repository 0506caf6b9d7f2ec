// What `pnpm pack` put in each tarball, as npm installed it: real version ranges instead of
// `workspace:^`, only the built files, and every entry point the manifest names present.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { workspaceManifest } from './helpers/packAndInstall';
import { PUBLISHED, repoRoot } from './helpers/paths';

const root = inject('fixtureRoot');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { resolved?: string; link?: boolean; version?: string }>;
};
const ALLOWED_FILES = new Set(['dist', 'package.json', 'README.md', 'LICENSE']);
const rootManifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  homepage: string;
  repository: { url: string };
  bugs: { url: string };
};

/** Every file path a manifest points at: main, module, types, bin, typesVersions and exports targets. */
function entryPoints(manifest: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  for (const field of ['main', 'module', 'types', 'bin', 'exports', 'typesVersions']) walk(manifest[field]);
  return [...new Set(found.filter((p) => p.startsWith('./') || p.startsWith('dist/')))];
}

describe.each(PUBLISHED)('packing · @wasend/%s', (pkg) => {
  const source = workspaceManifest(pkg);
  const installedDir = join(root, 'node_modules', source.name);
  const installed = () => JSON.parse(readFileSync(join(installedDir, 'package.json'), 'utf8'));

  test('installed from its tarball, not linked to the workspace', () => {
    expect(lstatSync(installedDir).isSymbolicLink()).toBe(false);
    const entry = lock.packages[`node_modules/${source.name}`];
    expect(entry?.link).toBeUndefined();
    expect(entry?.resolved).toMatch(/^file:.*\.tgz$/);
    expect(installed().version).toBe(source.version);
  });

  test('no workspace: protocol left; internal dependencies are ^ ranges of the real versions', () => {
    const manifest = installed();
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
    const sourceDeps = (source.dependencies ?? {}) as Record<string, string>;
    for (const [name, range] of Object.entries(sourceDeps)) {
      if (!range.startsWith('workspace:')) expect(manifest.dependencies[name]).toBe(range);
      else {
        const internal = PUBLISHED.map(workspaceManifest).find((m) => m.name === name);
        expect(manifest.dependencies[name]).toBe(`^${internal?.version}`);
      }
    }
  });

  test('only the built files are published, and every entry point in the manifest exists', () => {
    expect(readdirSync(installedDir).filter((f) => !ALLOWED_FILES.has(f))).toEqual([]);
    const targets = entryPoints(installed());
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((p) => !existsSync(join(installedDir, p)))).toEqual([]);
  });

  test('one copy: its @wasend dependencies are the top-level ones, not nested duplicates', () => {
    expect(existsSync(join(installedDir, 'node_modules'))).toBe(false);
  });

  // The registry shows the README and links the repository from these fields; a relative link
  // there points nowhere, so every link into the repository is absolute and names a real path.
  test('names the repository, homepage and issue tracker, and its README links only absolute paths that exist', () => {
    const manifest = installed();
    expect(manifest.repository).toEqual({ ...rootManifest.repository, directory: `packages/${pkg}` });
    expect(manifest.homepage).toBe(`${rootManifest.homepage}/tree/main/packages/${pkg}#readme`);
    expect(manifest.bugs).toEqual(rootManifest.bugs);
    const readme = readFileSync(join(installedDir, 'README.md'), 'utf8');
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);
    expect(targets.filter((t) => !/^(https?:|mailto:|#)/.test(t))).toEqual([]);
    const prefix = new RegExp(`^${rootManifest.homepage}/(?:tree|blob)/main/([^#]*)`);
    const inRepo = targets.flatMap((t) => prefix.exec(t)?.[1] ?? []);
    expect(inRepo.length).toBeGreaterThan(0);
    expect(inRepo.filter((path) => !existsSync(join(repoRoot, path)))).toEqual([]);
  });
});
