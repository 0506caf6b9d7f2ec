export type {
  Dialect,
  Fault,
  GroupInit,
  GroupState,
  LoggedRequest,
  MockHandler,
  MockHandlerOptions,
  Respond,
  ScenarioInit,
  ScenarioState,
  SessionInit,
  SessionState,
  SessionStatus,
} from './handler';
export { createMockHandler, DEFAULT_SCENARIO } from './handler';
export { type ListenOptions, listen, type MockServer } from './listen';
export { DIALECTS } from './types';
