// @wasend/deno without env permission. Run WITHOUT --allow-env, and with --no-prompt (so a stray
// Deno.env read would throw NotCapable instead of asking):
//   deno test --no-remote --no-prompt --allow-net=127.0.0.1 --allow-read test/deno-permissions.test.ts
// Proves: no prompt, no crash, `Deno.env` never read; without an apiKey a WasendArgumentError that
// says what to do; with an apiKey the client works against the mock.
import * as sdk from '@wasend/deno';
import { listen, type MockServer } from '@wasend/mock-server';
import { equal, match, ok, rejectsWith } from '../src/index.ts';
import type { DenoApi } from './deno-api.ts';

declare const Deno: DenoApi;

Deno.test.sanitizer({ ops: true, resources: true });

// Every Deno.env method these tests might see called, counted (the real ones stay underneath).
const envCalls: string[] = [];
for (const method of ['get', 'toObject', 'has', 'set', 'delete'] as const) {
  const real = Deno.env[method] as (...args: unknown[]) => unknown;
  (Deno.env as Record<string, unknown>)[method] = (...args: unknown[]) => {
    envCalls.push(`${method}(${args.map(String).join(', ')})`);
    return real.apply(Deno.env, args);
  };
}

let server: MockServer | undefined;
Deno.test.beforeAll(async () => {
  server = await listen({ port: 0, host: '127.0.0.1' });
});
Deno.test.afterAll(() => server?.close());

function mock(): MockServer {
  if (server === undefined) throw new Error('the mock server did not start');
  return server;
}

// Tests that talk to the mock: its server lives across tests on this event loop (its accept op and
// the server side of each connection outlive the test that caused them), so no sanitizers there.
const usesMock = { sanitizeOps: false, sanitizeResources: false };

const tests: { name: string; fn: () => Promise<void> | void; usesMock?: boolean }[] = [
  {
    name: 'no env permission · this run really lacks it (WASEND_API_KEY, WASEND_BASE_URL, all env)',
    fn: () => {
      for (const variable of ['WASEND_API_KEY', 'WASEND_BASE_URL', undefined]) {
        const { state } = Deno.permissions.querySync({ name: 'env', ...(variable && { variable }) });
        ok(
          state !== 'granted',
          `env permission for ${variable ?? 'all'} is ${state}: run without --allow-env`,
        );
      }
    },
  },
  {
    name: 'no env permission · reading Deno.env here would throw NotCapable (so the SDK must not)',
    fn: () => {
      let thrown: unknown;
      try {
        Deno.env.get('WASEND_API_KEY');
      } catch (error) {
        thrown = error;
      }
      ok(thrown instanceof Deno.errors.NotCapable, `expected NotCapable, got ${String(thrown)}`);
      envCalls.length = 0; // that call was ours
    },
  },
  {
    name: 'no env permission · new WasendClient() without apiKey · WasendArgumentError naming --allow-env',
    fn: async () => {
      await rejectsWith(
        sdk.WasendArgumentError,
        async () => new sdk.WasendClient(),
        (error) => {
          match(error.message, /apiKey is required/);
          match(error.message, /--allow-env=WASEND_API_KEY/);
        },
      );
      await rejectsWith(sdk.WasendArgumentError, async () => new sdk.WasendClient({ baseUrl: mock().url }));
      equal(envCalls.length, 0, `Deno.env was touched: ${envCalls.join('; ')}`);
    },
    usesMock: true,
  },
  {
    name: 'no env permission · with apiKey · calls the mock, Deno User-Agent, Deno.env untouched',
    fn: async () => {
      const sc = await mock().createScenario({ dialect: 'waha' });
      try {
        const client = new sdk.WasendClient({
          apiKey: sc.key,
          baseUrl: sc.baseUrl,
          retryBackoff: { initialMs: 10 },
        });
        equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
        equal(
          await client.getGroupInviteLink(sc.sessionId, sc.groupId),
          `https://chat.whatsapp.com/${sc.inviteCode}`,
        );
        const [first] = await sc.requests();
        equal(first?.headers['user-agent'], `wasend-js/${sdk.VERSION} deno/${Deno.version.deno}`);
        equal(first?.headers.authorization, `Bearer ${sc.key}`);
      } finally {
        await sc.close();
      }
      equal(envCalls.length, 0, `Deno.env was touched: ${envCalls.join('; ')}`);
    },
    usesMock: true,
  },
  {
    name: 'no env permission · baseUrl not read from the environment · the default applies',
    fn: () => {
      equal(new sdk.WasendClient({ apiKey: 'k' }).baseUrl, sdk.DEFAULT_BASE_URL);
      equal(new sdk.WasendClient({ apiKey: null }).baseUrl, sdk.DEFAULT_BASE_URL);
      equal(envCalls.length, 0, `Deno.env was touched: ${envCalls.join('; ')}`);
    },
  },
];

let executed = 0;
for (const t of tests) {
  Deno.test({
    name: t.name,
    timeout: 10_000,
    ...(t.usesMock && usesMock),
    fn: async () => {
      executed++;
      await t.fn();
    },
  });
}

Deno.test('no env permission · every test executed', () => {
  equal(executed, tests.length, 'executed tests');
});
