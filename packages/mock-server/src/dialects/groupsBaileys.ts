// Baileys' group shapes, which the NOWEB engine passes through: `waha` (the older engine) keeps the
// stored `@c.us` ids and a `size`; `noweb` (today's) answers `@s.whatsapp.net` ids and no `size`.
import { participantsOf } from '../groupModel';
import { toWhatsAppNet } from '../jids';
import type { GroupState } from '../types';
import { nestJson } from './common';
import { type GroupRenderers, wahaControllerAnswers } from './groupRendering';

export interface BaileysOptions {
  /** Answer people as `<digits>@s.whatsapp.net` (today's Baileys) instead of `@c.us`. */
  whatsAppNet: boolean;
  withSize: boolean;
}

/** Baileys' `GroupMetadata`. */
export function baileysGroup(group: GroupState, options: BaileysOptions, withParticipants = true) {
  const id = (jid: string) => (options.whatsAppNet ? toWhatsAppNet(jid) : jid);
  return {
    id: group.id,
    subject: group.name,
    // Baileys leaves `desc` out when the group has no description.
    ...(group.description !== '' || !options.whatsAppNet ? { desc: group.description } : {}),
    owner: id(group.owner),
    creation: group.createdAt,
    announce: group.isAnnounce,
    restrict: group.isLocked,
    ...(options.withSize ? { size: group.members.length } : {}),
    ...(withParticipants
      ? {
          participants: participantsOf(group).map((p) => ({
            id: id(p.id),
            admin: p.role === 'participant' ? null : p.role,
          })),
        }
      : {}),
  };
}

export function baileysGroups(options: BaileysOptions): GroupRenderers {
  const id = (jid: string) => (options.whatsAppNet ? toWhatsAppNet(jid) : jid);
  return {
    created: (group) => nestJson(201, baileysGroup(group, options)),
    // NOWEB answers an object keyed by group id (insertion order = the sorted page).
    list: (groups, _page, withParticipants) =>
      nestJson(
        200,
        Object.fromEntries(groups.map((g) => [g.id, baileysGroup(g, options, withParticipants)])),
      ),
    ...wahaControllerAnswers,
    one: (group) => nestJson(200, baileysGroup(group, options)),
    participants: (group) => nestJson(200, baileysGroup(group, options).participants),
    // Baileys' groupParticipantsUpdate: one entry per participant, `status` a string code.
    participantsChanged: (_change, outcomes) =>
      nestJson(
        200,
        outcomes.map((o) => {
          const jid = id(o.jid ?? o.requested);
          const status = String(o.status);
          return {
            status,
            jid,
            content: { tag: 'participant', attrs: o.status === 200 ? { jid } : { jid, error: status } },
          };
        }),
      ),
  };
}
