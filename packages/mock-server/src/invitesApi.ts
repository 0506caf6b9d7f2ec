// The four invite endpoints (docs/contract.md §1–4), after the session checks.
import type { ApiContext } from './apiContext';
import type { ApiRequest } from './apiRequest';
import type { Rendered } from './dialects/common';
import { inviteRenderers } from './dialects/invites';
import type { Route } from './routes';
import { addMember, findByCode, findGroup, rotateInviteCode } from './state';
import type { SessionState } from './types';

export function runInvitesApi(ctx: ApiContext, route: Route, session: SessionState): Rendered {
  const { state, request, errors } = ctx;
  const render = inviteRenderers(state.dialect);

  if (route.name === 'getGroupInviteCode' || route.name === 'revokeGroupInviteCode') {
    const groupId = route.group ?? '';
    // Found by session alone (not membership): a scenario may name groups `me` only administers.
    const group = findGroup(state, session.id, groupId);
    if (!group) return errors.groupNotFound(request, groupId);
    // The owner is the superadmin, whether or not the scenario also lists it among the admins.
    if (!group.admins.includes(session.me) && group.owner !== session.me)
      return errors.notAdmin(request, route.name);
    return route.name === 'revokeGroupInviteCode'
      ? render.revoke(rotateInviteCode(group))
      : render.inviteCode(group.inviteCode);
  }

  const code = route.name === 'getGroupJoinInfo' ? request.query.code : readJoinCode(request);
  if (!code) return errors.error(400, 'code must be a non-empty string');
  const found = findByCode(state, code);
  if (!found) return errors.inviteNotFound(request);
  if (found.revoked) return errors.inviteRevoked(request);
  if (route.name === 'getGroupJoinInfo') return render.joinInfo(found.group);
  addMember(found.group, session.me);
  return render.join(found.group);
}

/** The engine reads `code`; the docs say `inviteCode`. */
function readJoinCode(request: ApiRequest): string | undefined {
  if (request.body === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(request.body);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { code, inviteCode } = parsed as Record<string, unknown>;
    if (typeof code === 'string' && code !== '') return code;
    if (typeof inviteCode === 'string' && inviteCode !== '') return inviteCode;
  } catch {
    // Not JSON: no code.
  }
  return undefined;
}
