// WasendClient: its options checked once, one ofetch-based fetcher made once; each method is one
// endpoint entry sent through it. The invite family is here; every other area is loaded on first use
// (`areas`), so a bundle that only reads invite codes does not carry the rest.
import { call, internals, type RequestOptions, run } from './callEndpoint';
import type { Endpoint } from './endpoints/endpoint';
import { getInviteCode, revokeInviteCode } from './endpoints/invite';
import { WasendConnectionError } from './errors';
import { createFetcher, type WasendLogger } from './http/fetcher';
import { DEFAULT_BACKOFF, type RetryBackoff } from './http/retryPolicy';
import type { FetchFunction } from './http/transport';
import { buildInviteLink } from './inviteLink';
import { check } from './schemas/check';
import type { Group, GroupParticipant } from './schemas/group';
import type {
  AdminOnlySetting,
  CreateGroupInput,
  GetGroupsParams,
  GroupsCount,
  ParticipantsChange,
  ParticipantsUpdateResult,
  Picture,
  SetGroupPictureInput,
} from './schemas/groups';
import type { GroupJoinInfo, JoinGroupInput, JoinGroupResult } from './schemas/joinGroup';
import { clientOptions, DEFAULT_BASE_URL } from './schemas/options';
import type { CreateSessionInput, QRCode, Session } from './schemas/sessions';

export type { RequestOptions } from './callEndpoint';

export interface WasendClientOptions {
  /** Your API key; `null` = send no key at all (the server at `baseUrl` is a key-holding proxy). */
  apiKey: string | null;
  /**
   * How the key travels: `'bearer'` (default) as `Authorization: Bearer <key>`, what the hosted
   * service reads; `'x-api-key'` as `X-Api-Key: <key>`, what a self-hosted WAHA engine reads.
   */
  auth?: 'bearer' | 'x-api-key';
  /**
   * How participant lists are sent: `'strings'` (default) as phone JIDs, what the hosted service
   * reads; `'objects'` as `[{ id }]`, what a self-hosted WAHA engine needs. A call may override it.
   */
  participantsFormat?: 'strings' | 'objects';
  /** Default https://api.wasend.dev; may carry a path prefix (https://your.app/wasend). */
  baseUrl?: string;
  /** ms per attempt (default 30 000); 0 = no timeout. */
  timeout?: number;
  /** Retries of GET requests (default 2). */
  maxRetries?: number;
  retryBackoff?: RetryBackoff;
  /** A custom fetch, always called unbound. Default: the global fetch, looked up at call time. */
  fetch?: FetchFunction;
  /** Extra headers on every request; can never replace Authorization or X-Api-Key. */
  headers?: Record<string, string>;
  /** `debug` one line per attempt, `warn` for each failure and retry; never the key. */
  logger?: WasendLogger;
}

/** The escape hatch's call: same pipeline, the path encoding is the caller's (`encodePathSegment`). */
export interface WasendRequest extends RequestOptions {
  method: string;
  /** Starts with '/', appended to `baseUrl`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON. */
  body?: unknown;
}

/**
 * A client's headers, built once: the default `accept`, the client's own headers, then the key.
 * ofetch lays each call's headers over a copy of these.
 */
function clientHeaders(
  key: string | null,
  auth: 'bearer' | 'x-api-key',
  own: Record<string, string>,
): Headers {
  const headers = new Headers({ accept: 'application/json, text/plain, */*' });
  for (const [name, value] of Object.entries(own)) headers.set(name, value);
  if (key !== null) {
    if (auth === 'bearer') headers.set('authorization', `Bearer ${key}`);
    else headers.set('x-api-key', key);
  }
  return headers;
}

/** The code loaded on first use; a page whose chunk cannot be fetched (offline, a new deploy) gets a WasendConnectionError. */
const lazy = () =>
  import('./endpoints/lazy').catch((cause: unknown) => {
    throw new WasendConnectionError('could not load the client code for this method', { cause });
  });

/** A method loaded on first use: its entry, run with the method's arguments (a rejected promise for bad ones). */
function later<Result>(client: WasendClient, name: string, args: unknown[]): Promise<Result> {
  return lazy().then(({ endpoints }) =>
    run(client, endpoints[name] as Endpoint<Record<string, unknown>, Result>, args),
  );
}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface below declares the methods loaded on first use
export class WasendClient {
  /** The normalised base URL (no trailing '/'). */
  readonly baseUrl: string;

