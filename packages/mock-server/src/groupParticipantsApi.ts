// Listing and changing a group's participants (docs/contract.md, "Groups"). Per-participant refusals
// (already a member, not a member, the owner) are answered inside the 200, never thrown.
import type { ApiContext } from './apiContext';
import { bodyObject } from './apiRequest';
import type { Rendered } from './dialects/common';
import { groupRenderers } from './dialects/groups';
import { readParticipants } from './groupBodies';
import { canAdminister, changeParticipants, type ParticipantChange } from './groupModel';
import type { EndpointName, GroupState, SessionState } from './types';

const CHANGES: Partial<Record<EndpointName, ParticipantChange>> = {
  addGroupParticipants: 'add',
  removeGroupParticipants: 'remove',
  promoteGroupParticipants: 'promote',
  demoteGroupParticipants: 'demote',
};

export function runGroupParticipantsApi(
  ctx: ApiContext,
  name: EndpointName,
  session: SessionState,
  group: GroupState | undefined,
  groupId: string,
): Rendered {
  const { state, request, errors } = ctx;
  const render = groupRenderers(state.dialect);
  const change = CHANGES[name];
  if (change === undefined) {
    return group ? render.participants(group) : errors.groupNotFound(request, groupId);
  }
  const requested = readParticipants(ctx, bodyObject(request).participants);
  if ('fail' in requested) return requested.fail;
  if (!group) return errors.groupNotFound(request, groupId);
  if (!canAdminister(group, session.me)) return errors.notAdmin(request, name);
  const outcomes = changeParticipants(group, change, requested.ok, session.me);
  return render.participantsChanged(change, outcomes, group);
}
