// Joining a group by its invite, as zod/mini schemas: the code or link going out, and every dialect
// of the join-info and join answers (docs/contract.md §3–4) coming back.
import * as z from 'zod/mini';
import type { Reader } from '../http/answer';
import { readByKeys } from './answer';
import { firstOf } from './check';
import { count, flag, list, text } from './fields';
import { aString, fieldOf, inviteCode } from './invite';

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

/** `joinGroup`'s second argument: a code or link, or `{ code }` | `{ inviteCode }` | `{ inviteLink }`. */
export const joinGroupInput = /* @__PURE__ */ z.pipe(
  firstOf(
    [aString, fieldOf('code', aString), fieldOf('inviteCode', aString), fieldOf('inviteLink', aString)],
    'joinGroup expects a code or link, or { code } | { inviteCode } | { inviteLink }',
  ),
  inviteCode,
);

// ── answers ──────────────────────────────────────────────────────────────────────────────────────

/** A field's value when it has the expected type, else left out: one odd field never fails an answer. */
const lenient = <Schema extends z.ZodMiniType>(schema: Schema) =>
  z.optional(firstOf([schema, z.transform((): undefined => undefined)]));

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
export const joinInfoCamel = /* @__PURE__ */ groupDialect<GroupJoinInfo>({
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
export const joinInfoPascal = /* @__PURE__ */ groupDialect<GroupJoinInfo>({
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
export const joinInfoBaileys = /* @__PURE__ */ groupDialect<GroupJoinInfo>({
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

/** WhatsApp Web's own object (WEBJS): Baileys' field names, but ids as `{ _serialized }` objects. */
export const joinInfoWebjs = /* @__PURE__ */ z.pipe(
  z.transform((body: unknown) => {
    const record = { ...(body as Record<string, unknown>) };
    for (const key of ['id', 'owner']) {
      const id = record[key] as { _serialized?: unknown } | undefined;
      if (typeof id?._serialized === 'string') record[key] = id._serialized;
    }
    return record;
  }),
  joinInfoBaileys,
);

/** Join-info answers by the key that names the dialect; `id` is Baileys' or WEBJS' (a serialised id). */
export const joinInfoDialects = { JID: joinInfoPascal, jid: joinInfoCamel, id: joinInfoWebjs };

/** `{ id, name?, participantsCount? }`: every engine's `{ id }`, and the docs' group inside `group`. */
export const joinResultById = /* @__PURE__ */ groupDialect<JoinGroupResult>({
  id: 'id',
  name: 'name',
  participantsCount: 'participantsCount',
});
/** The Go engine's `{ jid }` (or `{ JID }`). */
export const joinResultByJid = /* @__PURE__ */ groupDialect<JoinGroupResult>({ id: 'jid' });
export const joinResultByJID = /* @__PURE__ */ groupDialect<JoinGroupResult>({ id: 'JID' });

export const joinResultDialects = { id: joinResultById, jid: joinResultByJid, JID: joinResultByJID };

// ── readers: an answer, whatever its dialect, → the one result ────────────────────────────────────

/** docs wrapper, unwrapped camelCase, PascalCase (Go engine) and Baileys (unix-seconds `creation`). */
export const readJoinInfo: Reader<GroupJoinInfo> = /* @__PURE__ */ readByKeys(
  joinInfoDialects,
  'group join info',
  'data',
);

/** `{ id }`, `{ jid }`, `{ success, group: { … } }`, `{ id, name, participantsCount }`. */
export const readJoinResult: Reader<JoinGroupResult> = /* @__PURE__ */ readByKeys(
  joinResultDialects,
  'joined group id',
  'group',
);
