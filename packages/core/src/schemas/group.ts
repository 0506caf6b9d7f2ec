// A group and its participants as every backend spells them (docs/contract.md, "Groups"), read into
// the one `Group` and `GroupParticipant`. Each dialect is a list of where each field may be found;
// the first place holding a value of the right type wins, and a field found nowhere stays undefined.
import * as z from 'zod/mini';
import { isRecord } from '../http/body';
import { count, first, flag, list, text } from './fields';

export type GroupRole = 'participant' | 'admin' | 'superadmin';

export interface GroupParticipant {
  /** The participant's JID as the server gave it. */
  id: string;
  phoneNumber?: string;
  lid?: string;
  role: GroupRole;
  /** True for admins and the superadmin. */
  isAdmin: boolean;
  isSuperAdmin: boolean;
  displayName?: string;
}

export interface Group {
  id: string;
  name?: string;
  description?: string;
  ownerJid?: string;
  /** ISO 8601. */
  createdAt?: string;
  /** Only admins may send messages. */
  isAnnounce?: boolean;
  /** Only admins may edit the group's info. */
  isLocked?: boolean;
  participantsCount?: number;
  participants?: GroupParticipant[];
  /** The group as the server sent it (after unwrapping). */
  raw: unknown;
}

/** A time from Unix seconds or a date string; none for anything else and for the Go zero time (year 1). */
const toDate = (value: unknown): Date | undefined => {
  const date =
    typeof value === 'number'
      ? new Date(value * 1000)
      : typeof value === 'string' && value
        ? new Date(value)
        : undefined;
  return date && !Number.isNaN(date.getTime()) && date.getUTCFullYear() > 1 ? date : undefined;
};

/** A time as ISO 8601. */
export const isoTime = z.pipe(
  z.custom<string | number>((value) => toDate(value) !== undefined),
  z.transform((value) => (toDate(value) as Date).toISOString()),
);

/** Where each field of a participant may be found, in every spelling (SDK, GOWS, NOWEB, WEBJS, WAHA v2, docs). */
function readParticipant(entry: unknown): GroupParticipant | undefined {
  const id = first(entry, 'jid JID id id._serialized', text);
  const role = first(entry, 'role admin', text);
  if (id === undefined || role === 'left') return undefined;
  const isSuperAdmin = role === 'superadmin' || first(entry, 'isSuperAdmin IsSuperAdmin', flag) === true;
  const isAdmin =
    isSuperAdmin ||
    role === 'admin' ||
    (role === undefined && first(entry, 'isAdmin IsAdmin', flag) === true);
  const participant: GroupParticipant = {
    id,
    role: isSuperAdmin ? 'superadmin' : isAdmin ? 'admin' : 'participant',
    isAdmin,
    isSuperAdmin,
  };
  const phoneNumber = first(entry, 'phoneNumber PhoneNumber pn', text);
  const lid = first(entry, 'lid LID', text);
  const displayName = first(entry, 'displayName DisplayName', text);
  if (phoneNumber) participant.phoneNumber = phoneNumber;
  if (lid) participant.lid = lid;
  if (displayName) participant.displayName = displayName;
  return participant;
}

/** A participant list in any spelling; entries without an id, and those that left, are dropped. */
export const participants = z.pipe(
  list,
  z.transform((entries) => entries.flatMap((entry) => readParticipant(entry) ?? [])),
);

/** Where each field of a group may be found, first place first (docs/contract.md, "Groups"). */
const GROUP_PLACES = {
  id: 'jid JID id id._serialized gid._serialized',
  name: 'name Name subject title',
  description: 'description topic Topic desc',
  ownerJid: 'ownerJid OwnerJID owner owner.jid owner._serialized groupMetadata.owner._serialized',
  createdAt: 'groupCreated GroupCreated createdAt creation groupMetadata.creation',
  isAnnounce:
    'isAnnounce IsAnnounce announce settings.messagesAdminOnly settings.announce groupMetadata.announce',
  isLocked: 'isLocked IsLocked restrict settings.infoAdminOnly settings.restrict groupMetadata.restrict',
  participantsCount: 'participantsCount ParticipantCount size',
  participants: 'participants Participants groupMetadata.participants',
};

const FIELD_SCHEMAS: Record<keyof typeof GROUP_PLACES, z.ZodMiniType> = {
  id: text,
  name: text,
  description: text,
  ownerJid: text,
  createdAt: isoTime,
  isAnnounce: flag,
  isLocked: flag,
  participantsCount: count,
  participants,
};

/** Any backend's group object → `Group` (with `raw`); not an object with an id → the schema fails. */
export const group = z.pipe(
  z.custom<Record<string, unknown>>(
    (value) => isRecord(value) && first(value, GROUP_PLACES.id, text) !== undefined,
  ),
  z.transform((record) => {
    const out: Record<string, unknown> = {};
    for (const [field, places] of Object.entries(GROUP_PLACES)) {
      const value = first(record, places, FIELD_SCHEMAS[field as keyof typeof GROUP_PLACES]);
      if (value !== undefined) out[field] = value;
    }
    const { participants: people } = out as { participants?: GroupParticipant[] };
    if (out.participantsCount === undefined && people) out.participantsCount = people.length;
    out.raw = record;
    return out as unknown as Group;
  }),
);
