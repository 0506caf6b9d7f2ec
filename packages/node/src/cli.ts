#!/usr/bin/env node
// The `wasend` command. Logic lives in ./cli/*; this file only wires it to the process.
import { main } from './cli/main';

main({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    // exitCode (not exit()) so piped stdout is fully written before the process ends.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`wasend: ${error instanceof Error ? error.name : 'Error'}: unexpected failure\n`);
    process.exitCode = 1;
  },
);
