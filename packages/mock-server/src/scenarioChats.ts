// Normalising `ScenarioInit`'s chats, contacts and account (defaults: the README's control-plane
// reference). Contacts come first, so a chat without a name can take its contact's.

import { nameFor } from './chatModel';
import {
  ACK_NAMES,
  ACK_READ,
  type AccountState,
  type ChatState,
  type ContactState,
  MESSAGE_TYPES,
  type MessageState,
  type MessageType,
} from './chatTypes';
import { array, boolean, number, object, string } from './initReaders';
import { toMemberJid, toRecipientJid } from './jids';
import { keyIdOf, newMessageId } from './messageIds';
import { mimetypeFor, mockMediaUrl } from './mimetypes';
import { DEFAULT_CREATED_AT } from './scenarioInit';
import type { Dialect, ScenarioState, SessionState } from './types';
import { ScenarioInitError } from './validation';

export const DEFAULT_ACCOUNT: AccountState = { id: 'acc_mock', name: 'Wasend Mock', plan: 'free' };

export function normaliseAccount(value: unknown): AccountState {
  if (value === undefined) return { ...DEFAULT_ACCOUNT };
  const a = object(value, 'account');
  const field = (name: keyof AccountState) =>
    a[name] === undefined ? DEFAULT_ACCOUNT[name] : string(a[name], `account.${name}`);
  return { id: field('id'), name: field('name'), plan: field('plan') };
}

export function normaliseContacts(value: unknown, sessions: SessionState[]): ContactState[] {
  if (value === undefined) return [];
  return array(value, 'contacts').map((raw, i) => {
    const at = `contacts[${i}]`;
    const c = object(raw, at);
    const id = toMemberJid(string(c.id, `${at}.id`));
    if (id === null) throw new ScenarioInitError(`${at}.id must be a phone number or a user JID`);
    const optional = (name: string) => (c[name] === undefined ? null : string(c[name], `${at}.${name}`));
    return {
      id,
      session: sessionOf(c.session, sessions, at),
      name: optional('name'),
      pushName: optional('pushName'),
      onWhatsApp: c.onWhatsApp === undefined ? true : boolean(c.onWhatsApp, `${at}.onWhatsApp`),
      pictureUrl: optional('pictureUrl'),
    };
  });
}

/** Needs `state.sessions`, `state.groups` and `state.contacts` already normalised. */
export function normaliseChats(value: unknown, state: ScenarioState): ChatState[] {
  if (value === undefined) return [];
  const chats: ChatState[] = [];
  for (const [i, raw] of array(value, 'chats').entries()) {
    const at = `chats[${i}]`;
    const c = object(raw, at);
    const id = toRecipientJid(string(c.id, `${at}.id`));
    if (id === null) throw new ScenarioInitError(`${at}.id must be a phone number or a WhatsApp JID`);
    const session = sessionOf(c.session, state.sessions, at);
    if (chats.some((x) => x.session === session && x.id === id)) {
      throw new ScenarioInitError(`${at}.id: the session already has a chat "${id}"`);
    }
    const me = state.sessions.find((s) => s.id === session)?.me ?? '';
    const messages =
      c.messages === undefined
        ? []
        : array(c.messages, `${at}.messages`).map((m, j) =>
            normaliseMessage(object(m, `${at}.messages[${j}]`), `${at}.messages[${j}]`, j, {
              chatId: id,
              me,
              dialect: state.dialect,
            }),
          );
    const flag = (name: string) => (c[name] === undefined ? false : boolean(c[name], `${at}.${name}`));
    chats.push({
      id,
      session,
      name: c.name === undefined ? nameFor(state, session, id) : string(c.name, `${at}.name`),
      unreadCount:
        c.unreadCount === undefined
          ? messages.filter((m) => !m.fromMe && m.ack < ACK_READ).length
          : count(c.unreadCount, `${at}.unreadCount`),
      archived: flag('archived'),
      pinned: flag('pinned'),
      pictureUrl: c.pictureUrl === undefined ? null : string(c.pictureUrl, `${at}.pictureUrl`),
      typing: false,
      messages,
    });
  }
  return chats;
}

function normaliseMessage(
  m: Record<string, unknown>,
  at: string,
  index: number,
  chat: { chatId: string; me: string; dialect: Dialect },
): MessageState {
  const fromMe = m.fromMe === undefined ? false : boolean(m.fromMe, `${at}.fromMe`);
  let author = fromMe ? chat.me : chat.chatId;
  if (!fromMe && m.from !== undefined) {
    const from = toMemberJid(string(m.from, `${at}.from`));
    if (from === null) throw new ScenarioInitError(`${at}.from must be a phone number or a user JID`);
    author = from;
  }
  const type = (m.type ?? 'text') as MessageType;
  if (!MESSAGE_TYPES.includes(type)) {
    throw new ScenarioInitError(`${at}.type must be one of ${MESSAGE_TYPES.join(', ')}`);
  }
  const ack = m.ack === undefined ? (fromMe ? 1 : 2) : number(m.ack, `${at}.ack`);
  if (!Number.isInteger(ack) || ack < -1 || ack >= ACK_NAMES.length - 1) {
    throw new ScenarioInitError(`${at}.ack must be an integer from -1 to 4`);
  }
  const inGroup = chat.chatId.endsWith('@g.us');
  const id =
    m.id === undefined
      ? newMessageId(chat.dialect, chat.chatId, fromMe, inGroup && !fromMe ? author : undefined)
      : string(m.id, `${at}.id`);
  const url = m.mediaUrl === undefined ? undefined : string(m.mediaUrl, `${at}.mediaUrl`);
  return {
    id,
    chatId: chat.chatId,
    fromMe,
    author,
    type,
    body: m.body === undefined ? '' : text(m.body, `${at}.body`),
    timestamp:
      m.timestamp === undefined ? DEFAULT_CREATED_AT + 60 * index : number(m.timestamp, `${at}.timestamp`),
    ack,
    media:
      type === 'text'
        ? null
        : {
            url: url ?? mockMediaUrl(keyIdOf(id)),
            mimetype: mimetypeFor(type, { given: m.mimetype, url }),
            filename: m.filename === undefined ? null : string(m.filename, `${at}.filename`),
          },
    replyTo: m.replyTo === undefined ? null : string(m.replyTo, `${at}.replyTo`),
    preview: null,
    reaction: null,
    source: 'app',
  };
}

/** The given session, or the first one. */
function sessionOf(value: unknown, sessions: SessionState[], at: string): string {
  if (value !== undefined) return string(value, `${at}.session`);
  const first = sessions[0];
  if (!first) throw new ScenarioInitError(`${at}.session is required when the scenario has no sessions`);
  return first.id;
}

function count(value: unknown, at: string): number {
  const n = number(value, at);
  if (!Number.isInteger(n) || n < 0) throw new ScenarioInitError(`${at} must be a non-negative integer`);
  return n;
}

/** A string, empty allowed. */
function text(value: unknown, at: string): string {
  if (typeof value !== 'string') throw new ScenarioInitError(`${at} must be a string`);
  return value;
}
