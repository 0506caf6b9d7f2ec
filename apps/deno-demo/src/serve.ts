// `deno task serve`: the demo HTTP contract (demo-kit: invite routes, /wasend proxy, errors,
// who may call) on Deno.serve, 127.0.0.1:PORT (default 8000; 0 = any free port).
import { createDemo } from 'demo-kit';
import { DEFAULT_SCENARIO, mockWarning, resolveBackend } from './backend.ts';
import type { DenoApi } from './denoApi.ts';
import { loopbackOnly } from './loopbackOnly.ts';

declare const Deno: DenoApi;

async function main(): Promise<void> {
  const rawPort = Deno.env.get('PORT') ?? '8000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535)
    throw new Error(`PORT must be an integer 0-65535, got '${rawPort}'`);
  const demoToken = Deno.env.get('DEMO_TOKEN')?.trim() || undefined;

  const backend = await resolveBackend();
  if (backend.mockUrl !== undefined) console.error(mockWarning(backend.mockUrl));
  const handler = createDemo({
    client: backend.client,
    apiKey: backend.apiKey,
    baseUrl: backend.baseUrl,
    demoToken,
  });

  const server = Deno.serve(
    {
      hostname: '127.0.0.1',
      port,
      onListen: ({ port: actual }) => {
        const url = `http://127.0.0.1:${actual}`;
        console.log(`deno-demo listening on ${url}`);
        if (backend.mockUrl !== undefined) {
          const path = `/api/sessions/${DEFAULT_SCENARIO.sessionId}/groups/${encodeURIComponent(DEFAULT_SCENARIO.groupId)}/invite`;
          console.log(`  try: curl ${url}${path}`);
          console.log(`       curl ${url}/api/sessions/${DEFAULT_SCENARIO.sessionId}/groups`);
        }
        console.log(
          `  DEMO_TOKEN ${demoToken ? 'set: cross-origin callers need it' : 'not set: same-origin callers only'}`,
        );
      },
    },
    loopbackOnly(handler),
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server
      .shutdown()
      .then(() => backend.close())
      .then(
        () => Deno.exit(0),
        () => Deno.exit(1),
      );
  };
  Deno.addSignalListener('SIGINT', stop);
  Deno.addSignalListener('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const name = error instanceof Error ? error.name : 'Error';
  console.error(`deno-demo: ${name}: ${error instanceof Error ? error.message : String(error)}`);
  Deno.exitCode = 1;
});
