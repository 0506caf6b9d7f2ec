// WasendClient: its options checked once, one ofetch-based fetcher made once; each method is one
// endpoint entry sent through it. The invite family is here; every other area is loaded on first use
// (`areas`), so a bundle that only reads invite codes does not carry the rest.
import { call, type Internals, internals, type RequestOptions } from './callEndpoint';
import { getInviteCode, revokeInviteCode } from './endpoints/invite';
import { WasendConnectionError } from './errors';
import { createFetcher, type WasendLogger } from './http/fetcher';
import { DEFAULT_BACKOFF, type RetryBackoff } from './http/retryPolicy';
import type { FetchFunction } from './http/transport';
import { buildInviteLink } from './inviteLink';
import type {
  Account,
  Chat,
  ChatOverview,
  ChatsParams,
  Contact,
  ContactsParams,
  MessagesParams,
  NumberExistence,
  OverviewParams,
} from './schemas/chats';
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
import type { Message, SentMessage } from './schemas/message';
import type {
  MediaInput,
  ReactionInput,
  SeenInput,
  SendFileInput,
  SendInput,
  SendLinkPreviewInput,
  SendMessageOptions,
  SendTextInput,
  SendVideoInput,
  SendVoiceInput,
  TypingInput,
} from './schemas/messages';
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

/** What `retrieveConfig()` reports: the settings in force, never the key. */
export interface WasendConfig {
  baseUrl: string;
  timeout: number;
  maxRetries: number;
  retryBackoff: { initialMs: number; maxMs: number };
  auth: 'bearer' | 'x-api-key';
  participantsFormat: 'strings' | 'objects';
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
function later(client: WasendClient, name: string, args: unknown[]): Promise<unknown> {
  return lazy().then((area) => area.run(client, name, args));
}

// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface below declares the methods loaded on first use
export class WasendClient {
  /** The normalised base URL (no trailing '/'). */
  readonly baseUrl: string;

