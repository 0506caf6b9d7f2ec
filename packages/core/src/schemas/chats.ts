// The Chats, Contacts and Account areas (docs/contract.md, "Chats", "Contacts", "Account"): their
// query inputs, and every backend's chats, overviews, contacts and lookups read into one result each.
import * as z from 'zod/mini';
import type { Answer, Reader } from '../http/answer';
import { isRecord } from '../http/body';
import { payload, readWith, unusable } from './answer';
import { finite, first, flag, isText, text as nonEmpty, put } from './fields';
import { type Message, message } from './message';
import { boolean, chatId, integer, listOf, oneOf, participantId, text } from './primitives';

export interface Chat {
  id: string;
  name?: string;
  isGroup: boolean;
  /** Unix seconds of the last activity. */
  timestamp?: number;
  unreadCount?: number;
  archived?: boolean;
  pinned?: boolean;
  raw: unknown;
}

export interface ChatOverview {
  id: string;
  name?: string;
  /** The chat's picture URL. */
  picture?: string;
  lastMessage?: Message;
  isGroup: boolean;
  raw: unknown;
}

export interface Contact {
  id: string;
  name?: string;
  pushName?: string;
  phoneNumber?: string;
  raw: unknown;
}

export interface NumberExistence {
  exists: boolean;
  /** The digits looked up. */
  phone: string;
  /** The chat to write to, when the number is on WhatsApp. */
  chatId?: string;
}

export interface Account {
  id: string;
  name?: string;
  plan?: string;
  raw: unknown;
}

export interface ChatsParams {
  /** 0 is left out, as the official client does. */
  limit?: number;
  offset?: number;
  sortBy?: 'conversationTimestamp' | 'id' | 'name' | (string & {});
  sortOrder?: 'asc' | 'desc';
}

export interface OverviewParams {
  limit?: number;
  offset?: number;
  /** Only these chats (phones or JIDs). */
  ids?: string[];
}

export interface MessagesParams {
  limit: number;
  offset?: number;
  /** Default false: media stays on the server unless asked (answers stay small and in time). */
  downloadMedia?: boolean;
  sortOrder?: 'asc' | 'desc';
  filter?: {
    /** Unix seconds. */
    timestampGte?: number;
    timestampLte?: number;
    fromMe?: boolean;
    /** A number (-1…4) or its name (ERROR, PENDING, SERVER, DEVICE, READ, PLAYED). */
    ack?: number | string;
  };
}

