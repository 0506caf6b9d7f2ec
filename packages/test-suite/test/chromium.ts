// Which Chromium the browser tests drive, and the flags that keep it off the network.
// Look-up order: CHROMIUM_PATH, then @sparticuz/chromium (a binary shipped inside an
// npm package, unpacked to the temp dir: a fresh clone needs no apt and no browser download), then a
// system Chromium/Chrome. Used by vitest.browser.config.ts and by apps/browser-demo's click-through.
import { accessSync, constants } from 'node:fs';

export interface ResolvedChromium {
  executablePath: string;
  /** Where it came from, for the log line a failing CI run needs. */
  source: 'CHROMIUM_PATH' | '@sparticuz/chromium' | 'system';
}

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/**
 * Headless, no sandbox (CI runs as root), and every host but loopback resolves to NOTFOUND, so neither
 * a test nor Chromium's own background services can reach the outside world.
 */
export const CHROMIUM_ARGS: string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export async function resolveChromium(): Promise<ResolvedChromium> {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    // An explicit choice that does not work is an error, not a reason to quietly use another browser.
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    const executablePath = await chromium.executablePath();
    if (isExecutable(executablePath)) return { executablePath, source: '@sparticuz/chromium' };
  } catch {
    // Not installed, or not this platform (it ships Linux x64/arm64 only): try the system next.
  }
  const system = SYSTEM_BROWSERS.find(isExecutable);
  if (system) return { executablePath: system, source: 'system' };
  throw new Error(
    'No Chromium found: set CHROMIUM_PATH, install the @sparticuz/chromium devDependency (Linux), or install chromium',
  );
}
