// What WAHA's own controllers answer on the Messages, Chats and Contacts routes, whichever engine
// is behind them (docs/contract.md, "Messages", "Chats", "Contacts"): POSTs 201, the reaction
// PUT and every GET 200, WAHA DTOs around the engine library's objects (`_data`, `_chat`).
import type { ContactState, MessageState } from '../chatTypes';
import type { ChattingRenderers, ChatView, ReactionView } from './chatRendering';
import { empty, nestJson, type Rendered } from './common';
import { waMessage } from './waMessage';

/** The engine library's objects, which WAHA passes through. */
export interface LibraryShapes {
  /** A send's answer body. */
  sent(message: MessageState, me: string): unknown;
  /** The reaction PUT's whole answer. */
  reacted(reaction: ReactionView, me: string): Rendered;
  /** A chat, in the list and as the overview's `_chat`. */
  chat(view: ChatView): unknown;
  /** A stored message, as WAMessage's `_data`. */
  messageData(message: MessageState, me: string): unknown;
  contact(contact: ContactState): unknown;
  /** What getContact answers for a contact the engine does not know. */
  unknownContact(id: string): Rendered;
  /** The read answer's `ids` (WEBJS reports none: null). */
  readIds(ids: string[]): string[] | null;
}

export function engineChatting(shapes: LibraryShapes): ChattingRenderers {
  const wa = (m: MessageState, me: string, downloadMedia: boolean) =>
    waMessage(m, me, downloadMedia, shapes.messageData(m, me));
  return {
    sent: (m, me) => nestJson(201, shapes.sent(m, me)),
    reacted: shapes.reacted,
    // With message ids the engines answer nothing; without, WAHA reads the chat itself.
    seen: (read) => (read === undefined ? empty(201) : nestJson(201, { ids: shapes.readIds(read) })),
    typing: () => nestJson(201, { result: true }),
    chats: (views) => nestJson(200, views.map(shapes.chat)),
    overview: (views, me) =>
      nestJson(
        200,
        views.map((v) => ({
          id: v.chat.id,
          name: v.chat.name,
          picture: v.picture,
          lastMessage: v.lastMessage === null ? null : wa(v.lastMessage, me, false),
          _chat: shapes.chat(v),
        })),
      ),
    read: (ids) => nestJson(201, { ids: shapes.readIds(ids) }),
    messages: (messages, me, downloadMedia) =>
      nestJson(
        200,
        messages.map((m) => wa(m, me, downloadMedia)),
      ),
    message: (m, me, downloadMedia) => nestJson(200, wa(m, me, downloadMedia)),
    chatPicture: (url) => nestJson(200, { url }),
    contacts: (contacts) => nestJson(200, contacts.map(shapes.contact)),
    contact: (c, id) => (c === undefined ? shapes.unknownContact(id) : nestJson(200, shapes.contact(c))),
    exists: (_phone, jid) =>
      nestJson(200, jid === null ? { numberExists: false } : { numberExists: true, chatId: jid }),
    profilePicture: (url) => nestJson(200, { profilePictureURL: url }),
  };
}
