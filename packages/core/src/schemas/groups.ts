// The Groups area's wire (docs/contract.md, "Groups"): each method's input, checked and turned into
// what is sent, and each answer in every dialect read into its one result.
import * as z from 'zod/mini';
import type { Answer, Reader } from '../http/answer';
import { isRecord } from '../http/body';
import { payload, readVoid, readWith, unusable } from './answer';
import { firstOf } from './check';
import { type Group, type GroupParticipant, group, participants } from './group';
import { participantsFormat } from './options';
import {
  base64,
  boolean,
  httpUrl,
  integer,
  listOf,
  mimetype,
  oneOf,
  participantId,
  participantList,
  strictGroupId,
  strictSessionId,
  text,
} from './primitives';

// ── results ──────────────────────────────────────────────────────────────────────────────────────

export interface GroupsCount {
  total: number;
  /** Counts by status (`active`, `archived`, …) where the server gives them. */
  byStatus?: Record<string, number>;
}

export interface Picture {
  /** `null`: no picture (or hidden by privacy settings). */
  url: string | null;
  format?: string;
  size?: number;
}

export interface AdminOnlySetting {
  enabled: boolean;
  /** ISO 8601, where the server says. */
  changedAt?: string;
  changedBy?: string;
}

export interface ParticipantsUpdateResult {
  /** One entry per requested participant, in the order asked. */
  results: Array<{ id: string; ok: boolean; status?: number; reason?: string }>;
  raw: unknown;
}

/** A new group: its name and first members (phones or JIDs, or `{ id, isAdmin? }`). */
export interface CreateGroupInput {
  name: string;
  participants: Array<string | { id: string; isAdmin?: boolean }>;
  /** Passed on; a WAHA engine ignores it. */
  description?: string;
  /** Passed on; a WAHA engine ignores it. */
  pictureUrl?: string;
  /** Passed on; a WAHA engine ignores it. */
  tags?: string[];
}

export interface GetGroupsParams {
  /** `id` and `subject` are known to work everywhere; other values are passed on as given. */
  sortBy?: 'id' | 'subject' | (string & {});
  sortOrder?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
  /** `['participants']` leaves the participant lists out (smaller answers). */
  exclude?: string[];
  status?: string;
  search?: string;
  tags?: string[];
}

/** A picture by URL (`format` default jpeg) or as base64 / a `data:` URI. */
export type SetGroupPictureInput =
  | { url: string; format?: 'jpeg' | 'png' | 'webp'; cropToSquare?: boolean }
  | { data: string; mimetype?: string };

/**
 * Who to add, remove, promote or demote: phones (`+49 170 1234567`) or user JIDs. `participantsFormat:
 * 'objects'` sends `[{ id }]`, as a self-hosted WAHA engine needs (else the client's setting).
 */
export type ParticipantsChange =
  | string[]
  | { participants: string[]; notify?: boolean; participantsFormat?: 'strings' | 'objects' };

// ── inputs ───────────────────────────────────────────────────────────────────────────────────────

const optional = z.optional;
const aString = z.custom<string>((value) => typeof value === 'string');

/** The ids every group method starts with. */
export const inGroup = { sessionId: strictSessionId, groupId: strictGroupId };

/** A member of a new group: a phone or JID, or `{ id, isAdmin? }`. */
const newMember = firstOf(
  [
    z.pipe(
      participantId,
      z.transform((id) => ({ id })),
    ),
    z.object({ id: participantId, isAdmin: optional(boolean('isAdmin')) }),
  ],
  'each participant must be a phone number or JID, or { id, isAdmin? }',
);

export const createGroupInput = z.object(
  {
    name: text('name'),
    participants: listOf(newMember, 'participants must be a non-empty list', 1),
    description: optional(
      z.custom<string>((v) => typeof v === 'string', { error: 'description must be a string' }),
    ),
    pictureUrl: optional(httpUrl('pictureUrl')),
    tags: optional(listOf(text('each tag'), 'tags must be a list of strings')),
  },
  { error: 'createGroup expects { name, participants, … }' },
);

export const listGroupsInput = z.object(
  {
    sortBy: optional(text('sortBy')),
    sortOrder: optional(oneOf('sortOrder', ['asc', 'desc'])),
    limit: optional(integer('limit', 1)),
    offset: optional(integer('offset', 0)),
    exclude: optional(listOf(text('each exclude value'), "exclude must be a list such as ['participants']")),
    status: optional(text('status')),
    search: optional(text('search')),
    tags: optional(listOf(text('each tag'), 'tags must be a list of strings')),
  },
  { error: 'getGroups expects { sortBy?, sortOrder?, limit?, offset?, exclude? }' },
);

