// The mock's public types, listed once: every entry (handler, client, index) re-exports them all.
export type {
  Dialect,
  Fault,
  FaultState,
  GroupInit,
  GroupState,
  LoggedRequest,
  MockControl,
  MockHandler,
  MockHandlerOptions,
  Respond,
  Scenario,
  ScenarioInit,
  ScenarioState,
  SessionInit,
  SessionState,
  SessionStatus,
} from './types';
