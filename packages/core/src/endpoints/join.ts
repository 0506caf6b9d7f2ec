// Joining by invite as endpoint entries (docs/contract.md §3–4). They load with the Groups area:
// a page that only shows a group's link never needs them.
import * as z from 'zod/mini';
import { inviteCode, sessionId } from '../schemas/invite';
import {
  type GroupJoinInfo,
  type JoinGroupResult,
  joinGroupInput,
  readJoinInfo,
  readJoinResult,
} from '../schemas/joinGroup';
import type { Endpoint } from './endpoint';

const withCode = z.object({ sessionId, code: inviteCode });

/** The engine's own parser keeps `?mode=…`, so a link is reduced to its bare code first. */
export const getJoinInfo: Endpoint<z.output<typeof withCode>, GroupJoinInfo> = {
  method: 'GET',
  path: '/{sessionId}/groups/join-info',
  input: withCode,
  query: ['code'],
  args: ['sessionId', 'code'],
  answer: readJoinInfo,
  retry: 'A',
};

const joining = z.object({ sessionId, code: joinGroupInput });

/** The engine reads `code`, the docs say `inviteCode`: both are sent. */
export const joinGroup: Endpoint<z.output<typeof joining>, JoinGroupResult> = {
  method: 'POST',
  path: '/{sessionId}/groups/join',
  input: joining,
  args: ['sessionId', 'code'],
  body: ({ code }) => ({ code, inviteCode: code }),
  answer: readJoinResult,
  retry: 'C',
};