/** A picture by URL or as base64: sent in the Wasend form and in the engine's `file` form. */
export const setPictureInput = firstOf(
  [
    z.pipe(
      z.object({
        url: httpUrl('url'),
        format: optional(oneOf('format', ['jpeg', 'png', 'webp'])),
        cropToSquare: optional(boolean('cropToSquare')),
      }),
      z.transform(({ url, format, cropToSquare }) => ({
        url,
        format,
        cropToSquare,
        file: { url, mimetype: `image/${format ?? 'jpeg'}` },
      })),
    ),
    z.pipe(
      z.object({ data: base64('data'), mimetype: optional(mimetype('mimetype', 'image')) }),
      z.transform(({ data, mimetype: given }) => {
        const type = given ?? data.mimetype ?? 'image/jpeg';
        return { data: data.data, mimetype: type, file: { data: data.data, mimetype: type } };
      }),
    ),
  ],
  'setGroupPicture expects { url, format?, cropToSquare? } or { data, mimetype }',
);

/** A string, or the object of the one field `name` holding it. */
const valueOr = <Schema extends z.ZodMiniType<string>>(name: string, schema: Schema) =>
  firstOf(
    [
      schema,
      z.pipe(
        z.object({ [name]: schema }),
        z.transform((o) => o[name] as z.output<Schema>),
      ),
    ],
    `expected a string or { ${name} }`,
  );

/** Any string, '' included (it clears the description). */
export const descriptionInput = valueOr('description', aString);
export const subjectInput = valueOr('subject', text('subject'));

/** `true`/`false`, `{ enabled }` or `{ adminsOnly }`. */
export const adminOnlyInput = firstOf(
  [
    boolean('enabled'),
    z.pipe(
      z.object({ enabled: boolean('enabled') }),
      z.transform((o) => o.enabled),
    ),
    z.pipe(
      z.object({ adminsOnly: boolean('adminsOnly') }),
      z.transform((o) => o.adminsOnly),
    ),
  ],
  'expected true/false, { enabled } or { adminsOnly }',
);

/** A list of participants, or `{ participants, notify?, participantsFormat? }`: the first bad member's own message. */
export const participantsInput = z.pipe(
  z.transform((value: unknown) => (Array.isArray(value) ? { participants: value } : value)),
  z.object(
    {
      participants: participantList,
      notify: optional(boolean('notify')),
      participantsFormat: optional(participantsFormat),
    },
    { error: 'expected a list of participants or { participants, notify? }' },
  ),
);

// ── answers ──────────────────────────────────────────────────────────────────────────────────────

/** An array, `{ groups }`, or NOWEB's object keyed by group id → the list. */
export const groupList = listOf(group, 'group list', 0, (value) =>
  Array.isArray(value)
    ? value
    : isRecord(value)
      ? Array.isArray(value.groups)
        ? value.groups
        : Object.values(value)
      : undefined,
);

const total = z.custom<number>((value) => Number.isInteger(value) && (value as number) >= 0);

/** `{ total, byStatus? }` (Wasend) or `{ count }` (the engine). */
export const groupsCount = z.pipe(
  // Checked by hand, not by z.object: that would drop `byStatus`.
  z.custom<Record<string, unknown>>(
    (value) => isRecord(value) && [value.total ?? value.count].some((n) => z.safeParse(total, n).success),
  ),
  z.transform((record): GroupsCount => {
    const out: GroupsCount = { total: (record.total ?? record.count) as number };
    if (isRecord(record.byStatus)) {
      const byStatus: Record<string, number> = {};
      for (const [status, n] of Object.entries(record.byStatus))
        if (Number.isFinite(Number(n))) byStatus[status] = Number(n);
      out.byStatus = byStatus;
    }
    return out;
  }),
);

/** `{ url }` (WAHA), `{ url, format, size }` (Wasend), `{ picture: { url, type, size } }` (docs), `{ profilePictureURL }`. */
export const picture = z.pipe(
  z.custom<Record<string, unknown>>(
    (value) =>
      isRecord(value) &&
      [value.url, value.profilePictureURL].some((url) => url === null || typeof url === 'string'),
  ),
  z.transform((record): Picture => {
    const url = (record.url ?? record.profilePictureURL ?? null) as string | null;
    const out: Picture = { url: url === '' ? null : url };
    const format = record.format ?? record.type;
    if (typeof format === 'string') out.format = format;
    if (Number.isFinite(record.size)) out.size = record.size as number;
    return out;
  }),
);