  constructor(options: WasendClientOptions) {
    const o = check(clientOptions, options ?? {});
    this.baseUrl = o.baseUrl ?? DEFAULT_BASE_URL;
    const custom = o.fetch;
    internals.set(this, {
      timeout: o.timeout ?? 30_000,
      maxRetries: o.maxRetries ?? 2,
      settings: { participantsFormat: o.participantsFormat ?? 'strings' },
      fetcher: createFetcher({
        baseUrl: this.baseUrl,
        key: o.apiKey,
        headers: clientHeaders(o.apiKey, o.auth ?? 'bearer', o.headers ?? {}),
        backoff: { ...DEFAULT_BACKOFF, ...o.retryBackoff },
        logger: o.logger,
        // Called unbound; the global one is looked up per call (tests and polyfills swap it).
        fetch: custom ? (input, init) => custom(input, init) : (input, init) => globalThis.fetch(input, init),
      }),
    });
  }

  /** The group's current invite code (bare), whatever dialect the server answers in. */
  async getGroupInviteCode(sessionId: string, groupId: string, options?: RequestOptions): Promise<string> {
    return call(this, getInviteCode, { sessionId, groupId }, options);
  }

  /** `https://chat.whatsapp.com/<code>` for the group's current code. */
  async getGroupInviteLink(sessionId: string, groupId: string, options?: RequestOptions): Promise<string> {
    return buildInviteLink(await this.getGroupInviteCode(sessionId, groupId, options));
  }

  /** Revokes the current code and resolves to the NEW one. Never retried automatically. */
  async revokeGroupInviteCode(sessionId: string, groupId: string, options?: RequestOptions): Promise<string> {
    return call(this, revokeInviteCode, { sessionId, groupId }, options);
  }

  /** Any endpoint through the same pipeline; resolves to the parsed body as it came (empty → undefined). */
  async request(request: WasendRequest): Promise<unknown> {
    return (await lazy()).sendRequest(this, request);
  }
}

/**
 * The methods loaded on first use: their declarations (merged into the class's type) and, below,
 * one line that puts each on the prototype. A bundle that only reads invite codes carries their
 * names and nothing else.
 */
export interface WasendClient {
  /** What a code or link leads to, before joining. */
  getGroupJoinInfo(sessionId: string, codeOrLink: string, options?: RequestOptions): Promise<GroupJoinInfo>;

  /** Joins with a code or link (or `{ code }` / `{ inviteCode }` / `{ inviteLink }`). Never retried. */
  joinGroup(
    sessionId: string,
    codeOrLink: JoinGroupInput,
    options?: RequestOptions,
  ): Promise<JoinGroupResult>;

  // ── Groups ───────────────────────────────────────────────────────────────────────────────

  /**
   * Creates a group with its first members; the session becomes its superadmin. Never retried.
   * @example
   * const group = await client.createGroup('my-session', {
   *   name: 'Book club',
   *   participants: ['+49 170 1234567', '4915112345678@c.us'],
   * });
   */
  createGroup(sessionId: string, group: CreateGroupInput, options?: RequestOptions): Promise<Group>;

  /**
   * The session's groups, whichever shape the server lists them in.
   * @example
   * const groups = await client.getGroups('my-session', { limit: 50, exclude: ['participants'] });
   */
  getGroups(sessionId: string, params?: GetGroupsParams, options?: RequestOptions): Promise<Group[]>;

  /**
   * How many groups the session is in.
   * @example
   * const { total } = await client.getGroupsCount('my-session');
   */
  getGroupsCount(sessionId: string, options?: RequestOptions): Promise<GroupsCount>;

  /**
   * One group, with its participants where the server includes them.
   * @example
   * const group = await client.getGroup('my-session', '120363025988123456@g.us');
   */
  getGroup(sessionId: string, groupId: string, options?: RequestOptions): Promise<Group>;

  /**
   * Leaves the group. Never retried (a second leave fails).
   * @example
   * await client.leaveGroup('my-session', '120363025988123456@g.us');
   */
  leaveGroup(sessionId: string, groupId: string, options?: RequestOptions): Promise<void>;

