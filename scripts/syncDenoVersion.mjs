// After `changeset version`: JSR and `deno run` read packages/deno's deno.json, jsr.json and
// src/version.ts as they are, and changesets only knows package.json. This copies @wasend/deno's new
// version into all three, and @wasend/core's into the `npm:@wasend/core@^…` import map entries.
// Run from the repository root (the `version-packages` script does).
import { readFileSync, writeFileSync } from 'node:fs';

const read = (path) => readFileSync(path, 'utf8');
const denoVersion = JSON.parse(read('packages/deno/package.json')).version;
const coreVersion = JSON.parse(read('packages/core/package.json')).version;

for (const file of ['packages/deno/deno.json', 'packages/deno/jsr.json']) {
  const text = read(file)
    .replace(/("version":\s*)"[^"]*"/, `$1"${denoVersion}"`)
    .replace(/npm:@wasend\/core@\^[^"/]+/g, `npm:@wasend/core@^${coreVersion}`);
  writeFileSync(file, text);
}

const versionFile = 'packages/deno/src/version.ts';
writeFileSync(
  versionFile,
  read(versionFile).replace(/export const VERSION = '[^']*';/, `export const VERSION = '${denoVersion}';`),
);
console.log(`@wasend/deno ${denoVersion} (core ^${coreVersion}): deno.json, jsr.json, src/version.ts`);
