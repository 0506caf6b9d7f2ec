// The invite endpoints' successes per dialect (docs/contract.md §1–4). The first four dialects are
// pinned byte for byte by tests; `noweb` and `webjs` are today's engine (docs/contract.md).
import type { Dialect, GroupState } from '../types';
import { HTML_TYPE, isoOf, json, NEST_JSON_TYPE, nestJson, type Rendered } from './common';
import { baileysGroup } from './groupsBaileys';
import { webjsInviteInfo } from './groupsWebjs';

export interface InviteRenderers {
  inviteCode(code: string): Rendered;
  revoke(code: string): Rendered;
  joinInfo(group: GroupState): Rendered;
  join(group: GroupState): Rendered;
}

const LINK_PREFIX = 'https://chat.whatsapp.com/';
const TEXT_TYPE = 'text/plain; charset=utf-8';

const text = (status: number, contentType: string, body: string): Rendered => ({ status, contentType, body });

/** The docs' join-info object (also the json-string dialect's unwrapped answer). */
const camelInfo = (group: GroupState) => ({
  jid: group.id,
  name: group.name,
  topic: group.description,
  ownerJid: group.owner,
  participantsCount: group.members.length,
  isAnnounce: group.isAnnounce,
  isLocked: group.isLocked,
  groupCreated: isoOf(group.createdAt),
});

const groupSummary = (group: GroupState) => ({
  id: group.id,
  name: group.name,
  participantsCount: group.members.length,
});

const RENDERERS: Record<Dialect, InviteRenderers> = {
  docs: {
    inviteCode: (code) => json(200, { success: true, inviteCode: code }),
    revoke: (code) => json(200, { success: true, inviteCode: code }),
    joinInfo: (group) => json(200, { success: true, data: camelInfo(group), error: null }),
    join: (group) => json(200, { success: true, group: groupSummary(group) }),
  },
  waha: {
    // Express sends a returned string as text/html; 2024.12–2025.2 answered the POSTs with 201.
    inviteCode: (code) => text(200, HTML_TYPE, code),
    revoke: (code) => text(201, HTML_TYPE, code),
    joinInfo: (group) =>
      json(
        200,
        {
          id: group.id,
          subject: group.name,
          desc: group.description,
          owner: group.owner,
          size: group.members.length,
          creation: group.createdAt,
          announce: group.isAnnounce,
          restrict: group.isLocked,
        },
        NEST_JSON_TYPE,
      ),
    join: (group) => json(201, { id: group.id }, NEST_JSON_TYPE),
  },
  gows: {
    inviteCode: (code) => text(200, TEXT_TYPE, LINK_PREFIX + code),
    revoke: (code) => text(200, TEXT_TYPE, LINK_PREFIX + code),
    joinInfo: (group) =>
      json(200, {
        JID: group.id,
        Name: group.name,
        Topic: group.description,
        OwnerJID: group.owner,
        Participants: group.members.map((jid) => ({ JID: jid })),
        IsAnnounce: group.isAnnounce,
        IsLocked: group.isLocked,
        GroupCreated: isoOf(group.createdAt),
      }),
    join: (group) => json(200, { jid: group.id }),
  },
  'json-string': {
    inviteCode: (code) => json(200, code),
    revoke: (code) => json(200, code),
    joinInfo: (group) => json(200, camelInfo(group)),
    join: (group) => json(200, groupSummary(group)),
  },
  noweb: {
    inviteCode: (code) => text(200, HTML_TYPE, code),
    revoke: (code) => text(200, HTML_TYPE, code),
    // The whole Baileys metadata: a participants list and no size.
    joinInfo: (group) => nestJson(200, baileysGroup(group, { whatsAppNet: true, withSize: false })),
    join: (group) => nestJson(200, { id: group.id }),
  },
  webjs: {
    inviteCode: (code) => text(200, HTML_TYPE, code),
    revoke: (code) => text(200, HTML_TYPE, code),
    joinInfo: (group) => nestJson(200, webjsInviteInfo(group)),
    join: (group) => nestJson(200, { id: group.id }),
  },
};

export function inviteRenderers(dialect: Dialect): InviteRenderers {
  return RENDERERS[dialect];
}