  /**
   * The group's picture; `url: null` when it has none (or privacy hides it). `refresh` asks the
   * server to fetch it anew (WhatsApp rate-limits that).
   * @example
   * const { url } = await client.getGroupPicture('my-session', '120363025988123456@g.us');
   */
  getGroupPicture(
    sessionId: string,
    groupId: string,
    refresh?: boolean | { refresh?: boolean },
    options?: RequestOptions,
  ): Promise<Picture>;

  /**
   * Sets the group's picture from a URL or base64. Open-source WAHA builds answer 501 (Plus only).
   * @example
   * await client.setGroupPicture('my-session', '120363025988123456@g.us', { url: 'https://example.com/logo.png', format: 'png' });
   */
  setGroupPicture(
    sessionId: string,
    groupId: string,
    picture: SetGroupPictureInput,
    options?: RequestOptions,
  ): Promise<void>;

  /**
   * Removes the group's picture.
   * @example
   * await client.deleteGroupPicture('my-session', '120363025988123456@g.us');
   */
  deleteGroupPicture(sessionId: string, groupId: string, options?: RequestOptions): Promise<void>;

  /**
   * Sets the group's description ('' clears it). Each change posts a notice in the group.
   * @example
   * await client.setGroupDescription('my-session', '120363025988123456@g.us', 'Monthly meetups');
   */
  setGroupDescription(
    sessionId: string,
    groupId: string,
    description: string | { description: string },
    options?: RequestOptions,
  ): Promise<void>;

  /**
   * Renames the group. Each change posts a notice in the group.
   * @example
   * await client.setGroupSubject('my-session', '120363025988123456@g.us', 'Book club 2027');
   */
  setGroupSubject(
    sessionId: string,
    groupId: string,
    subject: string | { subject: string },
    options?: RequestOptions,
  ): Promise<void>;

  /**
   * Whether only admins may edit the group's info (sent as both `enabled` and `adminsOnly`).
   * @example
   * await client.setGroupInfoAdminOnly('my-session', '120363025988123456@g.us', true);
   */
  setGroupInfoAdminOnly(
    sessionId: string,
    groupId: string,
    enabled: boolean | { enabled: boolean } | { adminsOnly: boolean },
    options?: RequestOptions,
  ): Promise<void>;

  /**
   * Whether only admins may edit the group's info.
   * @example
   * const { enabled } = await client.getGroupInfoAdminOnly('my-session', '120363025988123456@g.us');
   */
  getGroupInfoAdminOnly(
    sessionId: string,
    groupId: string,
    options?: RequestOptions,
  ): Promise<AdminOnlySetting>;

  /**
   * Whether only admins may send messages (sent as both `enabled` and `adminsOnly`).
   * @example
   * await client.setGroupMessagesAdminOnly('my-session', '120363025988123456@g.us', { enabled: true });
   */
  setGroupMessagesAdminOnly(
    sessionId: string,
    groupId: string,
    enabled: boolean | { enabled: boolean } | { adminsOnly: boolean },
    options?: RequestOptions,
  ): Promise<void>;

  /**
   * Whether only admins may send messages.
   * @example
   * const { enabled } = await client.getGroupMessagesAdminOnly('my-session', '120363025988123456@g.us');
   */
  getGroupMessagesAdminOnly(
    sessionId: string,
    groupId: string,
    options?: RequestOptions,
  ): Promise<AdminOnlySetting>;

  /**
   * Revokes the current code and resolves to the link of the NEW one. Never retried.
   * @example
   * const link = await client.revokeGroupInviteLink('my-session', '120363025988123456@g.us');
   */
  revokeGroupInviteLink(sessionId: string, groupId: string, options?: RequestOptions): Promise<string>;

  /**
   * The group's participants with their roles.
   * @example
   * const admins = (await client.getGroupParticipants('my-session', '120363025988123456@g.us')).filter((p) => p.isAdmin);
   */
  getGroupParticipants(
    sessionId: string,
    groupId: string,
    options?: RequestOptions,
  ): Promise<GroupParticipant[]>;

  /**
   * Adds people; one result per person (a refusal is a result with `ok: false`, not an error). Never retried.
   * @example
   * const { results } = await client.addGroupParticipants('my-session', '120363025988123456@g.us', ['+49 170 1234567']);
   */
  addGroupParticipants(
    sessionId: string,
    groupId: string,
    participants: ParticipantsChange,
    options?: RequestOptions,
  ): Promise<ParticipantsUpdateResult>;

