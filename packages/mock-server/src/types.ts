import type { AccountInit, AccountState, ChatInit, ChatState, ContactInit, ContactState } from './chatTypes';

/**
 * The backend dialects the mock reproduces (docs/contract.md): the first four as the invite
 * contract describes them, `noweb` and `webjs` as today's engine (WAHA 2026.2) answers.
 */
export type Dialect = 'docs' | 'waha' | 'gows' | 'json-string' | 'noweb' | 'webjs';

export const DIALECTS: readonly Dialect[] = ['docs', 'waha', 'gows', 'json-string', 'noweb', 'webjs'];

/** The Sessions endpoints, by the SDK method each one serves. */
export const SESSION_ENDPOINT_NAMES = [
  'createSession',
  'retrieveAllSessions',
  'retrieveSessionInfo',
  'deleteSession',
  'startSession',
  'stopSession',
  'restartSession',
  'retrieveQRCode',
] as const;

/** The Messages endpoints (session in the body), by the SDK method each one serves. */
export const MESSAGE_ENDPOINT_NAMES = [
  'sendText',
  'sendImage',
  'sendFile',
  'sendVoice',
  'sendVideo',
  'sendLinkCustomPreview',
  'sendSeen',
  'sendReaction',
  'startTyping',
  'stopTyping',
  'send',
] as const;

/** The Chats endpoints (`/{session}/chats`). */
export const CHAT_ENDPOINT_NAMES = [
  'getAllChats',
  'getChatsOverview',
  'readMessages',
  'getMessages',
  'getChatPicture',
  'getMessageById',
] as const;

/** The Contacts endpoints (session in the query). */
export const CONTACT_ENDPOINT_NAMES = [
  'getContacts',
  'getContact',
  'checkContactExists',
  'getContactProfilePicture',
] as const;

/** Wasend's account and its message-by-id lookup (no session). */
export const ACCOUNT_ENDPOINT_NAMES = ['retrieveAccount', 'getMessage'] as const;

/** Every API endpoint, named after the SDK method that calls it (docs/contract.md). */
export const ENDPOINT_NAMES = [
  'createGroup',
  'getGroups',
  'getGroupsCount',
  'getGroup',
  'leaveGroup',
  'getGroupPicture',
  'setGroupPicture',
  'deleteGroupPicture',
  'setGroupDescription',
  'setGroupSubject',
  'getGroupInfoAdminOnly',
  'setGroupInfoAdminOnly',
  'getGroupMessagesAdminOnly',
  'setGroupMessagesAdminOnly',
  'getGroupInviteCode',
  'revokeGroupInviteCode',
  'getGroupJoinInfo',
  'joinGroup',
  'getGroupParticipants',
  'addGroupParticipants',
  'removeGroupParticipants',
  'promoteGroupParticipants',
  'demoteGroupParticipants',
  ...SESSION_ENDPOINT_NAMES,
  ...MESSAGE_ENDPOINT_NAMES,
  ...CHAT_ENDPOINT_NAMES,
  ...CONTACT_ENDPOINT_NAMES,
  ...ACCOUNT_ENDPOINT_NAMES,
] as const;

export type EndpointName = (typeof ENDPOINT_NAMES)[number];

/**
 * The engine build: the open-source `core` build lacks group picture set/delete and sendVideo
 * (501), sends media and link previews only in Plus (422; WEBJS' link preview 501); `plus` has
 * every method.
 */
export type Build = 'core' | 'plus';

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
  /** Wasend's display name (`sessionName`); default the id. */
  name?: string;
  /** Default `+<digits of me>`. */
  phoneNumber?: string;
  enableAccountProtection?: boolean;
  enableMessageLogging?: boolean;
  enableWebhook?: boolean;
  webhookUrl?: string;
  /**
   * Whether the session is linked to a phone, so a start goes STARTING → WORKING without a QR.
   * Default: true when the status is WORKING.
   */
  authenticated?: boolean;
}