  constructor(options: WasendClientOptions) {
    const o = check(clientOptions, options ?? {});
    this.baseUrl = o.baseUrl ?? DEFAULT_BASE_URL;
    const custom = o.fetch;
    const auth = o.auth ?? 'bearer';
    const backoff = { ...DEFAULT_BACKOFF, ...o.retryBackoff };
    internals.set(this, {
      timeout: o.timeout ?? 30_000,
      maxRetries: o.maxRetries ?? 2,
      settings: { participantsFormat: o.participantsFormat ?? 'strings' },
      backoff,
      auth,
      logger: o.logger,
      fetcher: createFetcher({
        baseUrl: this.baseUrl,
        key: o.apiKey,
        headers: clientHeaders(o.apiKey, auth, o.headers ?? {}),
        backoff,
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

  /** The client's settings, as the official `retrieveConfig()` reports them: never the key. */
  retrieveConfig(): WasendConfig {
    const { timeout, maxRetries, backoff, auth, settings } = internals.get(this) as Internals;
    return { baseUrl: this.baseUrl, timeout, maxRetries, retryBackoff: { ...backoff }, auth, ...settings };
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

  // ── Messages (the official client's names; each takes `(request, options?)` or `(sessionId, request, options?)`) ──

  /**
   * Sends a text. Never retried: a timeout leaves the outcome unknown, and its error says so.
   * @example
   * const sent = await client.sendText({ session: 'my-session', to: '+49 170 1234567', text: 'Hello!' });
   */
  sendText(request: SendTextInput, options?: RequestOptions): Promise<SentMessage>;
  sendText(
    sessionId: string,
    request: Omit<SendTextInput, 'session'>,
    options?: RequestOptions,
  ): Promise<SentMessage>;

  /**
   * Sends an image from a URL, base64, a `data:` URI, a Blob/File or bytes. The open-source WAHA
   * engine answers 422 (Plus only).
   * @example
   * await client.sendImage({ session: 'my-session', to: '+49 170 1234567', url: 'https://example.com/cat.jpg', caption: 'Cat' });
   */
  sendImage(request: MediaInput, options?: RequestOptions): Promise<SentMessage>;
  sendImage(
    sessionId: string,
    request: Omit<MediaInput, 'session'>,
    options?: RequestOptions,
  ): Promise<SentMessage>;

  /**
   * Sends a document; its name and type come from a File or the URL when left out.
   * @example
   * await client.sendFile({ session: 'my-session', to: '+49 170 1234567', data: pdfBytes, fileName: 'invoice.pdf', mimeType: 'application/pdf' });
   */
  sendFile(request: SendFileInput, options?: RequestOptions): Promise<SentMessage>;
  sendFile(
    sessionId: string,
    request: Omit<SendFileInput, 'session'>,
    options?: RequestOptions,
  ): Promise<SentMessage>;

  /**
   * Sends a voice note (default type `audio/ogg; codecs=opus`).
   * @example
   * await client.sendVoice({ session: 'my-session', to: '+49 170 1234567', url: 'https://example.com/hello.ogg' });
   */
  sendVoice(request: SendVoiceInput, options?: RequestOptions): Promise<SentMessage>;
  sendVoice(
    sessionId: string,
    request: Omit<SendVoiceInput, 'session'>,
    options?: RequestOptions,
  ): Promise<SentMessage>;

  /**
   * Sends a video (default type `video/mp4`). No open-source engine implements it (501).
   * @example
   * await client.sendVideo({ session: 'my-session', to: '+49 170 1234567', url: 'https://example.com/clip.mp4' });
   */
  sendVideo(request: SendVideoInput, options?: RequestOptions): Promise<SentMessage>;
  sendVideo(
    sessionId: string,
    request: Omit<SendVideoInput, 'session'>,
    options?: RequestOptions,
  ): Promise<SentMessage>;

  /**
   * Sends a text with a preview of the link in it, as you describe it.
   * @example
   * await client.sendLinkCustomPreview({ session: 'my-session', to: '+49 170 1234567', text: 'See https://wasend.dev', preview: { title: 'Wasend' } });
   */
  sendLinkCustomPreview(request: SendLinkPreviewInput, options?: RequestOptions): Promise<SentMessage>;
  sendLinkCustomPreview(
    sessionId: string,
    request: Omit<SendLinkPreviewInput, 'session'>,
    options?: RequestOptions,
  ): Promise<SentMessage>;

  /**
   * Marks a message seen. Retried only when the call passes `maxRetries`.
   * @example
   * await client.sendSeen({ session: 'my-session', to: '+49 170 1234567', messageId: 'true_491701234567@c.us_3EB0…' });
   */
  sendSeen(request: SeenInput, options?: RequestOptions): Promise<void>;
  sendSeen(sessionId: string, request: Omit<SeenInput, 'session'>, options?: RequestOptions): Promise<void>;

  /**
   * Reacts to a message with an emoji ('' removes the reaction).
   * @example
   * await client.sendReaction({ session: 'my-session', messageId: 'true_491701234567@c.us_3EB0…', reaction: '👍' });
   */
  sendReaction(request: ReactionInput, options?: RequestOptions): Promise<void>;
  sendReaction(
    sessionId: string,
    request: Omit<ReactionInput, 'session'>,
    options?: RequestOptions,
  ): Promise<void>;

  /**
   * Shows "typing…" in the chat.
   * @example
   * await client.startTyping({ session: 'my-session', to: '+49 170 1234567' });
   */
  startTyping(request: TypingInput, options?: RequestOptions): Promise<void>;
  startTyping(
    sessionId: string,
    request: Omit<TypingInput, 'session'>,
    options?: RequestOptions,
  ): Promise<void>;

  /**
   * Stops showing "typing…".
   * @example
   * await client.stopTyping({ session: 'my-session', to: '+49 170 1234567' });
   */
  stopTyping(request: TypingInput, options?: RequestOptions): Promise<void>;
  stopTyping(
    sessionId: string,
    request: Omit<TypingInput, 'session'>,
    options?: RequestOptions,
  ): Promise<void>;

  /**
   * The hosted service's unified send: a text, or one media URL. Not on a self-hosted engine.
   * @example
   * await client.send({ session: 'my-session', to: '+49 170 1234567', text: 'Menu', imageUrl: 'https://example.com/menu.png' });
   */
  send(request: SendInput, options?: RequestOptions): Promise<SentMessage>;
  send(
    sessionId: string,
    request: Omit<SendInput, 'session'>,
    options?: RequestOptions,
  ): Promise<SentMessage>;

  /**
   * The official composite: marks `messageId` seen (unless `sendSeen` is false), types for 50 ms
   * per character (between `minTypingDuration` and `maxTypingDuration`), then sends with `send`.
   * A failed step stops it, and its error says the message was not sent; the call's signal aborts
   * the pause.
   * @example
   * await client.sendMessage({ session: 'my-session', to: '+49 170 1234567', text: 'On my way' }, { maxTypingDuration: '2000' });
   */
  sendMessage(
    request: SendInput,
    pacing?: SendMessageOptions,
    options?: RequestOptions,
  ): Promise<SentMessage>;

  // ── Chats ────────────────────────────────────────────────────────────────────────────────────

  /**
   * The session's chats.
   * @example
   * const chats = await client.getAllChats('my-session', { limit: 20, sortBy: 'conversationTimestamp', sortOrder: 'desc' });
   */
  getAllChats(sessionId: string, params?: ChatsParams, options?: RequestOptions): Promise<Chat[]>;

  /**
   * Each chat with its name, picture and last message (slow on large accounts: pass a `timeout`).
   * @example
   * const overview = await client.getChatsOverview('my-session', { limit: 10 });
   */
  getChatsOverview(
    sessionId: string,
    params?: OverviewParams,
    options?: RequestOptions,
  ): Promise<ChatOverview[]>;

  /**
   * Marks a chat's latest messages read.
   * @example
   * await client.readMessages('my-session', '+49 170 1234567', { days: 1 });
   */
  readMessages(
    sessionId: string,
    chatId: string,
    params?: { messages?: number; days?: number },
    options?: RequestOptions,
  ): Promise<{ ids?: string[] }>;

  /**
   * A chat's messages (media stays on the server unless `downloadMedia: true`).
   * @example
   * const messages = await client.getMessages('my-session', '+49 170 1234567', { limit: 50, filter: { fromMe: false } });
   */
  getMessages(
    sessionId: string,
    chatId: string,
    params: MessagesParams,
    options?: RequestOptions,
  ): Promise<Message[]>;

  /**
   * A chat's picture; `url: null` when there is none.
   * @example
   * const { url } = await client.getChatPicture('my-session', '+49 170 1234567');
   */
  getChatPicture(
    sessionId: string,
    chatId: string,
    refresh?: boolean | { refresh?: boolean },
    options?: RequestOptions,
  ): Promise<Picture>;

  /**
   * One message of a chat (404 `NotFoundError` when there is none).
   * @example
   * const message = await client.getMessageById('my-session', '+49 170 1234567', 'true_491701234567@c.us_3EB0…');
   */
  getMessageById(
    sessionId: string,
    chatId: string,
    messageId: string,
    params?: { downloadMedia?: boolean },
    options?: RequestOptions,
  ): Promise<Message>;

  // ── Contacts (the official `(sessionId, params)`, or a plain id or phone) ─────────────────────────────────

  /**
   * The session's contacts.
   * @example
   * const contacts = await client.getContacts('my-session', { sortBy: 'name' });
   */
  getContacts(sessionId: string, params?: ContactsParams, options?: RequestOptions): Promise<Contact[]>;

  /**
   * One contact, or `null` when the server knows none.
   * @example
   * const contact = await client.getContact('my-session', '+49 170 1234567');
   */
  getContact(
    sessionId: string,
    contactId: string | { contactId: string },
    options?: RequestOptions,
  ): Promise<Contact | null>;

  /**
   * Whether a number is on WhatsApp, and its chat id.
   * @example
   * const { exists, chatId } = await client.checkContactExists('my-session', '+49 170 1234567');
   */
  checkContactExists(
    sessionId: string,
    phone: string | { phone: string },
    options?: RequestOptions,
  ): Promise<NumberExistence>;

  /**
   * A contact's profile picture; `url: null` when hidden or absent.
   * @example
   * const { url } = await client.getContactProfilePicture('my-session', { contactId: '+49 170 1234567', refresh: true });
   */
  getContactProfilePicture(
    sessionId: string,
    contact: string | { contactId: string; refresh?: boolean },
    options?: RequestOptions,
  ): Promise<Picture>;

  // ── Account ──────────────────────────────────────────────────────────────────────────────────

  /**
   * The account the key belongs to. The hosted service only.
   * @example
   * const { plan } = await client.retrieveAccount();
   */
  retrieveAccount(options?: RequestOptions): Promise<Account>;

  /**
   * A message by its id. The hosted service only.
   * @example
   * const message = await client.getMessage('msg_123');
   */
  getMessage(messageId: string, options?: RequestOptions): Promise<Message>;
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
  'sendMessage',
  'getAllChats',
  'getChatsOverview',
  'readMessages',
  'getMessages',
  'getChatPicture',
  'getMessageById',
  'getContacts',
  'getContact',
  'checkContactExists',
  'getContactProfilePicture',
  'retrieveAccount',
  'getMessage',
];
for (const name of LATER)
  Object.defineProperty(WasendClient.prototype, name, {
    value(this: WasendClient, ...args: unknown[]) {
      return later(this, name, args);
    },
    writable: true,
    configurable: true,
  });
