import type { Scenario } from '@wasend/mock-server/client';

/**
 * What a runtime's binding hands every demo case: its demo running as a real server, started with
 * WASEND_API_KEY = scenario.key, WASEND_BASE_URL = scenario.baseUrl and DEMO_TOKEN = demoToken.
 */
export interface DemoContext {
  /** The demo's origin, e.g. http://127.0.0.1:8787 */
  demoUrl: string;
  /** The mock scenario the demo talks to (cases add faults to it and read its log). */
  scenario: Scenario;
  demoToken: string;
}

export interface DemoCase {
  name: string;
  timeoutMs?: number;
  run(ctx: DemoContext): Promise<void>;
}
