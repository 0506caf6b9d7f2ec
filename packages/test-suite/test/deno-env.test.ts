// @wasend/deno's environment defaults, inside Deno with env permission (the main run, --allow-env):
// WASEND_API_KEY / WASEND_BASE_URL through Deno.env, what wins over them, a partial --allow-env.
// The run without env permission is test/deno-permissions.test.ts.
import * as sdk from '@wasend/deno';
import { listen, type MockServer } from '@wasend/mock-server';
import { equal, match, rejectsWith, type Scenario } from '../src/index.ts';
import type { DenoApi, DenoTestDefinition } from './deno-api.ts';

declare const Deno: DenoApi;

Deno.test.sanitizer({ ops: true, resources: true });

let server: MockServer | undefined;
Deno.test.beforeAll(async () => {
  server = await listen({ port: 0, host: '127.0.0.1' });
});
Deno.test.afterAll(() => server?.close());

const KEY = 'WASEND_API_KEY';
const URL_VAR = 'WASEND_BASE_URL';

/** Sets the two variables for `fn` only, restoring what was there. */
async function withEnv(values: Record<string, string | undefined>, fn: () => Promise<void>): Promise<void> {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, Deno.env.get(name)]));
  const apply = (vars: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(vars)) {
      if (value === undefined) Deno.env.delete(name);
      else Deno.env.set(name, value);
    }
  };
  apply(values);
  try {
    await fn();
  } finally {
    apply(saved);
  }
}

/** A fresh docs-dialect scenario for `fn`, always closed. */
async function withScenario(fn: (sc: Scenario) => Promise<void>): Promise<void> {
  if (server === undefined) throw new Error('the mock server did not start');
  const sc = await server.createScenario({});
  try {
    await fn(sc);
  } finally {
    await sc.close();
  }
}

let executed = 0;
function envTest(name: string, fn: () => Promise<void>, extra: Partial<DenoTestDefinition> = {}): void {
  Deno.test({
    name: `deno env · ${name}`,
    timeout: 10_000,
    // The mock server lives across all tests on this event loop (its accept op and the server side
    // of each connection outlive the test that caused them): not a leak of the test.
    sanitizeOps: false,
    sanitizeResources: false,
    ...extra,
    fn: async () => {
      executed++;
      await fn();
    },
  });
}

envTest('WASEND_API_KEY and WASEND_BASE_URL read through Deno.env · the call reaches the mock', () =>
  withScenario((sc) =>
    withEnv({ [KEY]: sc.key, [URL_VAR]: sc.baseUrl }, async () => {
      const client = new sdk.WasendClient();
      equal(client.baseUrl, sc.baseUrl);
      equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
      const [first] = await sc.requests();
      equal(first?.headers.authorization, `Bearer ${sc.key}`);
      equal(first?.headers['user-agent'], `wasend-js/${sdk.VERSION} deno/${Deno.version.deno}`);
    }),
  ),
);

envTest('options win over the environment; apiKey null stays null (no Authorization)', () =>
  withScenario((sc) =>
    withEnv({ [KEY]: 'env-key-that-must-not-be-used', [URL_VAR]: 'http://127.0.0.1:9/nowhere' }, async () => {
      const client = new sdk.WasendClient({ apiKey: sc.key, baseUrl: sc.baseUrl });
      equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
      const proxyMode = new sdk.WasendClient({ apiKey: null, baseUrl: sc.baseUrl, maxRetries: 0 });
      await rejectsWith(sdk.AuthenticationError, proxyMode.getGroupInviteCode(sc.sessionId, sc.groupId));
      const log = await sc.requests();
      equal(log.length, 2);
      equal(log[0]?.headers.authorization, `Bearer ${sc.key}`);
      equal(log[1]?.headers.authorization, undefined);
    }),
  ),
);

envTest('an empty or unset WASEND_API_KEY · WasendArgumentError saying it is not set', async () => {
  for (const value of ['', '  ', undefined]) {
    await withEnv({ [KEY]: value }, async () => {
      await rejectsWith(
        sdk.WasendArgumentError,
        () => new sdk.WasendClient(),
        (error) => match(error.message, /WASEND_API_KEY is not set/),
      );
    });
  }
});

envTest('a caller User-Agent (any spelling) replaces the SDK one', () =>
  withScenario(async (sc) => {
    const client = new sdk.WasendClient({
      apiKey: sc.key,
      baseUrl: sc.baseUrl,
      headers: { 'user-agent': 'my-app/1.0' },
    });
    await client.getGroupInviteCode(sc.sessionId, sc.groupId);
    const [first] = await sc.requests();
    equal(first?.headers['user-agent'], 'my-app/1.0');
  }),
);

// Deno.test's `permissions` narrows this one test to --allow-env=WASEND_API_KEY (plus loopback):
// the key is read; WASEND_BASE_URL, set (beforeAll) but not permitted, is not: no prompt, no
// error, the default base URL applies.
const UNREADABLE_BASE_URL = 'http://127.0.0.1:9/must-not-be-read';
let savedBaseUrl: string | undefined;
Deno.test.beforeAll(() => {
  savedBaseUrl = Deno.env.get(URL_VAR);
  Deno.env.set(URL_VAR, UNREADABLE_BASE_URL);
});
Deno.test.afterAll(() => {
  if (savedBaseUrl === undefined) Deno.env.delete(URL_VAR);
  else Deno.env.set(URL_VAR, savedBaseUrl);
});
envTest(
  'partial permission (--allow-env=WASEND_API_KEY only) · key read, WASEND_BASE_URL left alone',
  async () => {
    equal(Deno.permissions.querySync({ name: 'env', variable: KEY }).state, 'granted');
    equal(Deno.permissions.querySync({ name: 'env', variable: URL_VAR }).state === 'granted', false);
    if (server === undefined) throw new Error('the mock server did not start');
    const sc = await server.createScenario({ keys: ['partial-permission-key'] });
    const saved = Deno.env.get(KEY);
    Deno.env.set(KEY, 'partial-permission-key');
    try {
      equal(new sdk.WasendClient().baseUrl, sdk.DEFAULT_BASE_URL);
      const client = new sdk.WasendClient({ baseUrl: sc.baseUrl });
      equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
    } finally {
      if (saved === undefined) Deno.env.delete(KEY);
      else Deno.env.set(KEY, saved);
      await sc.close();
    }
  },
  { permissions: { env: [KEY], net: ['127.0.0.1'], read: true } },
);

Deno.test('deno env · every test executed', () => {
  equal(executed, 5, 'executed tests');
});
