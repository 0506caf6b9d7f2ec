/** The four backend dialects the mock reproduces (docs/contract.md). */
export type Dialect = 'docs' | 'waha' | 'gows' | 'json-string';

export const DIALECTS: readonly Dialect[] = ['docs', 'waha', 'gows', 'json-string'];

export type SessionStatus = 'WORKING' | 'STARTING' | 'SCAN_QR_CODE' | 'FAILED' | 'STOPPED';

export const SESSION_STATUSES: readonly SessionStatus[] = [
  'WORKING',
  'STARTING',
  'SCAN_QR_CODE',
  'FAILED',
  'STOPPED',
];

/** What a fault answers instead of (or on top of) the normal answer. */
export type Respond =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { delayMs: number }
  | { hang: true }
  | { reset: 'before-headers' | 'mid-body' }
  | { trickleMs: number; status?: number; body?: unknown }
  | { bodyBytes: number; status?: number; contentType?: string };

export interface Fault {
  match?: { method?: string; path?: string };
  /** How many matching requests it applies to; omitted = unlimited. */
  times?: number;
  /**
   * Probability (0–1) that a matching request gets this fault; omitted = 1 (always). A request
   * that loses the roll moves on to the next fault and spends no use (random load faults).
   */
  chance?: number;
  respond: Respond;
}

export interface SessionInit {
  id: string;
  status?: SessionStatus;
  me?: string;
}

export interface GroupInit {
  id: string;
  session: string;
  name?: string;
  description?: string;
  owner?: string;
  admins?: string[];
  members?: string[];
  inviteCode?: string;
  /** Unix seconds. */
  createdAt?: number;
  isAnnounce?: boolean;
  isLocked?: boolean;
}

/** Body of `POST /__mock/scenarios`; every field optional. */
export interface ScenarioInit {
  dialect?: Dialect;
  keys?: string[];
  sessions?: SessionInit[];
  groups?: GroupInit[];
  faults?: Fault[];
}

export interface SessionState {
  id: string;
  status: SessionStatus;
  me: string;
}

export interface GroupState {
  id: string;
  session: string;
  name: string;
  description: string;
  owner: string;
  admins: string[];
  members: string[];
  inviteCode: string;
  /** Codes revoked earlier, oldest first (they answer 410). */
  revokedInviteCodes: string[];
  createdAt: number;
  isAnnounce: boolean;
  isLocked: boolean;
}

/** A fault as stored: `remaining` is null when unlimited. */
export interface FaultState extends Fault {
  remaining: number | null;
  /** How many requests it has applied to so far. */
  hits: number;
}

/** The normalised scenario, as `GET /__mock/scenarios/<id>` returns it. */
export interface ScenarioState {
  id: string;
  dialect: Dialect;
  keys: string[];
  sessions: SessionState[];
  groups: GroupState[];
  faults: FaultState[];
}

/** One entry of `GET /__mock/scenarios/<id>/requests`. */
export interface LoggedRequest {
  method: string;
  /** Raw path after the `/__s/<id>` prefix, still percent-encoded. */
  path: string;
  query: Record<string, string>;
  /** Lowercase header names. */
  headers: Record<string, string>;
  /** Raw body text, or null when there was none. */
  body: string | null;
  /** Milliseconds since the epoch. */
  time: number;
}

export interface MockHandlerOptions {
  /** Dialect of the seeded default scenario (default 'docs'). */
  dialect?: Dialect;
}

export type MockHandler = (request: Request) => Promise<Response>;

/** One scenario created through the control plane, with the handles a test needs. */
export interface Scenario {
  id: string;
  /** `http://127.0.0.1:PORT/__s/<id>`: point the SDK here. */
  baseUrl: string;
  /** The scenario's first API key. */
  key: string;
  /** The first session's id. */
  sessionId: string;
  /** The first group's id ('' when the scenario has none). */
  groupId: string;
  /** The first group's invite code at creation ('' when the scenario has none). */
  inviteCode: string;
  state(): Promise<ScenarioState>;
  requests(): Promise<LoggedRequest[]>;
  addFaults(faults: Fault[]): Promise<void>;
  /** Deletes the scenario on the server. */
  close(): Promise<void>;
}

/** A fetch-only client of a running mock server's control plane. */
export interface MockControl {
  /** The server's root URL, without a trailing slash. */
  url: string;
  createScenario(init?: ScenarioInit): Promise<Scenario>;
}
