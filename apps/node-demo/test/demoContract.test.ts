// The shared demo contract (@wasend/test-suite demoCases), run against this demo as a real server.
import { type DemoContext, demoCaseCount, demoCases } from '@wasend/test-suite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DemoServer, startDemoServer } from '../src/startServer';
import { type Mock, startMock } from './helpers/mock';

const KEY = 'node-demo-upstream-key-7f3a';
const DEMO_TOKEN = 'node-demo-token-for-other-origins';

let mock: Mock;
let demo: DemoServer;
const ctx = {} as DemoContext;
let executed = 0;

beforeAll(async () => {
  mock = await startMock();
  const scenario = await mock.createScenario({ keys: [KEY] });
  demo = await startDemoServer({ apiKey: KEY, baseUrl: scenario.baseUrl, demoToken: DEMO_TOKEN, port: 0 });
  Object.assign(ctx, { demoUrl: demo.url, scenario, demoToken: DEMO_TOKEN });
});

afterAll(async () => {
  await demo?.close();
  await mock?.close();
});

for (const c of demoCases) {
  test(
    c.name,
    async () => {
      executed++;
      await c.run(ctx);
    },
    c.timeoutMs ?? 10_000,
  );
}

test('every shared demo case ran', () => {
  expect(executed).toBe(demoCaseCount);
});
