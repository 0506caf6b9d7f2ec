// `pnpm start`: the demo HTTP server on 127.0.0.1:PORT (default 3000).
import { DEFAULT_SCENARIO, mockWarning, resolveBackend } from 'demo-kit/backend';
import { startDemoServer } from './startServer';

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer 0-65535, got '${process.env.PORT}'`);
  }
  const backend = await resolveBackend((name) => process.env[name]);
  if (backend.mockUrl !== undefined) console.error(mockWarning(backend.mockUrl));
  const server = await startDemoServer({
    apiKey: backend.apiKey,
    baseUrl: backend.baseUrl,
    demoToken: process.env.DEMO_TOKEN,
    port,
  });

  console.log(`node-demo listening on ${server.url}`);
  if (backend.mockUrl !== undefined) {
    const path = `/api/sessions/${DEFAULT_SCENARIO.sessionId}/groups/${encodeURIComponent(DEFAULT_SCENARIO.groupId)}/invite`;
    console.log(`  try: curl ${server.url}${path}`);
    console.log(`       curl ${server.url}/api/sessions/${DEFAULT_SCENARIO.sessionId}/groups`);
  }
  console.log(
    `  DEMO_TOKEN ${process.env.DEMO_TOKEN ? 'set: cross-origin callers need it' : 'not set: same-origin callers only'}`,
  );

  const stop = async () => {
    await server.close();
    await backend.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error: unknown) => {
  const name = error instanceof Error ? error.name : 'Error';
  console.error(`node-demo: ${name}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
