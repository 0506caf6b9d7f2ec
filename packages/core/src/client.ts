// WasendClient: its options checked once, one ofetch-based fetcher made once; each method is one
// endpoint entry sent through it. The invite family is here; every other area is loaded on first use
// (`areas`), so a bundle that only reads invite codes does not carry the rest.
import { call, internals, type RequestOptions, run } from './callEndpoint';
import type { Endpoint } from './endpoints/endpoint';
import { getInviteCode, revokeInviteCode } from './endpoints/invite';
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

/** A method loaded on first use: its entry, run with the method's arguments. */
function later<Result>(client: WasendClient, name: string, args: unknown[]) {
  return import('./endpoints/lazy').then(({ endpoints }) =>
    run(client, endpoints[name] as Endpoint<Record<string, unknown>, Result>, args),
  );
}

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

  /** What a code or link leads to, before joining. */
  async getGroupJoinInfo(
    sessionId: string,
    codeOrLink: string,
    options?: RequestOptions,
  ): Promise<GroupJoinInfo> {
    return later(this, 'getGroupJoinInfo', [sessionId, codeOrLink, options]);
  }

  /** Joins with a code or link (or `{ code }` / `{ inviteCode }` / `{ inviteLink }`). Never retried. */
  async joinGroup(
    sessionId: string,
    codeOrLink: JoinGroupInput,
    options?: RequestOptions,
  ): Promise<JoinGroupResult> {
    return later(this, 'joinGroup', [sessionId, codeOrLink, options]);
  }

  /** Any endpoint through the same pipeline; resolves to the parsed body as it came (empty → undefined). */
  async request(request: WasendRequest): Promise<unknown> {
    return (await import('./endpoints/lazy')).sendRequest(this, request);
  }

  // ── Groups (loaded on first use) ───────────────────────────────────────────────────────────────

  /**
   * Creates a group with its first members; the session becomes its superadmin. Never retried.
   * @example
   * const group = await client.createGroup('my-session', {
   *   name: 'Book club',
   *   participants: ['+49 170 1234567', '4915112345678@c.us'],
   * });
   */
  async createGroup(sessionId: string, group: CreateGroupInput, options?: RequestOptions): Promise<Group> {
    return later(this, 'createGroup', [sessionId, group, options]);
  }

  /**
   * The session's groups, whichever shape the server lists them in.
   * @example
   * const groups = await client.getGroups('my-session', { limit: 50, exclude: ['participants'] });
   */
  async getGroups(sessionId: string, params?: GetGroupsParams, options?: RequestOptions): Promise<Group[]> {
    return later(this, 'getGroups', [sessionId, params, options]);
  }

  /**
   * How many groups the session is in.
   * @example
   * const { total } = await client.getGroupsCount('my-session');
   */
  async getGroupsCount(sessionId: string, options?: RequestOptions): Promise<GroupsCount> {
    return later(this, 'getGroupsCount', [sessionId, options]);
  }

  /**
   * One group, with its participants where the server includes them.
   * @example
   * const group = await client.getGroup('my-session', '120363025988123456@g.us');
   */
  async getGroup(sessionId: string, groupId: string, options?: RequestOptions): Promise<Group> {
    return later(this, 'getGroup', [sessionId, groupId, options]);
  }

  /**
   * Leaves the group. Never retried (a second leave fails).
   * @example
   * await client.leaveGroup('my-session', '120363025988123456@g.us');
   */
  async leaveGroup(sessionId: string, groupId: string, options?: RequestOptions): Promise<void> {
    return later(this, 'leaveGroup', [sessionId, groupId, options]);
  }

  /**
   * The group's picture; `url: null` when it has none (or privacy hides it). `refresh` asks the
   * server to fetch it anew (WhatsApp rate-limits that).
   * @example
   * const { url } = await client.getGroupPicture('my-session', '120363025988123456@g.us');
   */
  async getGroupPicture(
    sessionId: string,
    groupId: string,
    refresh?: boolean | { refresh?: boolean },
    options?: RequestOptions,
  ): Promise<Picture> {
    return later(this, 'getGroupPicture', [sessionId, groupId, refresh, options]);
  }

  /**
   * Sets the group's picture from a URL or base64. Open-source WAHA builds answer 501 (Plus only).
   * @example
   * await client.setGroupPicture('my-session', '120363025988123456@g.us', { url: 'https://example.com/logo.png', format: 'png' });
   */
  async setGroupPicture(
    sessionId: string,
    groupId: string,
    picture: SetGroupPictureInput,
    options?: RequestOptions,
  ): Promise<void> {
    return later(this, 'setGroupPicture', [sessionId, groupId, picture, options]);
  }

  /**
   * Removes the group's picture.
   * @example
   * await client.deleteGroupPicture('my-session', '120363025988123456@g.us');
   */
  async deleteGroupPicture(sessionId: string, groupId: string, options?: RequestOptions): Promise<void> {
    return later(this, 'deleteGroupPicture', [sessionId, groupId, options]);
  }

  /**
   * Sets the group's description ('' clears it). Each change posts a notice in the group.
   * @example
   * await client.setGroupDescription('my-session', '120363025988123456@g.us', 'Monthly meetups');
   */
  async setGroupDescription(
    sessionId: string,
    groupId: string,
    description: string | { description: string },
    options?: RequestOptions,
  ): Promise<void> {
    return later(this, 'setGroupDescription', [sessionId, groupId, description, options]);
  }

  /**
   * Renames the group. Each change posts a notice in the group.
   * @example
   * await client.setGroupSubject('my-session', '120363025988123456@g.us', 'Book club 2027');
   */
  async setGroupSubject(
    sessionId: string,
    groupId: string,
    subject: string | { subject: string },
    options?: RequestOptions,
  ): Promise<void> {
    return later(this, 'setGroupSubject', [sessionId, groupId, subject, options]);
  }

  /**
   * Whether only admins may edit the group's info (sent as both `enabled` and `adminsOnly`).
   * @example
   * await client.setGroupInfoAdminOnly('my-session', '120363025988123456@g.us', true);
   */
  async setGroupInfoAdminOnly(
    sessionId: string,
    groupId: string,
    enabled: boolean | { enabled: boolean } | { adminsOnly: boolean },
    options?: RequestOptions,
  ): Promise<void> {
    return later(this, 'setGroupInfoAdminOnly', [sessionId, groupId, enabled, options]);
  }

  /**
   * Whether only admins may edit the group's info.
   * @example
   * const { enabled } = await client.getGroupInfoAdminOnly('my-session', '120363025988123456@g.us');
   */
  async getGroupInfoAdminOnly(
    sessionId: string,
    groupId: string,
    options?: RequestOptions,
  ): Promise<AdminOnlySetting> {
    return later(this, 'getGroupInfoAdminOnly', [sessionId, groupId, options]);
  }

  /**
   * Whether only admins may send messages (sent as both `enabled` and `adminsOnly`).
   * @example
   * await client.setGroupMessagesAdminOnly('my-session', '120363025988123456@g.us', { enabled: true });
   */
  async setGroupMessagesAdminOnly(
    sessionId: string,
    groupId: string,
    enabled: boolean | { enabled: boolean } | { adminsOnly: boolean },
    options?: RequestOptions,
  ): Promise<void> {
    return later(this, 'setGroupMessagesAdminOnly', [sessionId, groupId, enabled, options]);
  }

  /**
   * Whether only admins may send messages.
   * @example
   * const { enabled } = await client.getGroupMessagesAdminOnly('my-session', '120363025988123456@g.us');
   */
  async getGroupMessagesAdminOnly(
    sessionId: string,
    groupId: string,
    options?: RequestOptions,
  ): Promise<AdminOnlySetting> {
    return later(this, 'getGroupMessagesAdminOnly', [sessionId, groupId, options]);
  }

  /**
   * Revokes the current code and resolves to the link of the NEW one. Never retried.
   * @example
   * const link = await client.revokeGroupInviteLink('my-session', '120363025988123456@g.us');
   */
  async revokeGroupInviteLink(sessionId: string, groupId: string, options?: RequestOptions): Promise<string> {
    return later(this, 'revokeGroupInviteLink', [sessionId, groupId, options]);
  }

  /**
   * The group's participants with their roles.
   * @example
   * const admins = (await client.getGroupParticipants('my-session', '120363025988123456@g.us')).filter((p) => p.isAdmin);
   */
  async getGroupParticipants(
    sessionId: string,
    groupId: string,
    options?: RequestOptions,
  ): Promise<GroupParticipant[]> {
    return later(this, 'getGroupParticipants', [sessionId, groupId, options]);
  }

  /**
   * Adds people; one result per person (a refusal is a result with `ok: false`, not an error). Never retried.
   * @example
   * const { results } = await client.addGroupParticipants('my-session', '120363025988123456@g.us', ['+49 170 1234567']);
   */
  async addGroupParticipants(
    sessionId: string,
    groupId: string,
    participants: ParticipantsChange,
    options?: RequestOptions,
  ): Promise<ParticipantsUpdateResult> {
    return later(this, 'addGroupParticipants', [sessionId, groupId, participants, options]);
  }

  /**
   * Removes people; one result per person. Never retried.
   * @example
   * await client.removeGroupParticipants('my-session', '120363025988123456@g.us', ['4917012345678@c.us']);
   */
  async removeGroupParticipants(
    sessionId: string,
    groupId: string,
    participants: ParticipantsChange,
    options?: RequestOptions,
  ): Promise<ParticipantsUpdateResult> {
    return later(this, 'removeGroupParticipants', [sessionId, groupId, participants, options]);
  }

  /**
   * Makes people admins; one result per person. Never retried.
   * @example
   * await client.promoteGroupParticipants('my-session', '120363025988123456@g.us', ['+49 170 1234567']);
   */
  async promoteGroupParticipants(
    sessionId: string,
    groupId: string,
    participants: ParticipantsChange,
    options?: RequestOptions,
  ): Promise<ParticipantsUpdateResult> {
    return later(this, 'promoteGroupParticipants', [sessionId, groupId, participants, options]);
  }

  /**
   * Takes admin rights away; one result per person. Never retried.
   * @example
   * await client.demoteGroupParticipants('my-session', '120363025988123456@g.us', ['+49 170 1234567']);
   */
  async demoteGroupParticipants(
    sessionId: string,
    groupId: string,
    participants: ParticipantsChange,
    options?: RequestOptions,
  ): Promise<ParticipantsUpdateResult> {
    return later(this, 'demoteGroupParticipants', [sessionId, groupId, participants, options]);
  }

  // ── Sessions (loaded on first use; the official client's names) ───────────────────────────────

  /**
   * Creates a session (STOPPED until started). Never retried.
   * @example
   * const session = await client.createSession({ sessionName: 'Support line', phoneNumber: '+49 170 1234567' });
   */
  async createSession(session: CreateSessionInput, options?: RequestOptions): Promise<Session> {
    return later(this, 'createSession', [session, options]);
  }

  /**
   * Every session of the account.
   * @example
   * const working = (await client.retrieveAllSessions()).filter((s) => s.status === 'WORKING');
   */
  async retrieveAllSessions(options?: RequestOptions): Promise<Session[]> {
    return later(this, 'retrieveAllSessions', [options]);
  }

  /**
   * One session and its status.
   * @example
   * const { status } = await client.retrieveSessionInfo('my-session');
   */
  async retrieveSessionInfo(sessionId: string, options?: RequestOptions): Promise<Session> {
    return later(this, 'retrieveSessionInfo', [sessionId, options]);
  }

  /**
   * Deletes the session. Retried only when the call passes `maxRetries`.
   * @example
   * await client.deleteSession('my-session');
   */
  async deleteSession(sessionId: string, options?: RequestOptions): Promise<void> {
    return later(this, 'deleteSession', [sessionId, options]);
  }

  /**
   * Starts the session: STARTING, then SCAN_QR_CODE until its QR code is scanned, then WORKING.
   * @example
   * await client.startSession('my-session');
   */
  async startSession(sessionId: string, options?: RequestOptions): Promise<Session> {
    return later(this, 'startSession', [sessionId, options]);
  }

  /**
   * Stops the session.
   * @example
   * await client.stopSession('my-session');
   */
  async stopSession(sessionId: string, options?: RequestOptions): Promise<Session> {
    return later(this, 'stopSession', [sessionId, options]);
  }

  /**
   * Restarts the session. Never retried (every call restarts).
   * @example
   * await client.restartSession('my-session');
   */
  async restartSession(sessionId: string, options?: RequestOptions): Promise<Session> {
    return later(this, 'restartSession', [sessionId, options]);
  }

  /**
   * The QR code to link the session's phone, while it is SCAN_QR_CODE: an image (base64 PNG) by
   * default, its payload text with `{ format: 'raw' }`.
   * @example
   * const { image } = await client.retrieveQRCode('my-session');
   * img.src = `data:${image?.mimetype};base64,${image?.data}`;
   */
  async retrieveQRCode(
    sessionId: string,
    params?: { format?: 'image' | 'raw' },
    options?: RequestOptions,
  ): Promise<QRCode> {
    return later(this, 'retrieveQRCode', [sessionId, params, options]);
  }
}
