// The invite family's wire, as zod/mini schemas: each endpoint's input, and every answer dialect of
// docs/contract.md §1–4, each turned into its one result type.
import * as z from 'zod/mini';
import type { Answer, Reader } from '../http/answer';
import { matchInviteCode } from '../inviteLink';
import { isIdSegment } from '../path';
import { readByKeys, unusable } from './answer';
import { parseByKeys } from './byKeys';

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

// ── inputs ───────────────────────────────────────────────────────────────────────────────────────

/**
 * A session, group, chat or message id (what `isIdSegment` accepts): a string that is not '', '.' or
 * '..', holds no lone surrogate, and none of `/ \ ? # ; %` or a control character, which no WhatsApp
 * id holds and a decoding hop would turn into path or query syntax.
 */
const pathId = (name: string) =>
  z.custom<string>(isIdSegment, {
    error: `${name} must be an id: not '', '.' or '..', without / \\ ? # ; % or control characters`,
  });

export const sessionId = pathId('sessionId');
export const groupId = pathId('groupId');

const aString = z.custom<string>((value) => typeof value === 'string');

const NO_CODE = 'expected a WhatsApp group invite code or link';

/** A code or any link form of docs/contract.md ("Invite codes and links") → the bare code. */
export const inviteCode = z.pipe(
  z.custom<string>((text) => typeof text === 'string' && matchInviteCode(text) !== undefined, {
    error: NO_CODE,
  }),
  z.transform((text) => matchInviteCode(text) as string),
);

/** The value of the one field `name` of an object, checked by `schema`. */
const fieldOf = <Name extends string, Schema extends z.ZodMiniType<string>>(name: Name, schema: Schema) =>
  z.pipe(
    z.object({ [name]: schema } as Record<Name, Schema>),
    z.transform((record) => (record as Record<string, string>)[name] as string),
  );

/** `joinGroup`'s second argument: a code or link, or `{ code }` | `{ inviteCode }` | `{ inviteLink }`. */
export const joinGroupInput = z.pipe(
  z.union(
    [aString, fieldOf('code', aString), fieldOf('inviteCode', aString), fieldOf('inviteLink', aString)],
    {
      error: 'joinGroup expects a code or link, or { code } | { inviteCode } | { inviteLink }',
    },
  ),
  inviteCode,
);

// ── answers ──────────────────────────────────────────────────────────────────────────────────────

/** A field's value when it has the expected type, else left out: one odd field never fails an answer. */
const lenient = <Schema extends z.ZodMiniType>(schema: Schema) =>
  z.optional(z.union([schema, z.transform((): undefined => undefined)]));

const text = z.custom<string>((value) => typeof value === 'string' && value !== '');
const count = z.custom<number>((value) => Number.isInteger(value) && (value as number) >= 0);
const flag = z.custom<boolean>((value) => typeof value === 'boolean');
const list = z.custom<unknown[]>(Array.isArray);

/**
 * Invite code (and revoke) answers that are JSON objects, by the key that names the dialect:
 * docs `{ success, inviteCode }`, `{ code }`, `{ inviteLink }`, `{ link }`.
 */
export const inviteCodeDialects = {
  inviteCode: fieldOf('inviteCode', inviteCode),
  code: fieldOf('code', inviteCode),
  inviteLink: fieldOf('inviteLink', inviteCode),
  link: fieldOf('link', inviteCode),
};

/** Unix seconds → ISO 8601; undefined beyond Date's range (toISOString would throw). */
function isoFromSeconds(seconds: number): string | undefined {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The fields a group answer can carry, each with its schema and how it becomes a result field. */
const GROUP_FIELDS = {
  id: text,
  name: text,
  description: text,
  ownerJid: text,
  participantsCount: count,
  /** A participant list: its length is the count when no count is given. */
  participants: list,
  createdAt: text,
  /** Unix seconds (Baileys `creation`) → `createdAt`. */
  createdAtSeconds: count,
  isAnnounce: flag,
  isLocked: flag,
};
type GroupField = keyof typeof GROUP_FIELDS;

/**
 * One dialect of a group answer, as the name it gives each field: a schema that requires the id,
 * reads every other field leniently, and turns the body into the one result (undefined fields left out).
 */
function groupDialect<Result>(names: { id: string } & Partial<Record<GroupField, string>>) {
  const entries = Object.entries(names) as [GroupField, string][];
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [field, name] of entries) shape[name] = field === 'id' ? text : lenient(GROUP_FIELDS[field]);
  return z.pipe(
    z.object(shape),
    z.transform((body: Record<string, unknown>): Result => {
      const out: Record<string, unknown> = {};
      for (const [field, name] of entries) if (body[name] !== undefined) out[field] = body[name];
      const { participants, createdAtSeconds } = out as {
        participants?: unknown[];
        createdAtSeconds?: number;
      };
      delete out.participants;
      delete out.createdAtSeconds;
      if (out.participantsCount === undefined && participants) out.participantsCount = participants.length;
      if (createdAtSeconds !== undefined) {
        const iso = isoFromSeconds(createdAtSeconds);
        if (iso) out.createdAt = iso;
      }
      return out as Result;
    }),
  );
}

