import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appDir } from './systemNode';

/** Tests of the entry points need `tsup` to have run (turbo's test task depends on build). */
export function requireBuilt(...files: string[]): void {
  for (const file of files) {
    if (!existsSync(join(appDir, 'dist', file))) {
      throw new Error(`dist/${file} is missing: build the demo first (pnpm build / tsup)`);
    }
  }
}
