import type { EndpointName } from './types';

/** An API endpoint with its path parameters already decoded. */
export interface Route {
  name: EndpointName;
  /**
   * The request's session: from the path, or (Messages, Contacts) filled in from the body or
   * query by requestSession.ts. None for `POST /sessions`, `GET /sessions` and the account routes.
   */
  session?: string;
  group?: string;
  chat?: string;
  message?: string;
}

type Params = Partial<Record<'session' | 'group' | 'chat' | 'message', string>>;

export type RouteMatch = { route: Route } | { error: 'not-found' | 'bad-encoding' };

/** `:session`, `:group`, `:chat` and `:message` are parameters; anything else must match exactly. */
type Pattern = readonly [method: string, segments: readonly string[], name: EndpointName];

/** Wasend's session routes (docs/contract.md, "Sessions"), tried first: `/sessions/…` is never a session id. */
const SESSION_ROUTES: readonly Pattern[] = [
  ['POST', ['sessions'], 'createSession'],
  ['GET', ['sessions'], 'retrieveAllSessions'],
  ['GET', ['sessions', ':session'], 'retrieveSessionInfo'],
  ['DELETE', ['sessions', ':session'], 'deleteSession'],
  ['POST', ['sessions', ':session', 'start'], 'startSession'],
  ['POST', ['sessions', ':session', 'stop'], 'stopSession'],
  ['POST', ['sessions', ':session', 'restart'], 'restartSession'],
  ['GET', ['sessions', ':session', 'auth', 'qr'], 'retrieveQRCode'],
];

const G = [':session', 'groups'] as const;
const ONE = [...G, ':group'] as const;

/** The group routes (docs/contract.md, "Groups"), in WAHA's declaration order: fixed names before `:group`. */
const GROUP_ROUTES: readonly Pattern[] = [
  ['POST', G, 'createGroup'],
  ['GET', G, 'getGroups'],
  ['GET', [...G, 'count'], 'getGroupsCount'],
  ['GET', [...G, 'join-info'], 'getGroupJoinInfo'],
  ['POST', [...G, 'join'], 'joinGroup'],
  ['GET', ONE, 'getGroup'],
  ['POST', [...ONE, 'leave'], 'leaveGroup'],
  ['GET', [...ONE, 'picture'], 'getGroupPicture'],
  ['PUT', [...ONE, 'picture'], 'setGroupPicture'],
  ['DELETE', [...ONE, 'picture'], 'deleteGroupPicture'],
  ['PUT', [...ONE, 'description'], 'setGroupDescription'],
  ['PUT', [...ONE, 'subject'], 'setGroupSubject'],
  ['GET', [...ONE, 'settings', 'security', 'info-admin-only'], 'getGroupInfoAdminOnly'],
  ['PUT', [...ONE, 'settings', 'security', 'info-admin-only'], 'setGroupInfoAdminOnly'],
  ['GET', [...ONE, 'settings', 'security', 'messages-admin-only'], 'getGroupMessagesAdminOnly'],
  ['PUT', [...ONE, 'settings', 'security', 'messages-admin-only'], 'setGroupMessagesAdminOnly'],
  ['GET', [...ONE, 'invite-code'], 'getGroupInviteCode'],
  ['POST', [...ONE, 'invite-code', 'revoke'], 'revokeGroupInviteCode'],
  ['GET', [...ONE, 'participants'], 'getGroupParticipants'],
  ['POST', [...ONE, 'participants', 'add'], 'addGroupParticipants'],
  ['POST', [...ONE, 'participants', 'remove'], 'removeGroupParticipants'],
  ['POST', [...ONE, 'admin', 'promote'], 'promoteGroupParticipants'],
  ['POST', [...ONE, 'admin', 'demote'], 'demoteGroupParticipants'],
];

/**
 * The routes without a session in the path (docs/contract.md, "Messages", "Contacts", "Account"):
 * the session is in the body (messages) or the query (contacts); the account has none.
 */
const TOP_ROUTES: readonly Pattern[] = [
  ['POST', ['sendText'], 'sendText'],
  ['POST', ['sendImage'], 'sendImage'],
  ['POST', ['sendFile'], 'sendFile'],
  ['POST', ['sendVoice'], 'sendVoice'],
  ['POST', ['sendVideo'], 'sendVideo'],
  ['POST', ['send', 'link-custom-preview'], 'sendLinkCustomPreview'],
  ['POST', ['sendSeen'], 'sendSeen'],
  ['PUT', ['reaction'], 'sendReaction'],
  ['POST', ['startTyping'], 'startTyping'],
  ['POST', ['stopTyping'], 'stopTyping'],
  ['POST', ['send'], 'send'],
  ['GET', ['contacts', 'all'], 'getContacts'],
  ['GET', ['contacts'], 'getContact'],
  ['GET', ['contacts', 'check-exists'], 'checkContactExists'],
  ['GET', ['contacts', 'profile-picture'], 'getContactProfilePicture'],
  ['GET', ['account'], 'retrieveAccount'],
];

const C = [':session', 'chats'] as const;
const CHAT = [...C, ':chat'] as const;

/** The chat routes (docs/contract.md, "Chats"). */
const CHAT_ROUTES: readonly Pattern[] = [
  ['GET', C, 'getAllChats'],
  ['GET', [...C, 'overview'], 'getChatsOverview'],
  ['POST', [...CHAT, 'messages', 'read'], 'readMessages'],
  ['GET', [...CHAT, 'messages'], 'getMessages'],
  ['GET', [...CHAT, 'picture'], 'getChatPicture'],
  ['GET', [...CHAT, 'messages', ':message'], 'getMessageById'],
];

/** Tried last, so `GET /messages/groups` stays the group list of a session called "messages". */
const LAST_ROUTES: readonly Pattern[] = [['GET', ['messages', ':message'], 'getMessage']];

/**
 * Names under `/{session}/groups/` that are never a group id, so `GET …/groups/join` stays the
 * 404 it has always been instead of reading a group called "join".
 */
const RESERVED_GROUP_SEGMENTS = new Set(['count', 'join', 'join-info']);

/**
 * Matches on the raw (still percent-encoded) path split into segments, so an encoded `/`, `?` or
 * `#` inside an id can never change the endpoint; each parameter is decoded afterwards. A wrong
 * method on a known path is a 404, as NestJS answers.
 */
export function matchRoute(method: string, rawPath: string): RouteMatch {
  const segments = rawPath.split('/').slice(1);
  // Express (non-strict routing) ignores one trailing slash.
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  if (segments.some((s) => s === '')) return { error: 'not-found' };

  const table = [
    ...(segments[0] === 'sessions' ? SESSION_ROUTES : []),
    ...TOP_ROUTES,
    ...GROUP_ROUTES,
    ...CHAT_ROUTES,
    ...LAST_ROUTES,
  ];
  for (const [routeMethod, pattern, name] of table) {
    if (routeMethod !== method || pattern.length !== segments.length) continue;
    const params = matchSegments(pattern, segments);
    if (params === null) continue;
    try {
      const route: Route = { name };
      for (const [key, value] of Object.entries(params) as Array<[keyof Params, string]>) {
        route[key] = decodeURIComponent(value);
      }
      return { route };
    } catch {
      return { error: 'bad-encoding' };
    }
  }
  return { error: 'not-found' };
}

function matchSegments(pattern: readonly string[], segments: string[]): Params | null {
  const params: Params = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i] as string;
    if (part === ':group' && RESERVED_GROUP_SEGMENTS.has(segment)) return null;
    if (part.startsWith(':')) params[part.slice(1) as keyof Params] = segment;
    else if (part !== segment) return null;
  }
  return params;
}
