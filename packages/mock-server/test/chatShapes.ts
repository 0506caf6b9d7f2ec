// The expected Messages/Chats/Contacts shapes per dialect, written out from docs/contract.md
// ("Messages", "Chats", "Contacts") independently of the mock's renderers, for text messages.
import type { Dialect } from '../src/handler';
import { ME } from './apiHarness';

export interface TextFacts {
  id: string;
  chat: string;
  fromMe: boolean;
  /** Who wrote it (ME when fromMe). */
  author: string;
  body: string;
  timestamp: number;
  ack: number;
  source?: 'api' | 'app';
}

const ACKS = ['ERROR', 'PENDING', 'SERVER', 'DEVICE', 'READ', 'PLAYED'];
const BAILEYS_STATUS = ['ERROR', 'PENDING', 'SERVER_ACK', 'DELIVERY_ACK', 'READ', 'PLAYED'];
const swn = (jid: string) => jid.replace('@c.us', '@s.whatsapp.net');
const keyOf = (id: string) => (id.split('_').length >= 3 ? (id.split('_')[2] as string) : id);
const inGroup = (f: TextFacts) => f.chat.endsWith('@g.us');
const rfc = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');

/** WAMessage's `_data`: the engine library's message. */
export function libraryData(dialect: Dialect, f: TextFacts): unknown {
  const groupIn = inGroup(f) && !f.fromMe;
  switch (dialect) {
    case 'waha':
    case 'noweb': {
      const jid = (x: string) => (dialect === 'noweb' ? swn(x) : x);
      return {
        key: {
          remoteJid: jid(f.chat),
          fromMe: f.fromMe,
          id: keyOf(f.id),
          ...(groupIn ? { participant: jid(f.author) } : {}),
        },
        message: { extendedTextMessage: { text: f.body } },
        messageTimestamp: String(f.timestamp),
        status: BAILEYS_STATUS[f.ack + 1],
      };
    }
    case 'gows':
      return {
        Info: {
          ID: keyOf(f.id),
          Chat: swn(f.chat),
          Sender: swn(f.author),
          IsFromMe: f.fromMe,
          IsGroup: inGroup(f),
          Timestamp: rfc(f.timestamp),
        },
        Message: { extendedTextMessage: { text: f.body } },
      };
    default: {
      const id = {
        fromMe: f.fromMe,
        remote: f.chat,
        id: keyOf(f.id),
        _serialized: f.id,
        ...(groupIn ? { participant: f.author } : {}),
      };
      return {
        id,
        body: f.body,
        type: 'chat',
        t: f.timestamp,
        from: f.fromMe ? ME : f.chat,
        to: f.fromMe ? f.chat : ME,
        ...(groupIn ? { author: f.author } : {}),
        ack: f.ack,
      };
    }
  }
}

/** WAHA's WAMessage (engine dialects) or the SDK's chat message (docs, json-string). */
export function expectedMessage(dialect: Dialect, f: TextFacts): unknown {
  if (dialect === 'docs' || dialect === 'json-string') {
    return {
      id: f.id,
      chatId: f.chat,
      from: f.fromMe ? ME : f.author,
      to: f.fromMe ? f.chat : ME,
      body: f.body,
      type: 'text',
      timestamp: f.timestamp,
      fromMe: f.fromMe,
      ack: f.ack,
      hasMedia: false,
    };
  }
  return {
    id: f.id,
    timestamp: f.timestamp,
    from: f.fromMe ? ME : f.chat,
    fromMe: f.fromMe,
    source: f.source ?? 'app',
    to: f.fromMe ? f.chat : ME,
    ...(inGroup(f) ? { participant: f.author } : {}),
    body: f.body,
    hasMedia: false,
    media: null,
    ack: f.ack,
    ackName: ACKS[f.ack + 1],
    replyTo: null,
    _data: libraryData(dialect, f),
  };
}

export interface ChatFacts {
  id: string;
  name: string | null;
  timestamp: number | null;
  unreadCount: number;
  archived: boolean;
  pinned: boolean;
}

/** A chat in the list (and WAHA's overview `_chat`). */
export function expectedChat(dialect: Dialect, c: ChatFacts): unknown {
  const isGroup = c.id.endsWith('@g.us');
  switch (dialect) {
    case 'docs':
    case 'json-string':
      return {
        id: c.id,
        ...(c.name === null ? {} : { name: c.name }),
        isGroup,
        ...(c.timestamp === null ? {} : { timestamp: c.timestamp }),
        unreadCount: c.unreadCount,
        archived: c.archived,
        pinned: c.pinned,
      };
    case 'waha':
    case 'noweb':
      return {
        id: dialect === 'noweb' ? swn(c.id) : c.id,
        ...(c.name === null ? {} : { name: c.name }),
        ...(c.timestamp === null ? {} : { conversationTimestamp: c.timestamp }),
        ...(c.archived ? { archived: true } : {}),
        ...(c.pinned ? { pinned: 1700000000 } : {}),
      };
    case 'gows':
      return { id: c.id, name: c.name, conversationTimestamp: c.timestamp };
    case 'webjs': {
      const at = c.id.indexOf('@');
      return {
        id: { server: c.id.slice(at + 1), user: c.id.slice(0, at), _serialized: c.id },
        name: c.name ?? `+${c.id.slice(0, at)}`,
        isGroup,
        isReadOnly: false,
        unreadCount: c.unreadCount,
        ...(c.timestamp === null ? {} : { timestamp: c.timestamp }),
        archived: c.archived,
        pinned: c.pinned,
        isMuted: false,
        muteExpiration: 0,
      };
    }
  }
}

export interface ContactFacts {
  id: string;
  name: string | null;
  pushName: string | null;
  onWhatsApp: boolean;
  pictureUrl: string | null;
}

export function expectedContact(dialect: Dialect, c: ContactFacts): unknown {
  const digits = c.id.slice(0, c.id.indexOf('@'));
  switch (dialect) {
    case 'docs':
    case 'json-string':
      return {
        id: c.id,
        ...(c.name === null ? {} : { name: c.name }),
        phoneNumber: `+${digits}`,
        ...(c.pushName === null ? {} : { pushName: c.pushName }),
        ...(c.pictureUrl === null ? {} : { profilePictureUrl: c.pictureUrl }),
      };
    case 'waha':
    case 'noweb':
      return {
        id: dialect === 'noweb' ? swn(c.id) : c.id,
        ...(c.name === null ? {} : { name: c.name }),
        ...(c.pushName === null ? {} : { pushname: c.pushName }),
      };
    case 'gows':
      return { id: c.id, name: c.name ?? '', pushname: c.pushName ?? '' };
    case 'webjs':
      return {
        id: c.id,
        number: digits,
        isBusiness: false,
        isEnterprise: false,
        isGroup: false,
        isMe: false,
        isMyContact: c.name !== null,
        isUser: true,
        isWAContact: c.onWhatsApp,
        isBlocked: false,
        ...(c.name === null ? {} : { name: c.name, shortName: c.name.split(' ')[0] }),
        ...(c.pushName === null ? {} : { pushname: c.pushName }),
        type: 'in',
      };
  }
}
