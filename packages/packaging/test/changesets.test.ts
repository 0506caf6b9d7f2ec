// `pnpm version-packages` (changeset version + the Deno version sync) on a copy of the workspace's
// manifests, with sample changesets instead of the pending ones: versions, changelogs, internal
// dependencies and Deno's own manifests must come out right. The repository itself is never touched.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const changesetBin = join(root, 'node_modules/.bin/changeset');
const DEPENDS_ON_CORE = ['node', 'deno', 'workers', 'browser'];

type Manifest = { name: string; version: string; private?: boolean; dependencies?: Record<string, string> };
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** A copy of what `changeset version` reads and writes: manifests, .changeset/, Deno's files. */
function copyWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wasend-changesets-'));
  for (const file of ['package.json', 'pnpm-workspace.yaml', 'scripts/syncDenoVersion.mjs'])
    cpSync(join(root, file), join(dir, file));
  mkdirSync(join(dir, '.changeset'));
  cpSync(join(root, '.changeset/config.json'), join(dir, '.changeset/config.json'));
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) {
      if (!existsSync(join(root, group, name, 'package.json'))) continue;
      cpSync(join(root, group, name, 'package.json'), join(dir, group, name, 'package.json'));
    }
  }
  cpSync(join(root, 'bench/package.json'), join(dir, 'bench/package.json'));
  for (const file of ['deno.json', 'jsr.json', 'src/version.ts'])
    cpSync(join(root, 'packages/deno', file), join(dir, 'packages/deno', file));
  return dir;
}

function versionPackages(dir: string, changesets: Record<string, string>): void {
  for (const [name, text] of Object.entries(changesets)) writeFileSync(join(dir, '.changeset', name), text);
  const env = { ...process.env, CI: 'true' };
  execFileSync(changesetBin, ['version'], { cwd: dir, env, stdio: 'pipe' });
  execFileSync(process.execPath, ['scripts/syncDenoVersion.mjs'], { cwd: dir, env, stdio: 'pipe' });
}

const bump = (version: string, kind: 'patch' | 'minor'): string => {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  return kind === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
};
/** A workspace package by its folder: `core` under packages/, or a path such as `apps/demo-kit`. */
const folder = (pkg: string) => (pkg.includes('/') ? pkg : join('packages', pkg));
const before = (pkg: string) => readJson<Manifest>(join(root, folder(pkg), 'package.json'));
const after = (dir: string, pkg: string) => readJson<Manifest>(join(dir, folder(pkg), 'package.json'));

describe('changesets: a core patch and a browser feature', () => {
  let dir = '';
  beforeAll(() => {
    dir = copyWorkspace();
    versionPackages(dir, {
      'sample-fix.md': '---\n"@wasend/core": patch\n---\n\nSample fix: a core bug.\n',
      'sample-feature.md': '---\n"@wasend/browser": minor\n---\n\nSample feature: a browser helper.\n',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('core gets a patch, browser a minor; the rest keep their versions (^ ranges still hold)', () => {
    expect(after(dir, 'core').version).toBe(bump(before('core').version, 'patch'));
    expect(after(dir, 'browser').version).toBe(bump(before('browser').version, 'minor'));
    for (const pkg of ['node', 'deno', 'workers', 'mock-server'])
      expect(after(dir, pkg).version, pkg).toBe(before(pkg).version);
  });

  test('changelogs hold the summaries under the new version', () => {
    const core = readFileSync(join(dir, 'packages/core/CHANGELOG.md'), 'utf8');
    expect(core).toContain(`## ${after(dir, 'core').version}`);
    expect(core).toMatch(/### Patch Changes\s+- Sample fix: a core bug\./);
    const browser = readFileSync(join(dir, 'packages/browser/CHANGELOG.md'), 'utf8');
    expect(browser).toMatch(/### Minor Changes\s+- Sample feature: a browser helper\./);
    expect(existsSync(join(dir, 'packages/node/CHANGELOG.md'))).toBe(false);
  });

  test('the changesets are consumed; internal dependencies stay workspace:^', () => {
    expect(readdirSync(join(dir, '.changeset'))).toEqual(['config.json']);
    for (const pkg of DEPENDS_ON_CORE)
      expect(after(dir, pkg).dependencies?.['@wasend/core'], pkg).toBe('workspace:^');
  });

  test('private packages are never versioned', () => {
    for (const pkg of ['test-suite', 'apps/demo-kit', 'packaging']) {
      expect(after(dir, pkg).version, pkg).toBe(before(pkg).version);
      expect(existsSync(join(dir, folder(pkg), 'CHANGELOG.md')), pkg).toBe(false);
    }
  });
});

describe('changesets: a core minor (leaves the 0.x ^ range)', () => {
  let dir = '';
  beforeAll(() => {
    dir = copyWorkspace();
    versionPackages(dir, { 'sample.md': '---\n"@wasend/core": minor\n---\n\nSample: a core feature.\n' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every package depending on core gets a patch with "Updated dependencies"', () => {
    const core = after(dir, 'core').version;
    expect(core).toBe(bump(before('core').version, 'minor'));
    for (const pkg of DEPENDS_ON_CORE) {
      expect(after(dir, pkg).version, pkg).toBe(bump(before(pkg).version, 'patch'));
      const log = readFileSync(join(dir, 'packages', pkg, 'CHANGELOG.md'), 'utf8');
      expect(log, pkg).toContain(`@wasend/core@${core}`);
    }
    expect(after(dir, 'mock-server').version).toBe(before('mock-server').version);
  });

  test("Deno's deno.json, jsr.json and VERSION follow package.json, and import the new core", () => {
    const deno = after(dir, 'deno').version;
    const core = after(dir, 'core').version;
    for (const file of ['deno.json', 'jsr.json']) {
      const manifest = readJson<{ version: string; imports: Record<string, string> }>(
        join(dir, 'packages/deno', file),
      );
      expect(manifest.version, file).toBe(deno);
      expect(manifest.imports['@wasend/core'], file).toBe(`npm:@wasend/core@^${core}`);
      expect(manifest.imports['@wasend/core/proxy'], file).toBe(`npm:@wasend/core@^${core}/proxy`);
    }
    expect(readFileSync(join(dir, 'packages/deno/src/version.ts'), 'utf8')).toContain(
      `export const VERSION = '${deno}';`,
    );
  });
});