/** An API key, optionally limited to some sessions (others then answer 403). */
export interface KeyInit {
  key: string;
  /** Sessions this key may use; omitted = every session. */
  sessions?: string[];
}

/** How fast a session started through the API moves on by itself. */
export interface SessionLifecycle {
  /** How long STARTING lasts (ms). */
  startingMs: number;
  /**
   * How long after the first QR fetch the phone "scans" it (ms); null = never by itself, only
   * through the control plane's `scan`.
   */
  scanAfterQrMs: number | null;
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
  /** The group's picture; default none. */
  pictureUrl?: string;
}

/** Body of `POST /__mock/scenarios`; every field optional. */
export interface ScenarioInit {
  dialect?: Dialect;
  keys?: Array<string | KeyInit>;
  sessions?: SessionInit[];
  groups?: GroupInit[];
  /** Default none. */
  chats?: ChatInit[];
  /** Default none. */
  contacts?: ContactInit[];
  /** Default `{ id: 'acc_mock', name: 'Wasend Mock', plan: 'free' }`. */
  account?: AccountInit;
  faults?: Fault[];
  /** Default 'plus'. */
  build?: Build;
  /** Endpoints the engine lacks: they answer 501 (on top of what `build: 'core'` lacks). */
  unimplemented?: EndpointName[];
  /** Default `{ startingMs: 50, scanAfterQrMs: 250 }`. */
  sessionLifecycle?: Partial<SessionLifecycle>;
}

export interface SessionState {
  id: string;
  status: SessionStatus;
  me: string;
  name: string;
  phoneNumber: string | null;
  enableAccountProtection: boolean;
  enableMessageLogging: boolean;
  enableWebhook: boolean;
  webhookUrl: string | null;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601: the last change (status or settings). */
  updatedAt: string;
  /** Linked to a phone: a start skips SCAN_QR_CODE. */
  authenticated: boolean;
  /** True while the status moves on by itself (after an API start, restart or create). */
  auto: boolean;
  /** When the current status began (ms since the epoch). */
  statusSince: number;
  /** The raw QR payload of the current start; null outside STARTING/SCAN_QR_CODE. */
  qr: string | null;
  /** When the QR was first fetched in this start (ms since the epoch), or null. */
  qrFetchedAt: number | null;
}

export interface GroupPicture {
  url: string;
  /** 'jpeg', 'png' or 'webp'. */
  format: string;
  /** Bytes, when known (a picture set from base64 data). */
  size: number | null;
}

/** Who last changed an admin-only setting, and when. */
export interface SettingChange {
  /** ISO 8601. */
  at: string;
  by: string;
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
  /** "Messages admin only" (WhatsApp's announce). */
  isAnnounce: boolean;
  /** "Info admin only" (WhatsApp's restrict). */
  isLocked: boolean;
  picture: GroupPicture | null;
  infoAdminOnlyChange: SettingChange | null;
  messagesAdminOnlyChange: SettingChange | null;
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
  /** Every key, scoped or not. */
  keys: string[];
  /** The sessions each scoped key may use (unscoped keys are absent). */
  keyScopes: Record<string, string[]>;
  build: Build;
  unimplemented: EndpointName[];
  sessionLifecycle: SessionLifecycle;
  sessions: SessionState[];
  groups: GroupState[];
  chats: ChatState[];
  contacts: ContactState[];
  account: AccountState;
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
  /** The phone scans the QR: a session in SCAN_QR_CODE becomes WORKING (default: the first session). */
  scanQr(sessionId?: string): Promise<void>;
  /** Forces a session's status (e.g. FAILED); it then holds until an API call moves it. */
  setSessionStatus(sessionId: string, status: SessionStatus): Promise<void>;
  /** Deletes the scenario on the server. */
  close(): Promise<void>;
}

/** A fetch-only client of a running mock server's control plane. */
export interface MockControl {
  /** The server's root URL, without a trailing slash. */
  url: string;
  createScenario(init?: ScenarioInit): Promise<Scenario>;
}
