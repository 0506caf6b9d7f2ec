// One mock server per test file: `listen()` answers with a client of its own control plane.
import { listen, type MockServer } from '@wasend/mock-server';

export type { LoggedRequest, Scenario, ScenarioInit, ScenarioState } from '@wasend/mock-server';
export type Mock = MockServer;

/** One mock server on 127.0.0.1 (any port), driven through its control plane. */
export const startMock = (): Promise<Mock> => listen({ port: 0, host: '127.0.0.1' });
