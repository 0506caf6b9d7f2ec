import { buildInviteLink, type WasendClient } from '@wasend/core';
import type { CallerCheck } from './callerCheck';
import { errorJson, errorResponse } from './errorResponse';
import { type GroupsClient, listGroups } from './groups';

export type Handler = (request: Request) => Promise<Response>;

/** The client methods the demo's routes call. */
export type DemoClient = Pick<WasendClient, 'getGroupInviteCode' | 'revokeGroupInviteCode'> & GroupsClient;

export interface DemoAppOptions {
  client: DemoClient;
  /** createWasendProxy(…) with prefix '/wasend', mounted at /wasend/*. */
  proxy: Handler;
  isAllowedCaller: CallerCheck;
}

/**
 * The demo HTTP contract, Web-standard so every runtime's demo can serve the same shape:
 *   GET  /api/sessions/:sessionId/groups                         → 200 { groups: [{ id, name, participantsCount, participants: [{ id, role }] }] }
 *   GET  /api/sessions/:sessionId/groups/:groupId/invite         → 200 { code, link }
 *   POST /api/sessions/:sessionId/groups/:groupId/invite/revoke  → 200 { code, link }
 *   /wasend/*                                                    → the key-holding proxy
 */
export function createDemoApp({ client, proxy, isAllowedCaller }: DemoAppOptions): Handler {
  return async (request) => {
    const url = new URL(request.url);
    if (url.pathname === '/wasend' || url.pathname.startsWith('/wasend/')) return proxy(request);

    const route = matchRoute(url.pathname);
    if (route === undefined) return errorJson(404, 'NotFound', `no route for ${url.pathname}`);
    if (request.method !== route.method) {
      return errorJson(405, 'MethodNotAllowed', `use ${route.method}`, { allow: route.method });
    }
    if (!isAllowedCaller(request)) {
      return errorJson(
        401,
        'Unauthorized',
        'same-origin requests only, or Authorization: Bearer <DEMO_TOKEN> when the server has DEMO_TOKEN set',
      );
    }
    let ids: { sessionId: string; groupId: string };
    try {
      // Segments are decoded one by one, so an encoded '/' stays part of its id.
      ids = { sessionId: decodeURIComponent(route.sessionId), groupId: decodeURIComponent(route.groupId) };
    } catch {
      return errorJson(400, 'BadRequest', 'malformed percent-encoding in the path');
    }
    try {
      const options = { signal: request.signal };
      if (route.action === 'groups') {
        return Response.json({ groups: await listGroups(client, ids.sessionId, options) });
      }
      const code =
        route.action === 'get'
          ? await client.getGroupInviteCode(ids.sessionId, ids.groupId, options)
          : await client.revokeGroupInviteCode(ids.sessionId, ids.groupId, options);
      return Response.json({ code, link: buildInviteLink(code) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

interface Route {
  action: 'groups' | 'get' | 'revoke';
  method: 'GET' | 'POST';
  sessionId: string;
  /** '' for the group list, which names no group. */
  groupId: string;
}

// Matched on the raw (still encoded) path: ['', 'api', 'sessions', S, 'groups'] for the list,
// ['', 'api', 'sessions', S, 'groups', G, 'invite', 'revoke'?] for an invite.
function matchRoute(pathname: string): Route | undefined {
  const [empty, api, sessions, sessionId, groups, groupId, invite, revoke, ...rest] = pathname.split('/');
  if (empty !== '' || api !== 'api' || sessions !== 'sessions' || groups !== 'groups') return undefined;
  if (sessionId === undefined) return undefined;
  if (groupId === undefined) return { action: 'groups', method: 'GET', sessionId, groupId: '' };
  if (invite !== 'invite' || rest.length > 0) return undefined;
  if (revoke === undefined) return { action: 'get', method: 'GET', sessionId, groupId };
  if (revoke === 'revoke') return { action: 'revoke', method: 'POST', sessionId, groupId };
  return undefined;
}
