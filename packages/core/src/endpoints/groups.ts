// The Groups area as endpoint entries (docs/contract.md, "Groups"), keyed by the client method each
// one serves. Loaded on first use: a page that only reads invite codes never downloads it.
import * as z from 'zod/mini';
import { buildInviteLink } from '../inviteLink';
import { readVoid } from '../schemas/answer';
import {
  adminOnlyInput,
  createGroupInput,
  descriptionInput,
  inGroup,
  listGroupsInput,
  participantsInput,
  readAdminOnly,
  readGroup,
  readGroups,
  readGroupsCount,
  readParticipants,
  readParticipantsUpdate,
  readPicture,
  setPictureInput,
  subjectInput,
} from '../schemas/groups';
import { readInviteCode } from '../schemas/invite';
import { refresh, strictSessionId } from '../schemas/primitives';
import type { Endpoint } from './endpoint';
import { revokeInviteCode } from './invite';
import { getJoinInfo, joinGroup } from './join';

// biome-ignore lint/suspicious/noExplicitAny: entries are typed by the client's method declarations
type Entry = Endpoint<any, any>;

const GROUP = '/{sessionId}/groups/{groupId}';
const ids = ['sessionId', 'groupId'] as const;
const group = z.object(inGroup);

/** An entry for `GROUP + path` taking the group's ids and then `value` (checked by `schema`), sent as `body(value)`. */
const withValue = (
  method: Endpoint<never, never>['method'],
  path: string,
  schema: z.ZodMiniType,
  body: (value: never) => unknown,
): Entry => ({
  method,
  path: GROUP + path,
  input: z.object({ ...inGroup, value: schema }),
  args: [...ids, 'value'],
  body: ({ value }) => body(value as never),
  answer: readVoid,
  retry: 'B',
});

/** A GET of the group's own resource `path`. */
const read = (path: string, answer: Entry['answer']): Entry => ({
  method: 'GET',
  path: GROUP + path,
  input: group,
  args: ids,
  answer,
  retry: 'A',
});

/** Both spellings of an admin-only flag: the Wasend service reads `enabled`, the engine `adminsOnly`. */
const adminOnly = (enabled: boolean) => ({ enabled, adminsOnly: enabled });

/**
 * A participant change: the Wasend form (phone JIDs) by default, `{ id }` objects for a WAHA engine
 * (the call's `participantsFormat`, else the client's). Never retried.
 */
const participantChange = (path: string): Entry => ({
  method: 'POST',
  path: GROUP + path,
  input: z.object({ ...inGroup, change: participantsInput }),
  args: [...ids, 'change'],
  body: ({ change }, settings) => ({
    participants:
      (change.participantsFormat ?? settings.participantsFormat) === 'objects'
        ? change.participants.map((id: string) => ({ id }))
        : change.participants,
    notify: change.notify,
  }),
  answer: (answer, input) => readParticipantsUpdate(answer, input.change.participants),
  retry: 'C',
});

export const endpoints: Record<string, Entry> = {
  createGroup: {
    method: 'POST',
    path: '/{sessionId}/groups',
    input: z.object({ sessionId: strictSessionId, group: createGroupInput }),
    args: ['sessionId', 'group'],
    body: ({ group }) => group,
    answer: readGroup,
    retry: 'C',
  },
  getGroups: {
    method: 'GET',
    path: '/{sessionId}/groups',
    input: z.pipe(
      z.object({ sessionId: strictSessionId, params: z.optional(listGroupsInput) }),
      z.transform(({ sessionId, params }) => ({ ...params, sessionId })),
    ),
    args: ['sessionId', 'params'],
    query: ['sortBy', 'sortOrder', 'limit', 'offset', 'exclude', 'status', 'search', 'tags'],
    answer: readGroups,
    retry: 'A',
  },
  getGroupsCount: {
    method: 'GET',
    path: '/{sessionId}/groups/count',
    input: z.object({ sessionId: strictSessionId }),
    args: ['sessionId'],
    answer: readGroupsCount,
    retry: 'A',
  },
  getGroup: read('', readGroup),
  /** A second leave fails (no longer a member): never retried. */
  leaveGroup: { ...read('/leave', readVoid), method: 'POST', retry: 'C' },
  getGroupPicture: {
    ...read('/picture', readPicture),
    input: z.object({ ...inGroup, refresh }),
    args: [...ids, 'refresh'],
    query: ['refresh'],
  },
  setGroupPicture: withValue('PUT', '/picture', setPictureInput, (picture) => picture),
  deleteGroupPicture: { ...read('/picture', readVoid), method: 'DELETE', retry: 'B' },
  setGroupDescription: withValue('PUT', '/description', descriptionInput, (description) => ({ description })),
  setGroupSubject: withValue('PUT', '/subject', subjectInput, (subject) => ({ subject })),
  setGroupInfoAdminOnly: withValue('PUT', '/settings/security/info-admin-only', adminOnlyInput, adminOnly),
  getGroupInfoAdminOnly: read('/settings/security/info-admin-only', readAdminOnly),
  setGroupMessagesAdminOnly: withValue(
    'PUT',
    '/settings/security/messages-admin-only',
    adminOnlyInput,
    adminOnly,
  ),
  getGroupMessagesAdminOnly: read('/settings/security/messages-admin-only', readAdminOnly),
  /** The revoke, then the link to the new code; never retried, as the revoke is not. */
  revokeGroupInviteLink: {
    ...revokeInviteCode,
    args: ids,
    answer: (answer) => buildInviteLink(readInviteCode(answer)),
  },
  getGroupJoinInfo: getJoinInfo as Entry,
  joinGroup: joinGroup as Entry,
  getGroupParticipants: read('/participants', readParticipants),
  addGroupParticipants: participantChange('/participants/add'),
  removeGroupParticipants: participantChange('/participants/remove'),
  promoteGroupParticipants: participantChange('/admin/promote'),
  demoteGroupParticipants: participantChange('/admin/demote'),
};
