// The invite family as endpoint entries (docs/contract.md §1–4).
import * as z from 'zod/mini';
import {
  type GroupJoinInfo,
  groupId,
  inviteCode,
  type JoinGroupResult,
  joinGroupInput,
  readInviteCode,
  readJoinInfo,
  readJoinResult,
  sessionId,
} from '../schemas/invite';
import type { Endpoint } from './endpoint';

const inGroup = z.object({ sessionId, groupId });
type InGroup = z.output<typeof inGroup>;

export const getInviteCode: Endpoint<InGroup, string> = {
  method: 'GET',
  path: '/{sessionId}/groups/{groupId}/invite-code',
  input: inGroup,
  answer: readInviteCode,
  retry: 'A',
};

/** 200 or 201 (older engines), same forms as the GET; never retried (a retry would rotate twice). */
export const revokeInviteCode: Endpoint<InGroup, string> = {
  method: 'POST',
  path: '/{sessionId}/groups/{groupId}/invite-code/revoke',
  input: inGroup,
  answer: readInviteCode,
  retry: 'C',
};

const withCode = z.object({ sessionId, code: inviteCode });

/** The engine's own parser keeps `?mode=…`, so a link is reduced to its bare code first. */
export const getJoinInfo: Endpoint<z.output<typeof withCode>, GroupJoinInfo> = {
  method: 'GET',
  path: '/{sessionId}/groups/join-info',
  input: withCode,
  query: ['code'],
  answer: readJoinInfo,
  retry: 'A',
};

const joining = z.object({ sessionId, code: joinGroupInput });

/** The engine reads `code`, the docs say `inviteCode`: both are sent. */
export const joinGroup: Endpoint<z.output<typeof joining>, JoinGroupResult> = {
  method: 'POST',
  path: '/{sessionId}/groups/join',
  input: joining,
  body: ({ code }) => ({ code, inviteCode: code }),
  answer: readJoinResult,
  retry: 'C',
};
