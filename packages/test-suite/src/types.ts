// The shapes the suite relies on. The SDK is described structurally (what the cases touch) so the
// suite type-checks without depending on a built adapter; every adapter module satisfies it.

export type Dialect = 'docs' | 'waha' | 'gows' | 'json-string';

export type Respond =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { delayMs: number }
  | { hang: true }
  | { reset: 'before-headers' | 'mid-body' }
  | { trickleMs: number; status?: number; body?: string }
  | { bodyBytes: number; status?: number; contentType?: string };

export interface Fault {
  match?: { method?: string; path?: string };
  times?: number;
  respond: Respond;
}

export interface SessionInit {
  id: string;
  status?: 'WORKING' | 'STARTING' | 'SCAN_QR_CODE' | 'FAILED' | 'STOPPED';
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
  createdAt?: number;
  isAnnounce?: boolean;
  isLocked?: boolean;
}

export interface ScenarioInit {
  dialect?: Dialect;
  keys?: string[];
  sessions?: SessionInit[];
  groups?: GroupInit[];
  faults?: Fault[];
}

export interface LoggedRequest {
  method: string;
  /** Raw path after the `/__s/<id>` prefix, still percent-encoded. */
  path: string;
  query: Record<string, string>;
  /** Lowercase names. */
  headers: Record<string, string>;
  body: string | null;
  time: number;
}

export interface ScenarioState {
  dialect: Dialect;
  keys: string[];
  sessions: Array<Required<Pick<SessionInit, 'id'>> & SessionInit>;
  groups: Array<GroupInit & { inviteCode: string; members: string[]; admins: string[] }>;
  [extra: string]: unknown;
}

export interface Scenario {
  id: string;
  baseUrl: string;
  key: string;
  sessionId: string;
  groupId: string;
  inviteCode: string;
  state(): Promise<ScenarioState>;
  requests(): Promise<LoggedRequest[]>;
  addFaults(faults: Fault[]): Promise<void>;
  close(): Promise<void>;
}

export interface MockControl {
  url: string;
  createScenario(init?: ScenarioInit): Promise<Scenario>;
}

// ---- the SDK as the cases see it (API.md) ----

export interface RequestOptions {
  signal?: AbortSignal;
  timeout?: number;
  maxRetries?: number;
  headers?: Record<string, string>;
}

export interface SuiteLogger {
  debug(msg: string, meta?: unknown): void;
  warn(msg: string, meta?: unknown): void;
}

export interface ClientOptions {
  apiKey?: string | null;
  baseUrl?: string;
  timeout?: number;
  maxRetries?: number;
  retryBackoff?: { initialMs?: number; maxMs?: number };
  fetch?: typeof fetch;
  headers?: Record<string, string>;
  logger?: SuiteLogger;
}

export interface GroupJoinInfo {
  id: string;
  name?: string;
  description?: string;
  ownerJid?: string;
  participantsCount?: number;
  createdAt?: string;
  isAnnounce?: boolean;
  isLocked?: boolean;
}

export interface JoinGroupResult {
  id: string;
  name?: string;
  participantsCount?: number;
}

export type JoinTarget = string | { code: string } | { inviteCode: string } | { inviteLink: string };

export interface SuiteClient {
  getGroupInviteCode(sessionId: string, groupId: string, options?: RequestOptions): Promise<string>;
  getGroupInviteLink(sessionId: string, groupId: string, options?: RequestOptions): Promise<string>;
  revokeGroupInviteCode(sessionId: string, groupId: string, options?: RequestOptions): Promise<string>;
  getGroupJoinInfo(sessionId: string, codeOrLink: string, options?: RequestOptions): Promise<GroupJoinInfo>;
  joinGroup(sessionId: string, target: JoinTarget, options?: RequestOptions): Promise<JoinGroupResult>;
  request(
    init: {
      method: string;
      path: string;
      query?: Record<string, string>;
      body?: unknown;
    } & RequestOptions,
  ): Promise<unknown>;
}

export interface WasendErrorLike extends Error {}
export interface WasendAPIErrorLike extends WasendErrorLike {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  requestId?: string;
}
export interface RateLimitErrorLike extends WasendAPIErrorLike {
  retryAfterMs: number | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: error constructors' parameters are the SDK's business
export type ErrorClass<T extends Error = Error> = abstract new (...args: any[]) => T;

export interface SdkModule {
  WasendClient: new (options: ClientOptions) => SuiteClient;
  WasendError: ErrorClass<WasendErrorLike>;
  WasendArgumentError: ErrorClass<WasendErrorLike>;
  WasendAPIError: ErrorClass<WasendAPIErrorLike>;
  BadRequestError: ErrorClass<WasendAPIErrorLike>;
  AuthenticationError: ErrorClass<WasendAPIErrorLike>;
  PermissionDeniedError: ErrorClass<WasendAPIErrorLike>;
  NotFoundError: ErrorClass<WasendAPIErrorLike>;
  UnprocessableEntityError: ErrorClass<WasendAPIErrorLike>;
  RateLimitError: ErrorClass<RateLimitErrorLike>;
  InternalServerError: ErrorClass<WasendAPIErrorLike>;
  WasendConnectionError: ErrorClass<WasendErrorLike>;
  WasendTimeoutError: ErrorClass<WasendErrorLike>;
  WasendAbortError: ErrorClass<WasendErrorLike>;
  WasendResponseError: ErrorClass<WasendErrorLike>;
  parseInviteCode(codeOrLink: string): string;
  buildInviteLink(code: string): string;
  encodePathSegment(value: string): string;
  isWasendError(value: unknown): boolean;
}

export interface SuiteContext {
  mock: MockControl;
  /** The runtime's adapter module (e.g. `import * as sdk from '@wasend/node'`). */
  sdk: SdkModule;
}

export interface SuiteCase {
  name: string;
  timeoutMs?: number;
  run(ctx: SuiteContext): Promise<void>;
}