  /**
   * Removes people; one result per person. Never retried.
   * @example
   * await client.removeGroupParticipants('my-session', '120363025988123456@g.us', ['4917012345678@c.us']);
   */
  removeGroupParticipants(
    sessionId: string,
    groupId: string,
    participants: ParticipantsChange,
    options?: RequestOptions,
  ): Promise<ParticipantsUpdateResult>;

  /**
   * Makes people admins; one result per person. Never retried.
   * @example
   * await client.promoteGroupParticipants('my-session', '120363025988123456@g.us', ['+49 170 1234567']);
   */
  promoteGroupParticipants(
    sessionId: string,
    groupId: string,
    participants: ParticipantsChange,
    options?: RequestOptions,
  ): Promise<ParticipantsUpdateResult>;

  /**
   * Takes admin rights away; one result per person. Never retried.
   * @example
   * await client.demoteGroupParticipants('my-session', '120363025988123456@g.us', ['+49 170 1234567']);
   */
  demoteGroupParticipants(
    sessionId: string,
    groupId: string,
    participants: ParticipantsChange,
    options?: RequestOptions,
  ): Promise<ParticipantsUpdateResult>;

  // ── Sessions (the official client's names) ───────────────────────────────────────────

  /**
   * Creates a session (STOPPED until started). Never retried.
   * @example
   * const session = await client.createSession({ sessionName: 'Support line', phoneNumber: '+49 170 1234567' });
   */
  createSession(session: CreateSessionInput, options?: RequestOptions): Promise<Session>;

  /**
   * Every session of the account.
   * @example
   * const working = (await client.retrieveAllSessions()).filter((s) => s.status === 'WORKING');
   */
  retrieveAllSessions(options?: RequestOptions): Promise<Session[]>;

  /**
   * One session and its status.
   * @example
   * const { status } = await client.retrieveSessionInfo('my-session');
   */
  retrieveSessionInfo(sessionId: string, options?: RequestOptions): Promise<Session>;

  /**
   * Deletes the session. Retried only when the call passes `maxRetries`.
   * @example
   * await client.deleteSession('my-session');
   */
  deleteSession(sessionId: string, options?: RequestOptions): Promise<void>;

  /**
   * Starts the session: STARTING, then SCAN_QR_CODE until its QR code is scanned, then WORKING.
   * @example
   * await client.startSession('my-session');
   */
  startSession(sessionId: string, options?: RequestOptions): Promise<Session>;

  /**
   * Stops the session.
   * @example
   * await client.stopSession('my-session');
   */
  stopSession(sessionId: string, options?: RequestOptions): Promise<Session>;

  /**
   * Restarts the session. Never retried (every call restarts).
   * @example
   * await client.restartSession('my-session');
   */
  restartSession(sessionId: string, options?: RequestOptions): Promise<Session>;

  /**
   * The QR code to link the session's phone, while it is SCAN_QR_CODE: an image (base64 PNG) by
   * default, its payload text with `{ format: 'raw' }`.
   * @example
   * const { image } = await client.retrieveQRCode('my-session');
   * img.src = `data:${image?.mimetype};base64,${image?.data}`;
   */
  retrieveQRCode(
    sessionId: string,
    params?: { format?: 'image' | 'raw' },
    options?: RequestOptions,
  ): Promise<QRCode>;
}

const LATER: (keyof WasendClient)[] = [
  'getGroupJoinInfo',
  'joinGroup',
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
  'setGroupInfoAdminOnly',
  'getGroupInfoAdminOnly',
  'setGroupMessagesAdminOnly',
  'getGroupMessagesAdminOnly',
  'revokeGroupInviteLink',
  'getGroupParticipants',
  'addGroupParticipants',
  'removeGroupParticipants',
  'promoteGroupParticipants',
  'demoteGroupParticipants',
  'createSession',
  'retrieveAllSessions',
  'retrieveSessionInfo',
  'deleteSession',
  'startSession',
  'stopSession',
  'restartSession',
  'retrieveQRCode',
];
for (const name of LATER)
  Object.defineProperty(WasendClient.prototype, name, {
    value(this: WasendClient, ...args: unknown[]) {
      return later(this, name, args);
    },
    writable: true,
    configurable: true,
  });
