// Message ids as each dialect spells them (README "Message ids"): WAHA's serialised
// `<fromMe>_<chat>_<key>[_<participant>]` (waha, noweb, webjs), whatsmeow's bare hex key (gows),
// Wasend's `msg_…` (docs, json-string).
import { randomAlphanumeric, randomHex } from './random';
import type { Dialect } from './types';

/** A WhatsApp message key, as WhatsApp Web makes them: `3EB0` and 16 hex digits. */
export function newKeyId(): string {
  return `3EB0${randomHex(16)}`;
}

/** A new id in the dialect's form; `participant` is the author of an incoming group message. */
export function newMessageId(
  dialect: Dialect,
  chatId: string,
  fromMe: boolean,
  participant?: string,
): string {
  if (dialect === 'docs' || dialect === 'json-string') return `msg_${randomAlphanumeric(20)}`;
  const key = newKeyId();
  if (dialect === 'gows') return key;
  return `${fromMe}_${chatId}_${key}${participant === undefined ? '' : `_${participant}`}`;
}

export interface MessageKey {
  fromMe: boolean;
  chatId: string;
  keyId: string;
  participant?: string;
}

/**
 * WAHA's parse of a serialised id (`parseMessageIdSerialized`): 3 or 4 parts split at `_`, else
 * null (NOWEB and WEBJS then throw; GOWS reads an id without `_` as a bare key).
 */
export function parseMessageId(id: string): MessageKey | null {
  const parts = id.split('_');
  if (parts.length !== 3 && parts.length !== 4) return null;
  const [fromMe, chatId, keyId, participant] = parts as [string, string, string, string | undefined];
  return { fromMe: fromMe === 'true', chatId, keyId, ...(participant === undefined ? {} : { participant }) };
}

/** The key part of an id: `true_<chat>_<key>` → `<key>`; any other id is its own key. */
export function keyIdOf(id: string): string {
  return parseMessageId(id)?.keyId ?? id;
}

export const INVALID_MESSAGE_ID =
  'Message id be in format false_11111111111@c.us_AAAAAAAAAAAAAAAAAAAA[_participant]';
