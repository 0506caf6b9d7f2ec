// Chats, their messages, contacts and the account: what a scenario seeds (`…Init`) and what its
// state holds (`…State`), for the Messages, Chats, Contacts and Account areas (docs/contract.md).

/**
 * WhatsApp's delivery acks, by number: -1 ERROR, 0 PENDING, 1 SERVER (sent), 2 DEVICE
 * (delivered), 3 READ, 4 PLAYED. WAHA names them in `ackName` and in `filter.ack`.
 */
export const ACK_NAMES = ['ERROR', 'PENDING', 'SERVER', 'DEVICE', 'READ', 'PLAYED'] as const;

export type AckName = (typeof ACK_NAMES)[number];

export const ACK_READ = 3;

/** What a message carries: Wasend's names (`document` = a file, `voice` = a voice note). */
export type MessageType = 'text' | 'image' | 'document' | 'voice' | 'video';

export const MESSAGE_TYPES: readonly MessageType[] = ['text', 'image', 'document', 'voice', 'video'];

/** One message of a seeded chat; every field optional. */
export interface MessageInit {
  /** Default: a new id in the scenario dialect's form (README "Message ids"). */
  id?: string;
  /** Written by the session itself; default false. */
  fromMe?: boolean;
  /** The author when not `fromMe` (set it in group chats); default the chat. */
  from?: string;
  /** The text, or a media caption; default ''. */
  body?: string;
  /** Default 'text'. */
  type?: MessageType;
  /** Media messages: the file's URL (default a mock CDN URL) and type. */
  mediaUrl?: string;
  mimetype?: string;
  filename?: string;
  /** Unix seconds; default 1700000000 + 60 × its index in the chat. */
  timestamp?: number;
  /** -1…4 (ACK_NAMES); default 1 (SERVER) from me, 2 (DEVICE: delivered, unread) to me. */
  ack?: number;
  /** The id of the message it quotes. */
  replyTo?: string;
}

export interface ChatInit {
  /** A JID (`<digits>@c.us`, `…@g.us`, `…@lid`, …) or a phone (`+49 170 …` → `<digits>@c.us`). */
  id: string;
  /** Default the first session. */
  session?: string;
  /** Default none (WAHA's overview then answers `name: null`). */
  name?: string;
  /** Default: the incoming messages not yet READ. */
  unreadCount?: number;
  archived?: boolean;
  pinned?: boolean;
  /** The chat's picture; default none (a group chat falls back to the group's picture). */
  pictureUrl?: string;
  /** Oldest first. */
  messages?: MessageInit[];
}

export interface ContactInit {
  /** A user JID or a phone, stored as `<digits>@c.us` (`@lid` kept). */
  id: string;
  /** Default the first session. */
  session?: string;
  /** The address-book name; default none. */
  name?: string;
  /** The name the person gave themselves on WhatsApp; default none. */
  pushName?: string;
  /** Whether the number is on WhatsApp (check-exists); default true. */
  onWhatsApp?: boolean;
  /** Their profile picture; default none. */
  pictureUrl?: string;
}

/** Wasend's account (`GET /account`); every field optional. */
export interface AccountInit {
  /** Default 'acc_mock'. */
  id?: string;
  /** Default 'Wasend Mock'. */
  name?: string;
  /** Default 'free'. */
  plan?: string;
}

export interface MessageMedia {
  url: string;
  mimetype: string;
  filename: string | null;
}

/** A custom link preview (`sendLinkCustomPreview`, `/send` with `preview`). */
export interface LinkPreview {
  url: string | null;
  title: string;
  description: string;
  thumbnailUrl: string | null;
}

export interface MessageState {
  /** In the dialect's form: `true_<chat>_<key>` (waha, noweb, webjs), hex (gows), `msg_…` (docs, json-string). */
  id: string;
  chatId: string;
  fromMe: boolean;
  /** Who wrote it: the session's `me` when `fromMe`, else a person (the chat itself in a 1:1 chat). */
  author: string;
  type: MessageType;
  /** The text or caption ('' for none). */
  body: string;
  /** Unix seconds. */
  timestamp: number;
  /** -1…4, see ACK_NAMES. */
  ack: number;
  media: MessageMedia | null;
  replyTo: string | null;
  preview: LinkPreview | null;
  /** The session's own reaction; null when none (an empty reaction removes it). */
  reaction: string | null;
  /** 'api' = sent through the mock; 'app' = seeded. */
  source: 'api' | 'app';
}

export interface ChatState {
  id: string;
  session: string;
  name: string | null;
  unreadCount: number;
  archived: boolean;
  pinned: boolean;
  pictureUrl: string | null;
  /** Set by startTyping, cleared by stopTyping and by a message sent to the chat. */
  typing: boolean;
  /** Oldest first; sent messages are appended. */
  messages: MessageState[];
}

export interface ContactState {
  id: string;
  session: string;
  name: string | null;
  pushName: string | null;
  onWhatsApp: boolean;
  pictureUrl: string | null;
}

export interface AccountState {
  id: string;
  name: string;
  plan: string;
}
