// The machine and versions a run happened on, for the report's header.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty} (${type()} ${release()})`;
  } catch {
    // not Linux: fall through
  }
  return `${type()} ${release()}`;
}

/** The installed version: the nearest package.json named `name` above its entry (some export no ./package.json). */
function version(name: string): string {
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve(name)));
    for (; dir !== dirname(dir); dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    }
  } catch {
    // not installed: unknown
  }
  return '?';
}

export function machine(): string[] {
  const list = cpus();
  return [
    `CPU: ${list[0]?.model ?? 'unknown'}, ${list.length} logical cores; ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
    `OS: ${osName()}`,
    `Node ${process.version} (${process.arch})`,
    `Compared: axios ${version('axios')}, ky ${version('ky')}, ofetch ${version('ofetch')}; measured with mitata ${version('mitata')}`,
  ];
}