/** `{ enabled, changedAt?, changedBy? }` (Wasend) or `{ adminsOnly }` (the engine). */
export const adminOnly = z.pipe(
  z.custom<Record<string, unknown>>(
    (value) => isRecord(value) && typeof (value.enabled ?? value.adminsOnly) === 'boolean',
  ),
  z.transform((record): AdminOnlySetting => {
    const out: AdminOnlySetting = { enabled: (record.enabled ?? record.adminsOnly) as boolean };
    if (typeof record.changedAt === 'string') out.changedAt = record.changedAt;
    if (typeof record.changedBy === 'string') out.changedBy = record.changedBy;
    return out;
  }),
);

export const participantsList = z.pipe(
  listOf(z.custom<unknown>(), 'participant list', 0, (value) =>
    Array.isArray(value)
      ? value
      : isRecord(value) && Array.isArray(value.participants)
        ? value.participants
        : undefined,
  ),
  participants,
);

export const readGroup: Reader<Group> = readWith(group, 'group', 'group info');
export const readGroups: Reader<Group[]> = readWith(groupList, 'group list', 'groups');
export const readGroupsCount: Reader<GroupsCount> = readWith(groupsCount, 'group count');
export const readPicture: Reader<Picture> = readWith(picture, 'picture', 'picture');
export const readAdminOnly: Reader<AdminOnlySetting> = readWith(adminOnly, 'admin-only setting');
export const readParticipants: Reader<GroupParticipant[]> = readWith(
  participantsList,
  'participant list',
  'participants',
);

// ── participant changes ──────────────────────────────────────────────────────────────────────────

type Outcome = { ok: boolean; status?: number; reason?: string };

/** What identifies a person across JID forms: the digits before '@' (engines answer `@s.whatsapp.net`, `@c.us` or `@lid`). */
const person = (id: string): string => id.split('@')[0] as string;

const idOf = (entry: Record<string, unknown>): unknown =>
  entry.jid ?? entry.JID ?? entry.id ?? (entry.id as { _serialized?: unknown } | undefined)?._serialized;

/** An entry's outcome: a status (NOWEB's string, WEBJS's `code`), GOWS's numeric `Error` (0 = none), or a docs list. */
function outcomeOf(entry: Record<string, unknown>, fallback: boolean): Outcome {
  const reason = entry.reason ?? entry.message ?? entry.content;
  const raw = entry.status ?? entry.code;
  const out: Outcome = { ok: fallback };
  if (raw !== undefined && Number.isFinite(Number(raw))) {
    out.status = Number(raw);
    out.ok = out.status >= 200 && out.status < 300;
  } else if (typeof entry.Error === 'number') {
    out.ok = entry.Error === 0;
    if (!out.ok) out.status = entry.Error;
  }
  if (typeof reason === 'string' && reason !== '') out.reason = reason;
  return out;
}

/** Every per-participant outcome an answer names, by person. */
function outcomes(body: unknown): Map<string, Outcome> | Outcome {
  const found = new Map<string, Outcome>();
  const add = (entry: unknown, ok: boolean) => {
    if (typeof entry === 'string') found.set(person(entry), { ok });
    else if (isRecord(entry) && typeof idOf(entry) === 'string')
      found.set(person(idOf(entry) as string), outcomeOf(entry, ok));
  };
  if (Array.isArray(body)) for (const entry of body) add(entry, true);
  else if (isRecord(body)) {
    const lists = ['added', 'removed', 'promoted', 'demoted', 'failed'].filter((k) => Array.isArray(body[k]));
    for (const key of lists) for (const entry of body[key] as unknown[]) add(entry, key !== 'failed');
    // WEBJS: one outcome for the whole call, or an object keyed by participant.
    if (!lists.length && (body.status !== undefined || body.code !== undefined)) return outcomeOf(body, true);
    if (!lists.length)
      for (const [id, entry] of Object.entries(body))
        if (id.includes('@') && isRecord(entry)) found.set(person(id), outcomeOf(entry, true));
  }
  return found;
}

/**
 * One result per requested participant, matched to the answer by person. Per-participant refusals
 * are results, not errors; an empty or unrecognised answer means every change was applied.
 */
export function readParticipantsUpdate(answer: Answer, requested: string[]): ParticipantsUpdateResult {
  // A bare `false` refuses the whole change, as for any other change.
  readVoid(answer);
  const raw = payload(answer.body);
  if (raw !== undefined && !Array.isArray(raw) && !isRecord(raw) && typeof raw !== 'boolean')
    throw unusable(answer, 'participant results');
  const found = outcomes(raw);
  return {
    results: requested.map((id) => ({
      id,
      ...(found instanceof Map ? (found.get(person(id)) ?? { ok: true }) : found),
    })),
    raw,
  };
}