export interface ContactsParams {
  sortBy?: 'id' | 'name';
  sortOrder?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

// ── inputs ──────────────────────────────────────────────────────────────────────────────────────

const optional = z.optional;
const sortOrder = optional(oneOf('sortOrder', ['asc', 'desc']));

export const chatsParams = z.object(
  {
    limit: optional(integer('limit', 0)),
    offset: optional(integer('offset', 0)),
    sortBy: optional(text('sortBy')),
    sortOrder,
  },
  { error: 'expected { limit?, offset?, sortBy?, sortOrder? }' },
);

export const overviewParams = z.object(
  {
    limit: optional(integer('limit', 1)),
    offset: optional(integer('offset', 0)),
    ids: optional(listOf(chatId, 'ids must be a list of chats')),
  },
  { error: 'expected { limit?, offset?, ids? }' },
);

export const readParams = z.object(
  { messages: optional(integer('messages', 1)), days: optional(integer('days', 1)) },
  { error: 'expected { messages?, days? }' },
);

const ACKS = ['ERROR', 'PENDING', 'SERVER', 'DEVICE', 'READ', 'PLAYED'];

/** An ack as its name (the engine takes one name): -1…4 or a name, case as given. */
const ack = z.pipe(
  z.custom<number | string>(
    (v) =>
      (Number.isInteger(v) && (v as number) >= -1 && (v as number) <= 4) ||
      ACKS.includes(String(v).toUpperCase()),
    { error: 'filter.ack must be -1…4 or one of ERROR, PENDING, SERVER, DEVICE, READ, PLAYED' },
  ),
  z.transform((v) => (typeof v === 'number' ? (ACKS[v + 1] as string) : v.toUpperCase())),
);

/** The message list's parameters → its flat query names (`filter.timestamp.gte`, …). */
export const messagesParams = z.pipe(
  z.object(
    {
      limit: integer('limit', 1),
      offset: optional(integer('offset', 0)),
      downloadMedia: optional(boolean('downloadMedia')),
      sortOrder,
      filter: optional(
        z.object(
          {
            timestampGte: optional(integer('filter.timestampGte', 0)),
            timestampLte: optional(integer('filter.timestampLte', 0)),
            fromMe: optional(boolean('filter.fromMe')),
            ack: optional(ack),
          },
          { error: 'filter must be { timestampGte?, timestampLte?, fromMe?, ack? }' },
        ),
      ),
    },
    { error: 'getMessages expects { limit, offset?, downloadMedia?, sortOrder?, filter? }' },
  ),
  z.transform(({ filter, downloadMedia, ...rest }) => ({
    ...rest,
    downloadMedia: downloadMedia ?? false,
    'filter.timestamp.gte': filter?.timestampGte,
    'filter.timestamp.lte': filter?.timestampLte,
    'filter.fromMe': filter?.fromMe,
    'filter.ack': filter?.ack,
  })),
);

export const contactsParams = z.object(
  {
    sortBy: optional(oneOf('sortBy', ['id', 'name'])),
    sortOrder,
    limit: optional(integer('limit', 1)),
    offset: optional(integer('offset', 0)),
  },
  { error: 'expected { sortBy?, sortOrder?, limit?, offset? }' },
);

/** A contact id or `{ contactId }`: a phone (sent as `<digits>@c.us`) or a user JID. */
export const contactIdInput = z.pipe(
  z.transform((v: unknown) => (isRecord(v) && 'contactId' in v ? v.contactId : v)),
  participantId,
);

// ── answers ─────────────────────────────────────────────────────────────────────────────────────

/** A chat's, contact's or account's id: a string, or WhatsApp Web's `id._serialized`. */
const idOf = (record: Record<string, unknown>) => first(record, 'id id._serialized', nonEmpty);
const withId = (v: unknown): v is Record<string, unknown> => isRecord(v) && idOf(v) !== undefined;

/** A group chat: the flag when the backend gives one, else a group's JID. */
const isGroup = (record: Record<string, unknown>, id: string) =>
  first(record, 'isGroup', flag) ?? id.endsWith('@g.us');

/** A chat: GOWS `{ id, name, conversationTimestamp }`, Baileys' chats, WhatsApp Web's, the service's. */
export const chat = z.pipe(
  z.custom<Record<string, unknown>>(withId),
  z.transform((record): Chat => {
    const id = idOf(record) as string;
    const out: Record<string, unknown> = { id, isGroup: isGroup(record, id) };
    put(out, 'name', first(record, 'name', nonEmpty));
    put(out, 'timestamp', first(record, 'timestamp conversationTimestamp t', finite));
    put(out, 'unreadCount', first(record, 'unreadCount', finite));
    put(out, 'archived', first(record, 'archived', flag));
    // Baileys gives the pin's time instead of a flag.
    const pinTime = first(record, 'pinned', finite);
    put(out, 'pinned', pinTime === undefined ? first(record, 'pinned', flag) : pinTime > 0);
    out.raw = record;
    return out as unknown as Chat;
  }),
);

export const overview = z.pipe(
  z.custom<Record<string, unknown>>(withId),
  z.transform((record): ChatOverview => {
    const id = idOf(record) as string;
    const out: Record<string, unknown> = { id, isGroup: isGroup(record, id) };
    put(out, 'name', first(record, 'name', nonEmpty));
    put(out, 'picture', first(record, 'picture', nonEmpty));
    put(out, 'lastMessage', first(record, 'lastMessage', message));
    out.raw = record;
    return out as unknown as ChatOverview;
  }),
);

/** A contact: `pushName` or `pushname`; the phone from `phoneNumber`, `number`, else a `@c.us` id's digits. */
export const contact = z.pipe(
  z.custom<Record<string, unknown>>(withId),
  z.transform((record): Contact => {
    const id = idOf(record) as string;
    const out: Record<string, unknown> = { id };
    put(out, 'name', first(record, 'name', nonEmpty));
    put(out, 'pushName', first(record, 'pushName pushname notify', nonEmpty));
    put(
      out,
      'phoneNumber',
      first(record, 'phoneNumber number', nonEmpty) ?? (id.endsWith('@c.us') ? id.slice(0, -5) : undefined),
    );
    out.raw = record;
    return out as unknown as Contact;
  }),
);

export const account = z.pipe(
  z.custom<Record<string, unknown>>(withId),
  z.transform((record): Account => {
    const out: Record<string, unknown> = { id: idOf(record) };
    put(out, 'name', first(record, 'name', nonEmpty));
    put(out, 'plan', first(record, 'plan', nonEmpty));
    out.raw = record;
    return out as unknown as Account;
  }),
);

/** A list, or the list inside `{ data }` / `{ chats }` / `{ contacts }` (already unwrapped by `payload`). */
const list = <S extends z.ZodMiniType>(item: S, what: string, key: string) =>
  listOf(item, what, 0, (v) =>
    Array.isArray(v) ? v : isRecord(v) && Array.isArray(v[key]) ? v[key] : undefined,
  );

export const readChats: Reader<Chat[]> = readWith(list(chat, 'chat list', 'chats'), 'chat list', 'chats');
export const readOverview: Reader<ChatOverview[]> = readWith(
  list(overview, 'chat overview', 'chats'),
  'chat overview',
);
export const readMessages: Reader<Message[]> = readWith(
  list(message, 'message list', 'messages'),
  'message list',
  'messages',
);
export const readMessage: Reader<Message> = readWith(message, 'message', 'message');
export const readContacts: Reader<Contact[]> = readWith(
  list(contact, 'contact list', 'contacts'),
  'contact list',
  'contacts',
);
export const readAccount: Reader<Account> = readWith(account, 'account', 'account');

/** `{ ids }` (WEBJS: `{ ids: null }`), the service's `{ success, message }`, or nothing. */
export function readReadChat(answer: Answer): { ids?: string[] } {
  const body = payload(answer.body);
  const ids = isRecord(body) ? body.ids : undefined;
  return Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? { ids } : {};
}

/** A contact, or `null` for an empty answer (NOWEB's for an unknown contact). */
export function readContact(answer: Answer): Contact | null {
  const body = payload(answer.body, 'contact');
  if (body === undefined || body === null) return null;
  const parsed = z.safeParse(contact, body);
  if (!parsed.success) throw unusable(answer, 'contact');
  return parsed.data;
}

/** `{ numberExists, chatId }` (the engine) or `{ exists, phone, jid }` (the service). */
export function readExistence(answer: Answer, input: { phone: string }): NumberExistence {
  const body = payload(answer.body);
  const exists = isRecord(body) ? (body.exists ?? body.numberExists) : undefined;
  if (!isRecord(body) || typeof exists !== 'boolean') throw unusable(answer, 'number check');
  const out: NumberExistence = { exists, phone: isText(body.phone) ? body.phone : input.phone };
  const chat = first(body, 'chatId jid', nonEmpty);
  if (chat) out.chatId = chat;
  return out;
}
