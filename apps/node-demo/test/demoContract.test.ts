// The demo kit's contract cases (demo-kit/contract), run against this demo as a real server.
import { registerCases } from '@wasend/test-suite';
import { type DemoContext, demoCases } from 'demo-kit/contract';
import { afterAll, beforeAll, test } from 'vitest';
import { type DemoServer, startDemoServer } from '../src/startServer';
import { type Mock, startMock } from './helpers/mock';

const KEY = 'node-demo-upstream-key-7f3a';
const DEMO_TOKEN = 'node-demo-token-for-other-origins';

let mock: Mock;
let demo: DemoServer;
const ctx = {} as DemoContext;

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

registerCases(test, demoCases, ctx, 'every shared demo case ran');
