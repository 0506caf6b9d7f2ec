// Deno binding of the shared suite: every case as one Deno.test, against @wasend/deno (its built npm
// entry, resolved through node_modules), with the mock server started here on Deno's node:http.
// Run: `pnpm test:deno` here (see package.json; --no-check: tsc type-checks these files instead).
import * as sdk from '@wasend/deno';
import { listen, type MockServer } from '@wasend/mock-server';
import { cases, type RegisterTest, registerCases, type SuiteContext } from '../src/index.ts';
import type { DenoApi } from './deno-api.ts';

declare const Deno: DenoApi;

// Sanitizers on for every test of this file unless a test says otherwise (Deno 2.9 defaults them off).
Deno.test.sanitizer({ ops: true, resources: true });

let server: MockServer | undefined;
Deno.test.beforeAll(async () => {
  server = await listen({ port: 0, host: '127.0.0.1' });
});
Deno.test.afterAll(() => server?.close());

// The server (started once, shared by every case) is a client of its own control plane.
const ctx: SuiteContext = {
  get mock() {
    if (server === undefined) throw new Error('the mock server did not start');
    return server;
  },
  sdk,
};

// The mock server lives across all tests, on this same event loop: its listener, the server side of
// each connection (closed a tick after the client's) and its fault timers (a trickled body keeps
// ticking until it notices the client left) outlive the test that caused them. That is the
// server's lifetime, not a leak of the case. (Checked with --trace-leaks: with the sanitizers on,
// every op leak reported was mock-server's trickle() timer, and the resource sanitizer flagged
// server-side sockets now and then.)
const denoTest: RegisterTest = (name, fn, timeout) =>
  Deno.test({ name, timeout, sanitizeOps: false, sanitizeResources: false, fn });

registerCases(denoTest, cases, ctx, 'shared suite · every case executed in Deno');
