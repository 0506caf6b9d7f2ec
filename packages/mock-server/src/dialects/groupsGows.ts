// whatsmeow's PascalCase group shapes, which the GOWS engine passes through. People are
// `<digits>@s.whatsapp.net`; times are Go RFC 3339 (no milliseconds).
import { roleOf } from '../groupModel';
import { toWhatsAppNet } from '../jids';
import type { GroupState } from '../types';
import { nestJson, rfc3339Of } from './common';
import { type GroupRenderers, wahaControllerAnswers } from './groupRendering';

function gowsParticipant(group: GroupState, jid: string) {
  const role = roleOf(group, jid);
  const pn = toWhatsAppNet(jid);
  return {
    JID: pn,
    PhoneNumber: pn.endsWith('@s.whatsapp.net') ? pn : '',
    IsAdmin: group.members.includes(jid) && role !== 'participant',
    IsSuperAdmin: group.members.includes(jid) && role === 'superadmin',
  };
}

/** whatsmeow's `GroupInfo`. */
export function gowsGroup(group: GroupState, withParticipants = true) {
  return {
    JID: group.id,
    Name: group.name,
    Topic: group.description,
    OwnerJID: toWhatsAppNet(group.owner),
    GroupCreated: rfc3339Of(group.createdAt),
    IsAnnounce: group.isAnnounce,
    IsLocked: group.isLocked,
    ...(withParticipants ? { Participants: group.members.map((jid) => gowsParticipant(group, jid)) } : {}),
  };
}

export const gowsGroups: GroupRenderers = {
  created: (group) => nestJson(201, gowsGroup(group)),
  list: (groups, _page, withParticipants) =>
    nestJson(
      200,
      groups.map((g) => gowsGroup(g, withParticipants)),
    ),
  ...wahaControllerAnswers,
  one: (group) => nestJson(200, gowsGroup(group)),
  participants: (group) => nestJson(200, gowsGroup(group).Participants),
  // UpdateGroupParticipants: the participants as they are now, each with a numeric Error (0 = ok).
  participantsChanged: (_change, outcomes, group) =>
    nestJson(
      200,
      outcomes.map((o) => ({
        ...gowsParticipant(group, o.jid ?? o.requested),
        Error: o.status === 200 ? 0 : o.status,
      })),
    ),
};
