// A message, sent or read, as every backend spells it (docs/contract.md, "Messages"), read into the
// one `SentMessage` or `Message`: the first place holding a value of the right type wins.
import * as z from 'zod/mini';
import { isRecord } from '../http/body';
import { anyText, finite, first, flag, isText, put, text } from './fields';

export interface SentMessage {
  id: string;
  chatId?: string;
  /** Unix seconds. */
  timestamp?: number;
  status?: string;
  /** The message as the server sent it (after unwrapping). */
  raw: unknown;
}

export interface Message {
  id: string;
  chatId?: string;
  from?: string;
  to?: string;
  fromMe?: boolean;
  participant?: string;
  body?: string;
  type?: string;
  /** Unix seconds. */
  timestamp?: number;
  /** -1 error, 0 pending, 1 server, 2 device, 3 read, 4 played. */
  ack?: number;
  ackName?: string;
  hasMedia?: boolean;
  media?: { url?: string; mimetype?: string; filename?: string };
  replyToId?: string;
  raw: unknown;
}

/** Unix seconds from seconds, a numeric string (Baileys' `messageTimestamp`) or an ISO date. */
function seconds(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

/**
 * A message id: a string `id`, WhatsApp Web's `id._serialized`, or built from a Baileys `key` as the
 * engine builds it: `<fromMe>_<chat>_<id>[_<participant>]`, the chat in its `@c.us` form.
 */
function idOf(record: Record<string, unknown>): string | undefined {
  const id = first(record, 'id id._serialized', text);
  if (id) return id;
  const key = record.key;
  if (!isRecord(key) || !isText(key.id) || !isText(key.remoteJid)) return undefined;
  const chat = key.remoteJid.replace('@s.whatsapp.net', '@c.us');
  return [key.fromMe === true, chat, key.id, ...(isText(key.participant) ? [key.participant] : [])].join('_');
}

const hasId = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && idOf(value) !== undefined;

/** A sent message: the service's `{ id, to, status, timestamp }`, Baileys' `{ key, messageTimestamp }`, GOWS' `{ id, _data }`, WEBJS' library message. */
export const sentMessage = z.pipe(
  z.custom<Record<string, unknown>>(hasId),
  z.transform((record): SentMessage => {
    const out: Record<string, unknown> = { id: idOf(record) };
    put(out, 'chatId', first(record, 'chatId to key.remoteJid id.remote', text));
    put(out, 'timestamp', seconds(record.timestamp ?? record.messageTimestamp));
    put(out, 'status', first(record, 'status ackName', text));
    out.raw = record;
    return out as unknown as SentMessage;
  }),
);

const ACK_NAMES = ['ERROR', 'PENDING', 'SERVER', 'DEVICE', 'READ', 'PLAYED'];

/** A message read back: the engine's `WAMessage`, the service's chat message or sent message. */
export const message = z.pipe(
  z.custom<Record<string, unknown>>(hasId),
  z.transform((record): Message => {
    const out: Record<string, unknown> = { id: idOf(record) };
    const fromMe = first(record, 'fromMe key.fromMe', flag);
    const from = first(record, 'from sender key.remoteJid', text);
    const to = first(record, 'to recipient', text);
    put(out, 'chatId', first(record, 'chatId', text) ?? (fromMe ? to : from));
    put(out, 'from', from);
    put(out, 'to', to);
    put(out, 'fromMe', fromMe);
    put(out, 'participant', first(record, 'participant author key.participant', text));
    put(out, 'body', first(record, 'body content caption', anyText));
    put(out, 'type', first(record, 'type', text));
    put(out, 'timestamp', seconds(record.timestamp ?? record.messageTimestamp));
    const ack = first(record, 'ack', finite);
    put(out, 'ack', ack);
    put(
      out,
      'ackName',
      first(record, 'ackName', text) ?? (ack === undefined ? undefined : ACK_NAMES[ack + 1]),
    );
    put(out, 'hasMedia', first(record, 'hasMedia', flag));
    const media: Record<string, unknown> = {};
    put(media, 'url', first(record, 'media.url mediaUrl', text));
    put(media, 'mimetype', first(record, 'media.mimetype mimetype', text));
    put(media, 'filename', first(record, 'media.filename filename', text));
    if (Object.keys(media).length) out.media = media;
    put(out, 'replyToId', first(record, 'replyTo.id quotedMsgId', text));
    out.raw = record;
    return out as unknown as Message;
  }),
);
