// whatsapp-web.js shapes, which the WEBJS engine passes through: chat objects with serialized ids,
// `true`/`false` from the setters, participant results keyed by participant id.
import { type ParticipantOutcome, participantsOf, roleOf } from '../groupModel';
import type { GroupState } from '../types';
import { nestJson } from './common';
import { type GroupRenderers, wahaControllerAnswers } from './groupRendering';

/** A WhatsApp Web id object. */
export function wid(jid: string) {
  const at = jid.indexOf('@');
  return { server: jid.slice(at + 1), user: jid.slice(0, at), _serialized: jid };
}

export function webjsParticipant(group: GroupState, jid: string) {
  const role = roleOf(group, jid);
  return { id: wid(jid), isAdmin: role !== 'participant', isSuperAdmin: role === 'superadmin' };
}

/** A `GroupChat`: the chat, with the group's metadata under `groupMetadata`. */
export function webjsChat(group: GroupState, withParticipants = true) {
  const desc = group.description === '' ? {} : { desc: group.description };
  return {
    id: wid(group.id),
    name: group.name,
    ...(group.description === '' ? {} : { description: group.description }),
    isGroup: true,
    groupMetadata: {
      id: wid(group.id),
      owner: wid(group.owner),
      subject: group.name,
      ...desc,
      creation: group.createdAt,
      announce: group.isAnnounce,
      restrict: group.isLocked,
      ...(withParticipants
        ? { participants: participantsOf(group).map((p) => webjsParticipant(group, p.id)) }
        : {}),
    },
  };
}

/** WhatsApp Web's invite info object, passed through by join-info. */
export function webjsInviteInfo(group: GroupState) {
  return {
    id: wid(group.id),
    subject: group.name,
    ...(group.description === '' ? {} : { desc: group.description }),
    owner: wid(group.owner),
    creation: group.createdAt,
    size: group.members.length,
    announce: group.isAnnounce,
    restrict: group.isLocked,
    participants: participantsOf(group).map((p) => webjsParticipant(group, p.id)),
  };
}

const PARTICIPANT_MESSAGES: Record<ParticipantOutcome['status'], string> = {
  200: 'The participant was updated successfully',
  400: 'The participant id is not valid',
  403: 'The group owner cannot be removed or demoted',
  404: 'The participant is not a group member',
  409: 'The participant is already a group member',
};

export const webjsGroups: GroupRenderers = {
  // whatsapp-web.js' createGroup result.
  created: (group) =>
    nestJson(201, {
      title: group.name,
      gid: wid(group.id),
      participants: Object.fromEntries(
        group.members
          .filter((m) => m !== group.owner)
          .map((m) => [
            m,
            {
              statusCode: 200,
              message: 'The participant was added successfully',
              isGroupCreator: false,
              isInviteV4Sent: false,
            },
          ]),
      ),
    }),
  list: (groups, _page, withParticipants) =>
    nestJson(
      200,
      groups.map((g) => webjsChat(g, withParticipants)),
    ),
  one: (group) => nestJson(200, webjsChat(group)),
  ...wahaControllerAnswers,
  descriptionSet: () => nestJson(200, true),
  subjectSet: () => nestJson(200, true),
  adminOnlySet: () => nestJson(200, true),
  participants: (group) =>
    nestJson(
      200,
      participantsOf(group).map((p) => webjsParticipant(group, p.id)),
    ),
  participantsChanged: (change, outcomes) => {
    // removeParticipants resolves one `{status}` for the whole call (docs/contract.md, "Groups").
    if (change === 'remove') {
      const failed = outcomes.find((o) => o.status !== 200);
      return nestJson(200, { status: failed?.status ?? 200 });
    }
    return nestJson(
      200,
      Object.fromEntries(
        outcomes.map((o) => [
          o.jid ?? o.requested,
          {
            code: o.status,
            message:
              o.status === 200 && change === 'add'
                ? 'The participant was added successfully'
                : PARTICIPANT_MESSAGES[o.status],
            isInviteV4Sent: false,
          },
        ]),
      ),
    );
  },
};
