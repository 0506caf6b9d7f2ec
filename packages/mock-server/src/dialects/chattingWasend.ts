// Wasend's own shapes for the Messages, Chats, Contacts and Account endpoints (the SDK's types,
// docs/contract.md): `docs` wraps every answer as `{ success: true, data }` (void ones
// `{ success: true }`), `json-string` sends them bare (void ones `{ result: true }`).
import type { AccountState, ContactState, MessageState } from '../chatTypes';
import { phoneOf } from '../jids';
import type { ChattingRenderers, ChatView } from './chatRendering';
import { isoOf, json, type Rendered } from './common';
import { directions } from './waMessage';

const STATUS = ['error', 'pending', 'sent', 'delivered', 'read', 'played'];

/** The SDK's sent message (`lib/messages.d.ts`): `timestamp` ISO, `status` from the ack. */
export const wasendSent = (m: MessageState, me: string) => ({
  id: m.id,
  to: m.chatId,
  content: m.body !== '' ? m.body : (m.media?.url ?? ''),
  type: m.type,
  timestamp: isoOf(m.timestamp),
  status: STATUS[m.ack + 1] ?? 'pending',
  fromMe: m.fromMe,
  sender: me,
  recipient: m.chatId,
});

/** The SDK's chat message (`lib/types/chat.types.d.ts`): `timestamp` unix seconds. */
export const wasendMessage = (m: MessageState, me: string) => {
  const { from, to, participant } = directions(m, me);
  return {
    id: m.id,
    chatId: m.chatId,
    from: participant !== undefined && !m.fromMe ? participant : from,
    to,
    body: m.body,
    type: m.type,
    timestamp: m.timestamp,
    fromMe: m.fromMe,
    ack: m.ack,
    hasMedia: m.media !== null,
    ...(m.media === null
      ? {}
      : {
          mediaUrl: m.media.url,
          mimetype: m.media.mimetype,
          ...(m.media.filename === null ? {} : { filename: m.media.filename }),
        }),
    ...(m.replyTo === null ? {} : { quotedMsgId: m.replyTo }),
  };
};

const wasendChat = (v: ChatView) => ({
  id: v.chat.id,
  ...(v.chat.name === null ? {} : { name: v.chat.name }),
  isGroup: v.isGroup,
  ...(v.timestamp === null ? {} : { timestamp: v.timestamp }),
  unreadCount: v.chat.unreadCount,
  archived: v.chat.archived,
  pinned: v.chat.pinned,
});

/** The SDK's `Contact` (`lib/contacts.d.ts`). */
const wasendContact = (c: ContactState) => ({
  id: c.id,
  ...(c.name === null ? {} : { name: c.name }),
  ...(phoneOf(c.id) === undefined ? {} : { phoneNumber: phoneOf(c.id) }),
  ...(c.pushName === null ? {} : { pushName: c.pushName }),
  ...(c.pictureUrl === null ? {} : { profilePictureUrl: c.pictureUrl }),
});

export interface WasendOnlyRenderers {
  account(account: AccountState): Rendered;
  /** `GET /messages/{id}`. */
  storedMessage(message: MessageState, me: string): Rendered;
}

export function wasendChatting({ wrapped }: { wrapped: boolean }): ChattingRenderers & WasendOnlyRenderers {
  const ok = (data: unknown): Rendered => json(200, wrapped ? { success: true, data } : data);
  const done = (): Rendered => json(200, wrapped ? { success: true } : { result: true });
  return {
    sent: (m, me) => ok(wasendSent(m, me)),
    reacted: done,
    seen: done,
    typing: done,
    chats: (views) => ok(views.map(wasendChat)),
    overview: (views, me) =>
      ok(
        views.map((v) => ({
          ...wasendChat(v),
          picture: v.picture,
          lastMessage: v.lastMessage === null ? null : wasendMessage(v.lastMessage, me),
        })),
      ),
    read: (ids) =>
      wrapped
        ? json(200, { success: true, message: `${ids.length} message(s) marked as read` })
        : json(200, { ids }),
    messages: (messages, me) => ok(messages.map((m) => wasendMessage(m, me))),
    message: (m, me) => ok(wasendMessage(m, me)),
    chatPicture: (url) => ok({ url }),
    contacts: (contacts) => ok(contacts.map(wasendContact)),
    contact: (c, id) => ok(c === undefined ? { id } : wasendContact(c)),
    exists: (phone, jid) => ok({ exists: jid !== null, phone, ...(jid === null ? {} : { jid }) }),
    profilePicture: (url) => ok({ url }),
    account: (a) => ok({ id: a.id, name: a.name, plan: a.plan }),
    storedMessage: (m, me) => ok(wasendMessage(m, me)),
  };
}
