#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { listen } from './listen';
import { DIALECTS, type Dialect } from './types';

const HELP = `wasend-mock — the Wasend API mock: groups, invites, sessions (every dialect, faults, a control plane)

Usage: wasend-mock [--port N] [--host H] [--dialect D] [--keep-alive]

  --port N      port to listen on (default 0: any free port)
  --host H      address to bind (default 127.0.0.1)
  --dialect D   dialect of the seeded default scenario: ${DIALECTS.join(' | ')} (default docs)
  --keep-alive  keep connections open between answers (default: close each one, so a client
                never resends a request after a reset fault; see the README)
  -h, --help    show this help

Runs until SIGINT or SIGTERM. Control plane: POST /__mock/scenarios, GET /__mock/health.
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      dialect: { type: 'string' },
      'keep-alive': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, got ${values.port}`);
  const dialect = (values.dialect ?? 'docs') as Dialect;
  if (!DIALECTS.includes(dialect)) throw new Error(`--dialect must be one of ${DIALECTS.join(', ')}`);

  const server = await listen({
    port,
    host: values.host ?? '127.0.0.1',
    dialect,
    keepAlive: values['keep-alive'] === true,
  });
  process.stdout.write(`wasend mock server listening on ${server.url} (dialect ${dialect})\n`);

  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`wasend-mock: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
  process.exit(2);
});
