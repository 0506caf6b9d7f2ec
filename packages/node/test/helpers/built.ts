import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from './systemNode';

/** Tests of the published files need `tsup` to have run (turbo's test task depends on build). */
export function requireBuilt(...files: string[]): void {
  for (const file of files) {
    if (!existsSync(join(packageDir, 'dist', file))) {
      throw new Error(`dist/${file} is missing: build the package first (pnpm build / tsup)`);
    }
  }
}
