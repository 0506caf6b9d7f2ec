// Group membership and roles, and the state changes of the group endpoints. Dialect-free: the
// renderers turn the results into each engine's shapes.
import { randomDigits, randomInviteCode } from './random';
import type { GroupState, ScenarioState } from './types';

export type GroupRole = 'superadmin' | 'admin' | 'participant';

/** The owner (creator) is the superadmin; `admins` are admins; other members are participants. */
export function roleOf(group: GroupState, jid: string): GroupRole {
  if (jid === group.owner) return 'superadmin';
  return group.admins.includes(jid) ? 'admin' : 'participant';
}

export function participantsOf(group: GroupState): Array<{ id: string; role: GroupRole }> {
  return group.members.map((id) => ({ id, role: roleOf(group, id) }));
}

/** May `me` change this group (settings, members, picture)? Admins and the owner may. */
export function canAdminister(group: GroupState, me: string): boolean {
  return group.members.includes(me) && roleOf(group, me) !== 'participant';
}

/** The groups a session sees: its own, while its `me` is still a member (a left group is gone). */
export function visibleGroups(state: ScenarioState, sessionId: string, me: string): GroupState[] {
  return state.groups.filter((g) => g.session === sessionId && g.members.includes(me));
}

export function findVisibleGroup(
  state: ScenarioState,
  sessionId: string,
  me: string,
  groupId: string,
): GroupState | undefined {
  return visibleGroups(state, sessionId, me).find((g) => g.id === groupId);
}

export type ParticipantChange = 'add' | 'remove' | 'promote' | 'demote';

/**
 * One requested participant's outcome, with a WhatsApp-style status: 200 done, 400 not a valid
 * id, 403 the owner cannot be removed or demoted, 404 not a member, 409 already a member.
 */
export interface ParticipantOutcome {
  /** As the client sent it. */
  requested: string;
  /** The stored form (`<digits>@c.us`, `…@lid`), or null when `requested` is not a valid id. */
  jid: string | null;
  status: 200 | 400 | 403 | 404 | 409;
}

/** Applies the change to each participant in turn; duplicates (after normalising) count once. */
export function changeParticipants(
  group: GroupState,
  change: ParticipantChange,
  requested: Array<{ requested: string; jid: string | null }>,
  me: string,
): ParticipantOutcome[] {
  const seen = new Set<string>();
  const outcomes: ParticipantOutcome[] = [];
  for (const { requested: input, jid } of requested) {
    if (jid !== null && seen.has(jid)) continue;
    if (jid !== null) seen.add(jid);
    outcomes.push({ requested: input, jid, status: jid === null ? 400 : applyOne(group, change, jid, me) });
  }
  return outcomes;
}

function applyOne(
  group: GroupState,
  change: ParticipantChange,
  jid: string,
  me: string,
): ParticipantOutcome['status'] {
  const member = group.members.includes(jid);
  if (change === 'add') {
    if (member) return 409;
    group.members.push(jid);
    return 200;
  }
  if (!member) return 404;
  const isOwner = jid === group.owner;
  switch (change) {
    case 'remove':
      if (isOwner && jid !== me) return 403;
      group.members = group.members.filter((m) => m !== jid);
      group.admins = group.admins.filter((a) => a !== jid);
      return 200;
    case 'promote':
      if (!group.admins.includes(jid)) group.admins.push(jid);
      return 200;
    case 'demote':
      if (isOwner) return 403;
      group.admins = group.admins.filter((a) => a !== jid);
      return 200;
  }
}

/** `me` leaves: no longer a member or admin, so the group drops out of the session's list. */
export function leave(group: GroupState, me: string): void {
  group.members = group.members.filter((m) => m !== me);
  group.admins = group.admins.filter((a) => a !== me);
}

/** A new group in the session; its creator is the owner (superadmin) and first member. */
export function createGroup(
  state: ScenarioState,
  init: {
    session: string;
    me: string;
    name: string;
    description: string;
    members: string[];
    admins: string[];
  },
  now: number,
): GroupState {
  let id = `120363${randomDigits(12)}@g.us`;
  while (state.groups.some((g) => g.id === id)) id = `120363${randomDigits(12)}@g.us`;
  const members = [init.me, ...init.members.filter((m) => m !== init.me)];
  const group: GroupState = {
    id,
    session: init.session,
    name: init.name,
    description: init.description,
    owner: init.me,
    admins: [init.me, ...init.admins.filter((a) => a !== init.me && members.includes(a))],
    members: [...new Set(members)],
    inviteCode: randomInviteCode(),
    revokedInviteCodes: [],
    createdAt: Math.floor(now / 1000),
    isAnnounce: false,
    isLocked: false,
    picture: null,
    infoAdminOnlyChange: null,
    messagesAdminOnlyChange: null,
  };
  state.groups.push(group);
  return group;
}
