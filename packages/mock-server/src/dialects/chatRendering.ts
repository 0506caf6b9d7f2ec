// The renderer every dialect provides for the Messages, Chats and Contacts endpoints
// (docs/contract.md, "Messages", "Chats", "Contacts"), and what the endpoints hand it.
import type { ChatState, ContactState, MessageState } from '../chatTypes';
import type { MessageKey } from '../messageIds';
import type { Rendered } from './common';

/** One chat as the list and the overview show it. */
export interface ChatView {
  chat: ChatState;
  isGroup: boolean;
  /** The last message's time (unix s); null for a chat without messages. */
  timestamp: number | null;
  /** The chat's, contact's or group's picture. */
  picture: string | null;
  lastMessage: MessageState | null;
}

/** A reaction as sent: the message it reacts to, the reaction message's own key and time. */
export interface ReactionView {
  target: MessageKey;
  reaction: string;
  keyId: string;
  /** Unix seconds. */
  timestamp: number;
}

export interface ChattingRenderers {
  /** sendText, sendImage, sendFile, sendVoice, sendVideo, sendLinkCustomPreview, send. */
  sent(message: MessageState, me: string): Rendered;
  reacted(reaction: ReactionView, me: string): Rendered;
  /** `read`: the ids WAHA marked itself because the body named no message; undefined otherwise. */
  seen(read: string[] | undefined): Rendered;
  /** startTyping and stopTyping. */
  typing(): Rendered;
  chats(views: ChatView[]): Rendered;
  overview(views: ChatView[], me: string): Rendered;
  read(ids: string[]): Rendered;
  messages(messages: MessageState[], me: string, downloadMedia: boolean): Rendered;
  message(message: MessageState, me: string, downloadMedia: boolean): Rendered;
  chatPicture(url: string | null): Rendered;
  contacts(contacts: ContactState[]): Rendered;
  /** `contact` undefined: unknown (the Wasend dialects answer 404 before asking). */
  contact(contact: ContactState | undefined, id: string): Rendered;
  /** `jid` null: not on WhatsApp. */
  exists(phone: string, jid: string | null): Rendered;
  profilePicture(url: string | null): Rendered;
}
