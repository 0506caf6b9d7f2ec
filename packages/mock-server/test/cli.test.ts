import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// The CLI is tested as built (run `tsup` first), the way `wasend-mock` runs after install.
const CLI = join(dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0] as string);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before printing: ${out}`)));
  });
}

test('dist/cli.js exists and keeps its shebang', async () => {
  expect(existsSync(CLI)).toBe(true);
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
});

test('wasend-mock --port 0 prints the real URL, serves, and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [CLI, '--port', '0', '--dialect', 'waha'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await firstLine(child);
    const m = /^wasend mock server listening on (http:\/\/127\.0\.0\.1:(\d+)) \(dialect waha\)$/.exec(line);
    expect(m, line).not.toBeNull();
    const url = m?.[1] as string;
    expect(Number(m?.[2])).toBeGreaterThan(0);
    expect(await (await fetch(`${url}/__mock/health`)).json()).toEqual({ ok: true });
    const state = await (await fetch(`${url}/__mock/scenarios/default`)).json();
    expect(state.dialect).toBe('waha');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test('--help prints usage; a bad dialect exits 2', () => {
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/Usage: wasend-mock \[--port N\] \[--host H\] \[--dialect D\]/);
  const bad = spawnSync(process.execPath, [CLI, '--dialect', 'klingon'], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/--dialect must be one of/);
});
