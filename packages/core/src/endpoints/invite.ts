// The invite family as data: method, path, and how to read each answer in every dialect (CONTRACT.md).
import { WasendArgumentError, WasendResponseError } from '../errors';
import { isRecord } from '../http/body';
import type { Answer, Call } from '../http/request';
import { matchInviteCode, parseInviteCode } from '../inviteLink';
import { encodePathSegment as seg } from '../path';

export interface GroupJoinInfo {
  id: string;
  name?: string;
  description?: string;
  ownerJid?: string;
  participantsCount?: number;
  /** ISO 8601. */
  createdAt?: string;
  isAnnounce?: boolean;
  isLocked?: boolean;
}

export interface JoinGroupResult {
  id: string;
  name?: string;
  participantsCount?: number;
}

/** What `joinGroup` accepts: a code or link, or an object carrying one. */
export type JoinGroupInput = string | { code: string } | { inviteCode: string } | { inviteLink: string };

export interface Endpoint<Args extends unknown[], Result> {
  method: 'GET' | 'POST';
  /** Builds the call; throws `WasendArgumentError` for bad input (before anything is sent). */
  build(...args: Args): Omit<Call, 'method'>;
  /** Reads a 2xx answer; throws `WasendResponseError` when it holds no usable value. */
  read(answer: Answer): Result;
}

export const getInviteCode: Endpoint<[string, string], string> = {
  method: 'GET',
  build: (sessionId, groupId) => ({ path: `/${seg(sessionId)}/groups/${seg(groupId)}/invite-code` }),
  read: readInviteCode,
};

/** 200 or 201 (older engines), same forms as the GET; never retried (it rotates the code). */
export const revokeInviteCode: Endpoint<[string, string], string> = {
  method: 'POST',
  build: (sessionId, groupId) => ({ path: `/${seg(sessionId)}/groups/${seg(groupId)}/invite-code/revoke` }),
  read: readInviteCode,
};

/** The engine's own parser keeps `?mode=…`, so a link is stripped to its bare code first. */
export const getJoinInfo: Endpoint<[string, string], GroupJoinInfo> = {
  method: 'GET',
  build: (sessionId, codeOrLink) => ({
    path: `/${seg(sessionId)}/groups/join-info`,
    query: { code: parseInviteCode(codeOrLink) },
  }),
  read: readJoinInfo,
};

/** The engine reads `code`, the docs say `inviteCode`: both are sent. */
export const joinGroup: Endpoint<[string, JoinGroupInput], JoinGroupResult> = {
  method: 'POST',
  build: (sessionId, input) => {
    const code = parseInviteCode(joinInputText(input));
    return { path: `/${seg(sessionId)}/groups/join`, body: { code, inviteCode: code } };
  },
  read: readJoinResult,
};

function joinInputText(input: JoinGroupInput): string {
  if (typeof input === 'string') return input;
  if (isRecord(input)) {
    for (const name of ['code', 'inviteCode', 'inviteLink']) {
      const value = (input as Record<string, unknown>)[name];
      if (typeof value === 'string') return value;
    }
  }
  throw new WasendArgumentError(
    'joinGroup expects a code or link, or { code } | { inviteCode } | { inviteLink }',
  );
}

const unusable = (answer: Answer, what: string): WasendResponseError =>
  new WasendResponseError(`${answer.status} response holds no ${what}`, {
    status: answer.status,
    body: answer.safeBody,
  });

/**
 * Any form of CONTRACT.md §1: bare code or link as text (whatever the content type), JSON string
 * literal, `{inviteCode}`, `{code}`, `{inviteLink}` (also inside `data`). The raw text is matched
 * before any JSON parsing so a numeric code keeps every digit.
 */
export function readInviteCode(answer: Answer): string {
  const direct = matchInviteCode(answer.text);
  if (direct) return direct;
  let value: unknown = answer.body;
  // A JSON string literal sent as text or without a type. Only then: a body already parsed to a
  // string (`"1234…"` as JSON) must not be parsed again, or an all-digit code would become a number.
  if (typeof value === 'string' && value.trim().startsWith('"')) {
    try {
      value = JSON.parse(value.trim());
    } catch {
      // plain text that is no code: falls through to the error below
    }
  }
  if (isRecord(value) && isRecord(value.data)) value = value.data;
  const candidates = isRecord(value) ? [value.inviteCode, value.code, value.inviteLink, value.link] : [value];
  for (const candidate of candidates) {
    const code = typeof candidate === 'string' ? matchInviteCode(candidate) : undefined;
    if (code) return code;
  }
  throw unusable(answer, 'invite code');
}

type Picker<T> = (value: unknown) => value is T;
const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** The first of `names` whose value passes `is`, so every dialect's spelling maps to one field. */
function pick<T>(record: Record<string, unknown>, is: Picker<T>, ...names: string[]): T | undefined {
  for (const name of names) if (is(record[name])) return record[name] as T;
  return undefined;
}

/** The object an answer is about: the body, unwrapped from `data` / `group` where a dialect wraps it. */
function subject(answer: Answer, wrapper: string): Record<string, unknown> | undefined {
  const body = answer.body;
  if (!isRecord(body)) return undefined;
  return isRecord(body[wrapper]) ? body[wrapper] : body;
}

function count(record: Record<string, unknown>): number | undefined {
  const direct = pick(record, isCount, 'participantsCount', 'size');
  const list = record.Participants ?? record.participants;
  return direct ?? (Array.isArray(list) ? list.length : undefined);
}

/** Drops undefined fields, so results compare and print cleanly. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** Unix seconds → ISO 8601; undefined when not a count or beyond Date's range (toISOString would throw). */
function isoFromSeconds(value: unknown): string | undefined {
  if (!isCount(value)) return undefined;
  const date = new Date(value * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** docs wrapper, unwrapped camelCase, PascalCase (Go engine) and Baileys (unix-seconds `creation`). */
export function readJoinInfo(answer: Answer): GroupJoinInfo {
  const record = subject(answer, 'data');
  const id = record && pick(record, isString, 'jid', 'id', 'JID');
  if (!record || !id) throw unusable(answer, 'group join info');
  const created = pick(record, isString, 'groupCreated', 'GroupCreated', 'createdAt');
  const creation = record.creation;
  return compact({
    id,
    name: pick(record, isString, 'name', 'subject', 'Name'),
    description: pick(record, isString, 'topic', 'desc', 'description', 'Topic'),
    ownerJid: pick(record, isString, 'ownerJid', 'owner', 'OwnerJID'),
    participantsCount: count(record),
    createdAt: created ?? isoFromSeconds(creation),
    isAnnounce: pick(record, isBoolean, 'isAnnounce', 'announce', 'IsAnnounce'),
    isLocked: pick(record, isBoolean, 'isLocked', 'restrict', 'IsLocked'),
  });
}

/** `{id}`, `{jid}`, `{success, group: {…}}`, `{id, name, participantsCount}`. */
export function readJoinResult(answer: Answer): JoinGroupResult {
  const record = subject(answer, 'group');
  const id = record && pick(record, isString, 'id', 'jid', 'JID');
  if (!record || !id) throw unusable(answer, 'joined group id');
  return compact({
    id,
    name: pick(record, isString, 'name', 'subject', 'Name'),
    participantsCount: count(record),
  });
}