/** docs (inside `data`) and unwrapped camelCase: `{ jid, name, topic, ownerJid, participantsCount, … }`. */
export const joinInfoCamel = groupDialect<GroupJoinInfo>({
  id: 'jid',
  name: 'name',
  description: 'topic',
  ownerJid: 'ownerJid',
  participantsCount: 'participantsCount',
  participants: 'participants',
  createdAt: 'groupCreated',
  isAnnounce: 'isAnnounce',
  isLocked: 'isLocked',
});

/** The Go engine's PascalCase `GroupInfo`: `{ JID, Name, Topic, OwnerJID, Participants | ParticipantCount, … }`. */
export const joinInfoPascal = groupDialect<GroupJoinInfo>({
  id: 'JID',
  name: 'Name',
  description: 'Topic',
  ownerJid: 'OwnerJID',
  participantsCount: 'ParticipantCount',
  participants: 'Participants',
  createdAt: 'GroupCreated',
  isAnnounce: 'IsAnnounce',
  isLocked: 'IsLocked',
});

/** Baileys group metadata (NOWEB): `{ id, subject, desc, owner, size | participants, creation (unix s), … }`. */
export const joinInfoBaileys = groupDialect<GroupJoinInfo>({
  id: 'id',
  name: 'subject',
  description: 'desc',
  ownerJid: 'owner',
  participantsCount: 'size',
  participants: 'participants',
  createdAtSeconds: 'creation',
  isAnnounce: 'announce',
  isLocked: 'restrict',
});

/** Join-info answers by the key that names the dialect (a docs `data` wrapper is unwrapped first). */
export const joinInfoDialects = { JID: joinInfoPascal, jid: joinInfoCamel, id: joinInfoBaileys };

/** `{ id, name?, participantsCount? }`: every engine's `{ id }`, and the docs' group inside `group`. */
export const joinResultById = groupDialect<JoinGroupResult>({
  id: 'id',
  name: 'name',
  participantsCount: 'participantsCount',
});
/** The Go engine's `{ jid }` (or `{ JID }`). */
export const joinResultByJid = groupDialect<JoinGroupResult>({ id: 'jid' });
export const joinResultByJID = groupDialect<JoinGroupResult>({ id: 'JID' });

export const joinResultDialects = { id: joinResultById, jid: joinResultByJid, JID: joinResultByJID };

// ── readers: an answer, whatever its dialect, → the one result ────────────────────────────────────

/**
 * Any form of docs/contract.md §1: the bare code or a link as text whatever the content type (waha,
 * gows), a JSON string literal (also sent as text), or an object by its key (`inviteCode`, `code`,
 * `inviteLink`, `link`, also inside `data`). The raw text is tried before any JSON parsing, so an
 * all-digit code keeps every digit.
 */
export function readInviteCode(answer: Answer): string {
  // The text dialects (waha, gows) are picked by their content: a code or link is the whole text.
  const whole = matchInviteCode(answer.text);
  if (whole !== undefined) return whole;
  let body = answer.body;
  // A JSON string literal sent as text or without a type. Only then: a body already parsed to a
  // string (`"1234…"` as JSON) must not be parsed again, or an all-digit code would become a number.
  if (typeof body === 'string' && body.trim().startsWith('"')) {
    try {
      body = JSON.parse(body.trim());
    } catch {
      // plain text that is no code: fails below
    }
  }
  const code =
    typeof body === 'string' ? matchInviteCode(body) : parseByKeys(body, inviteCodeDialects, 'data');
  if (code === undefined) throw unusable(answer, 'invite code');
  return code;
}

/** docs wrapper, unwrapped camelCase, PascalCase (Go engine) and Baileys (unix-seconds `creation`). */
export const readJoinInfo: Reader<GroupJoinInfo> = readByKeys(joinInfoDialects, 'group join info', 'data');

/** `{ id }`, `{ jid }`, `{ success, group: { … } }`, `{ id, name, participantsCount }`. */
export const readJoinResult: Reader<JoinGroupResult> = readByKeys(
  joinResultDialects,
  'joined group id',
  'group',
);
