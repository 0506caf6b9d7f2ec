// Wasend's own group shapes (the SDK's camelCase `Group`, the docs' pages): `docs` wraps them in
// `{ success: true, … }` with the named key docs/contract.md ("Answers") gives; `json-string` sends them bare.
import { type ParticipantChange, type ParticipantOutcome, roleOf } from '../groupModel';
import { phoneOf } from '../jids';
import type { GroupState } from '../types';
import { isoOf, json, type Rendered } from './common';
import { type AdminOnlyKind, adminOnlyValue, type GroupRenderers } from './groupRendering';

export const wasendParticipant = (group: GroupState, jid: string) => {
  const role = roleOf(group, jid);
  return {
    jid,
    phoneNumber: phoneOf(jid),
    isAdmin: role !== 'participant',
    isSuperAdmin: role === 'superadmin',
  };
};

/** The SDK's `Group` (`lib/groups.d.ts`). */
export const wasendGroup = (group: GroupState, withParticipants = true) => ({
  jid: group.id,
  name: group.name,
  topic: group.description,
  ownerJid: group.owner,
  groupCreated: isoOf(group.createdAt),
  isAnnounce: group.isAnnounce,
  isLocked: group.isLocked,
  participantsCount: group.members.length,
  ...(withParticipants ? { participants: group.members.map((jid) => wasendParticipant(group, jid)) } : {}),
});

const REASONS: Record<ParticipantOutcome['status'], string> = {
  200: 'ok',
  400: 'invalid participant id',
  403: 'the group owner cannot be removed or demoted',
  404: 'not a participant',
  409: 'already a participant',
};

/** The docs pages' list names per change (they differ: added/removed/promoted/demoted). */
const DONE_KEY: Record<ParticipantChange, string> = {
  add: 'added',
  remove: 'removed',
  promote: 'promoted',
  demote: 'demoted',
};

function changeLists(change: ParticipantChange, outcomes: ParticipantOutcome[], group: GroupState) {
  const done = outcomes
    .filter((o) => o.status === 200)
    .map((o) => {
      const id = o.jid ?? o.requested;
      if (change !== 'promote') return { id };
      const role = roleOf(group, id);
      return { id, isAdmin: role !== 'participant', isSuperAdmin: role === 'superadmin' };
    });
  const failed = outcomes
    .filter((o) => o.status !== 200)
    .map((o) => ({ id: o.jid ?? o.requested, reason: REASONS[o.status] }));
  return { [DONE_KEY[change]]: done, failed };
}

const MESSAGES: Record<ParticipantChange, string> = {
  add: 'Participants added',
  remove: 'Participants removed',
  promote: 'Participants promoted to admin',
  demote: 'Participants demoted',
};

const adminOnlySetting = (kind: AdminOnlyKind, group: GroupState) => {
  const change = kind === 'info' ? group.infoAdminOnlyChange : group.messagesAdminOnlyChange;
  return {
    enabled: adminOnlyValue(kind, group),
    ...(change === null ? {} : { changedAt: change.at, changedBy: change.by }),
  };
};

export function wasendGroups({ wrapped }: { wrapped: boolean }): GroupRenderers {
  /** docs: `{success: true, …extra}`; json-string: `bare` (void endpoints `{result: true}`). */
  const answer = (status: number, extra: Record<string, unknown>, bare: unknown = { result: true }) =>
    json(status, wrapped ? { success: true, ...extra } : bare);

  return {
    created: (group) => answer(201, { group: wasendGroup(group) }, wasendGroup(group)),
    list: (groups, page, withParticipants) => {
      const items = groups.map((g) => wasendGroup(g, withParticipants));
      const pagination = {
        total: page.total,
        limit: page.limit ?? null,
        offset: page.offset,
        hasMore: page.offset + items.length < page.total,
      };
      return answer(200, { groups: items, pagination }, items);
    },
    count: (total) =>
      // The SDK declares byStatus values as strings, the docs as numbers: json-string sends strings.
      wrapped
        ? answer(200, { total, byStatus: { active: total, archived: 0, deleted: 0 } })
        : json(200, { total, byStatus: { active: String(total), archived: '0', deleted: '0' } }),
    one: (group) => answer(200, { group: wasendGroup(group) }, wasendGroup(group)),
    left: () => answer(200, { message: 'You left the group' }),
    picture: (group): Rendered => {
      const p = group.picture;
      if (wrapped) {
        const picture =
          p === null ? { url: null } : { url: p.url, type: p.format, size: p.size ?? undefined };
        return answer(200, { picture });
      }
      return json(
        200,
        p === null ? { url: null } : { url: p.url, format: p.format, size: p.size ?? undefined },
      );
    },
    pictureSet: (group) => answer(200, { url: group.picture?.url, message: 'Group picture updated' }),
    pictureDeleted: () => answer(200, {}),
    descriptionSet: (group) =>
      answer(200, { description: group.description, message: 'Group description updated' }),
    subjectSet: (group) => answer(200, { subject: group.name, message: 'Group subject updated' }),
    adminOnly: (kind, group) => answer(200, adminOnlySetting(kind, group), adminOnlySetting(kind, group)),
    adminOnlySet: (kind, group) =>
      answer(200, {
        enabled: adminOnlyValue(kind, group),
        message: `${kind === 'info' ? 'Info' : 'Messages'} admin only setting updated`,
      }),
    participants: (group) => {
      const list = group.members.map((jid) => wasendParticipant(group, jid));
      return answer(200, { participants: list, error: null }, list);
    },
    participantsChanged: (change, outcomes, group) => {
      const lists = changeLists(change, outcomes, group);
      if (!wrapped) return json(200, lists);
      // The docs pages: add and demote inside `data`, remove and promote at the top with a message.
      return change === 'add' || change === 'demote'
        ? answer(200, { data: lists })
        : answer(200, { ...lists, message: MESSAGES[change] });
    },
  };
}
