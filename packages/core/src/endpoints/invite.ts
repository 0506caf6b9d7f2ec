// The invite code as endpoint entries (docs/contract.md §1–2): read on every page that shows a
// link, so loaded with the client (join and join-info load with the Groups area, see join.ts).
import * as z from 'zod/mini';
import { groupId, readInviteCode, sessionId } from '../schemas/invite';
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
