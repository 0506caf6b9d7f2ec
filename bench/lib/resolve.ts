// Finds a workspace package's ESM entry. Prefers normal resolution from bench; falls back to the
// workspace folder for packages bench does not list as dependencies (e.g. @wasend/node), so the
// figures are the same built dist files the packages publish.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const WORKSPACE_DIST: Record<string, string> = {
  '@wasend/node': '../../packages/node/dist/index.js',
  '@wasend/core': '../../packages/core/dist/index.js',
};

export function resolveEntry(name: string): string {
  try {
    return import.meta.resolve(name);
  } catch {
    const relative = WORKSPACE_DIST[name];
    if (!relative) throw new Error(`cannot resolve ${name} from bench`);
    const url = new URL(relative, import.meta.url);
    if (!existsSync(fileURLToPath(url)))
      throw new Error(`${name} is not built (${url.pathname}): run the build first`);
    return url.href;
  }
}
