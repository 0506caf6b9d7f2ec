import type { EndpointName } from './types';

/** An API endpoint with its path parameters already decoded. */
export interface Route {
  name: EndpointName;
  /** The path's session (every route but `POST /sessions` and `GET /sessions`). */
  session?: string;
  group?: string;
}

export type RouteMatch = { route: Route } | { error: 'not-found' | 'bad-encoding' };

/** `:session` and `:group` are parameters; anything else must match the segment exactly. */
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

  const table = segments[0] === 'sessions' ? [...SESSION_ROUTES, ...GROUP_ROUTES] : GROUP_ROUTES;
  for (const [routeMethod, pattern, name] of table) {
    if (routeMethod !== method || pattern.length !== segments.length) continue;
    const params = matchSegments(pattern, segments);
    if (params === null) continue;
    try {
      const route: Route = { name };
      if (params.session !== undefined) route.session = decodeURIComponent(params.session);
      if (params.group !== undefined) route.group = decodeURIComponent(params.group);
      return { route };
    } catch {
      return { error: 'bad-encoding' };
    }
  }
  return { error: 'not-found' };
}

function matchSegments(
  pattern: readonly string[],
  segments: string[],
): { session?: string; group?: string } | null {
  const params: { session?: string; group?: string } = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i] as string;
    if (part === ':session') params.session = segment;
    else if (part === ':group') {
      if (RESERVED_GROUP_SEGMENTS.has(segment)) return null;
      params.group = segment;
    } else if (part !== segment) return null;
  }
  return params;
}
