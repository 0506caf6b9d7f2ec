// `deno task serve` as a real server (its exact command line from deno.json), backed by a mock
// scenario: every shared demo-contract case from @wasend/test-suite, in order, then its own checks.
import { listen, type MockServer } from '@wasend/mock-server';
import { type RegisterTest, registerCases } from '@wasend/test-suite';
import { type DemoContext, demoCases } from 'demo-kit/contract';
import type { DenoApi } from '../src/denoApi.ts';
import { type RunningDemo, startServe } from './helpers.ts';

declare const Deno: DenoApi;

const KEY = 'deno-demo-upstream-key-3c9e';
const DEMO_TOKEN = 'deno-demo-token-for-other-origins';

let mock: MockServer | undefined;
let demo: RunningDemo | undefined;
const ctx = {} as DemoContext;

Deno.test.beforeAll(async () => {
  mock = await listen({ port: 0, host: '127.0.0.1' });
  const scenario = await mock.createScenario({ keys: [KEY] });
  demo = await startServe({ WASEND_API_KEY: KEY, WASEND_BASE_URL: scenario.baseUrl, DEMO_TOKEN });
  Object.assign(ctx, { demoUrl: demo.url, scenario, demoToken: DEMO_TOKEN } satisfies DemoContext);
});
Deno.test.afterAll(async () => {
  await demo?.stop();
  await mock?.close();
});

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

// The demo server (a child process, its output streams read throughout) and the in-process mock
// live across all these tests, so per-test op/resource sanitizers would blame them on each case.
const acrossTests = { sanitizeOps: false, sanitizeResources: false };

const denoTest: RegisterTest = (name, fn, timeout) => Deno.test({ name, timeout, ...acrossTests, fn });
registerCases(denoTest, demoCases, ctx, 'deno-demo · every shared demo case ran');

Deno.test({
  name: 'deno-demo · a Host other than 127.0.0.1/localhost → 403 (DNS rebinding), nothing upstream',
  ...acrossTests,
  fn: async () => {
    const before = (await ctx.scenario.requests()).length;
    // fetch cannot set Host: speak HTTP/1.1 over a raw loopback connection instead.
    const port = Number(new URL(ctx.demoUrl).port);
    const path = `/api/sessions/${ctx.scenario.sessionId}/groups/${encodeURIComponent(ctx.scenario.groupId)}/invite`;
    const answer = await rawHttp(
      port,
      `GET ${path} HTTP/1.1\r\nHost: rebind.example:${port}\r\nConnection: close\r\n\r\n`,
    );
    check(/^HTTP\/1\.1 403/.test(answer), answer);
    check(/"type":"Forbidden"/.test(answer), answer);
    check((await ctx.scenario.requests()).length === before, 'nothing went upstream');
  },
});

Deno.test({
  name: 'deno-demo · serve without WASEND_API_KEY · embedded mock said loudly, its demo group answers',
  timeout: 30_000,
  ...acrossTests,
  fn: async () => {
    const own = await startServe({ WASEND_API_KEY: '', WASEND_BASE_URL: '', DEMO_TOKEN: '' });
    try {
      check(
        /WARNING: WASEND_API_KEY is not set: using the EMBEDDED MOCK SERVER/.test(own.stderr()),
        own.stderr(),
      );
      const response = await fetch(`${own.url}/api/sessions/demo/groups/120363025988123456%40g.us/invite`);
      const body = await response.json();
      check(response.status === 200, `status ${response.status}: ${JSON.stringify(body)}`);
      check(
        /^[A-Za-z0-9]{22}$/.test(body.code) && body.link === `https://chat.whatsapp.com/${body.code}`,
        JSON.stringify(body),
      );
      const list = await fetch(`${own.url}/api/sessions/demo/groups`);
      const { groups } = await list.json();
      check(list.status === 200, `groups status ${list.status}: ${JSON.stringify(groups)}`);
      const [group] = groups;
      check(
        groups.length === 1 &&
          group.id === '120363025988123456@g.us' &&
          group.name === 'Wasend demo group' &&
          group.participants.length === 3 &&
          group.participants.some((p: { role: string }) => p.role === 'superadmin'),
        JSON.stringify(groups),
      );
    } finally {
      check((await own.stop()) === 0, 'SIGTERM shuts the server down cleanly (exit 0)');
    }
  },
});

async function rawHttp(port: number, request: string): Promise<string> {
  const conn = await Deno.connect({ hostname: '127.0.0.1', port });
  await conn.write(new TextEncoder().encode(request));
  return await new Response(conn.readable).text();
}
