// A session's chats and messages: lookups and the state changes of the Messages and Chats
// endpoints. Dialect-free but for new message ids (messageIds.ts); the renderers give the shapes.
import { ACK_READ, type ChatState, type MessageState } from './chatTypes';
import { keyIdOf, newMessageId } from './messageIds';
import type { ScenarioState, SessionState } from './types';

export function isGroupJid(jid: string): boolean {
  return jid.endsWith('@g.us');
}

export function sessionChats(state: ScenarioState, sessionId: string): ChatState[] {
  return state.chats.filter((c) => c.session === sessionId);
}

export function findChat(state: ScenarioState, sessionId: string, chatId: string): ChatState | undefined {
  return state.chats.find((c) => c.session === sessionId && c.id === chatId);
}

/** A new chat's name: the group's subject, else the contact's name or push name, else none. */
export function nameFor(state: ScenarioState, sessionId: string, chatId: string): string | null {
  const group = state.groups.find((g) => g.session === sessionId && g.id === chatId);
  if (group) return group.name;
  const contact = state.contacts.find((c) => c.session === sessionId && c.id === chatId);
  return contact?.name ?? contact?.pushName ?? null;
}

/** The chat, created (appended, empty) when the session has none with that id. */
export function ensureChat(state: ScenarioState, sessionId: string, chatId: string): ChatState {
  const found = findChat(state, sessionId, chatId);
  if (found) return found;
  const chat: ChatState = {
    id: chatId,
    session: sessionId,
    name: nameFor(state, sessionId, chatId),
    unreadCount: 0,
    archived: false,
    pinned: false,
    pictureUrl: null,
    typing: false,
    messages: [],
  };
  state.chats.push(chat);
  return chat;
}

/** What a send adds; the rest (id, author, ack, time) the model fills in. */
export type NewMessage = Pick<MessageState, 'type' | 'body' | 'media' | 'replyTo' | 'preview'>;

/** A message from the session, appended to its chat (created if needed); typing stops. */
export function appendMessage(
  state: ScenarioState,
  session: SessionState,
  chatId: string,
  input: NewMessage,
  now: number,
): MessageState {
  const chat = ensureChat(state, session.id, chatId);
  let id = newMessageId(state.dialect, chatId, true);
  while (findMessage(state, [session.id], id)) id = newMessageId(state.dialect, chatId, true);
  const message: MessageState = {
    id,
    chatId,
    fromMe: true,
    author: session.me,
    ...input,
    timestamp: Math.floor(now / 1000),
    ack: 1,
    reaction: null,
    source: 'api',
  };
  chat.messages.push(message);
  chat.typing = false;
  return message;
}

/**
 * A message of these sessions by id: the exact id, else one with the same key (so `true_<chat>_<key>`
 * finds a bare `<key>` and the other way round).
 */
export function findMessage(
  state: ScenarioState,
  sessionIds: string[],
  id: string,
): { chat: ChatState; message: MessageState } | undefined {
  const chats = state.chats.filter((c) => sessionIds.includes(c.session));
  for (const chat of chats) {
    const message = chat.messages.find((m) => m.id === id);
    if (message) return { chat, message };
  }
  const key = keyIdOf(id);
  for (const chat of chats) {
    const message = chat.messages.find((m) => keyIdOf(m.id) === key);
    if (message) return { chat, message };
  }
  return undefined;
}

/**
 * Marks incoming messages READ (all unread ones, or those of `among`) and zeroes the unread count.
 * Returns the ids whose ack changed.
 */
export function markRead(chat: ChatState, among: MessageState[] = chat.messages): string[] {
  const read: string[] = [];
  for (const message of among) {
    if (message.fromMe || message.ack >= ACK_READ) continue;
    message.ack = ACK_READ;
    read.push(message.id);
  }
  chat.unreadCount = 0;
  return read;
}

/** Oldest first by time; equal times keep the chat's order. */
export function byTime(messages: MessageState[]): MessageState[] {
  return messages
    .map((message, index) => ({ message, index }))
    .sort((a, b) => a.message.timestamp - b.message.timestamp || a.index - b.index)
    .map((x) => x.message);
}

export function lastMessage(chat: ChatState): MessageState | null {
  return byTime(chat.messages).at(-1) ?? null;
}

/** A chat's, contact's or group's picture, in that order; null when none. */
export function pictureOf(state: ScenarioState, sessionId: string, jid: string): string | null {
  const chat = findChat(state, sessionId, jid);
  const contact = state.contacts.find((c) => c.session === sessionId && c.id === jid);
  const group = state.groups.find((g) => g.session === sessionId && g.id === jid);
  return chat?.pictureUrl ?? contact?.pictureUrl ?? group?.picture?.url ?? null;
}
