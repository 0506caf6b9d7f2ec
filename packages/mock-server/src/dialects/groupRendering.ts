// The renderer every dialect provides for the group endpoints (docs/contract.md, "Groups").
import type { ParticipantChange, ParticipantOutcome } from '../groupModel';
import type { GroupState } from '../types';
import { empty, nestJson, type Rendered } from './common';

/** Which page of the list was asked for (after sorting); `total` counts every visible group. */
export interface Page {
  offset: number;
  limit: number | undefined;
  total: number;
}

/** `info` = "info admin only" (restrict, isLocked); `messages` = "messages admin only" (announce). */
export type AdminOnlyKind = 'info' | 'messages';

export interface GroupRenderers {
  created(group: GroupState): Rendered;
  list(groups: GroupState[], page: Page, withParticipants: boolean): Rendered;
  count(total: number): Rendered;
  one(group: GroupState): Rendered;
  left(): Rendered;
  picture(group: GroupState): Rendered;
  pictureSet(group: GroupState): Rendered;
  pictureDeleted(): Rendered;
  descriptionSet(group: GroupState): Rendered;
  subjectSet(group: GroupState): Rendered;
  adminOnly(kind: AdminOnlyKind, group: GroupState): Rendered;
  adminOnlySet(kind: AdminOnlyKind, group: GroupState): Rendered;
  participants(group: GroupState): Rendered;
  participantsChanged(change: ParticipantChange, outcomes: ParticipantOutcome[], group: GroupState): Rendered;
}

/** The setting's value: announce for messages, restrict for info. */
export function adminOnlyValue(kind: AdminOnlyKind, group: GroupState): boolean {
  return kind === 'info' ? group.isLocked : group.isAnnounce;
}

/**
 * What WAHA's own controllers answer, whichever engine is behind them: a count, the picture URL,
 * `{ success }` for the picture changes, the admin-only flag, and an empty 200 for the changes that
 * answer nothing (WEBJS answers those with the library's boolean instead).
 */
export const wahaControllerAnswers = {
  count: (count: number) => nestJson(200, { count }),
  left: () => empty(200),
  picture: (group: GroupState) => nestJson(200, { url: group.picture?.url ?? null }),
  pictureSet: () => nestJson(200, { success: true }),
  pictureDeleted: () => nestJson(200, { success: true }),
  descriptionSet: () => empty(200),
  subjectSet: () => empty(200),
  adminOnly: (kind: AdminOnlyKind, group: GroupState) =>
    nestJson(200, { adminsOnly: adminOnlyValue(kind, group) }),
  adminOnlySet: () => empty(200),
} satisfies Partial<GroupRenderers>;
