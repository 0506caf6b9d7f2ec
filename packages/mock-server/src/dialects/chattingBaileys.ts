// Baileys' message, chat and contact objects, which the NOWEB engine passes through
// (docs/contract.md, "Messages", "Chats", "Contacts"). `waha` (the older engine) keeps `@c.us`;
// `noweb` (today's) says `@s.whatsapp.net` for people. Protobuf longs (`messageTimestamp`,
// `senderTimestampMs`) are decimal strings, enums (`status`) names.
import type { ContactState, MessageState } from '../chatTypes';
import { toWhatsAppNet } from '../jids';
import { keyIdOf } from '../messageIds';
import type { ChatView } from './chatRendering';
import { engineChatting, type LibraryShapes } from './chattingEngine';
import { empty, nestJson } from './common';

/** WhatsApp's message content (the protobuf `Message`), as Baileys and whatsmeow both carry it. */
export function messageContent(m: MessageState) {
  const context = m.replyTo === null ? {} : { contextInfo: { stanzaId: keyIdOf(m.replyTo) } };
  const caption = m.body === '' ? {} : { caption: m.body };
  const media = m.media ?? { url: '', mimetype: '', filename: null };
  switch (m.type) {
    case 'text': {
      const preview =
        m.preview === null
          ? {}
          : {
              ...(m.preview.url === null ? {} : { matchedText: m.preview.url, canonicalUrl: m.preview.url }),
              title: m.preview.title,
              description: m.preview.description,
            };
      return { extendedTextMessage: { text: m.body, ...preview, ...context } };
    }
    case 'image':
      return { imageMessage: { url: media.url, mimetype: media.mimetype, ...caption, ...context } };
    case 'document':
      return {
        documentMessage: {
          url: media.url,
          mimetype: media.mimetype,
          ...(media.filename === null ? {} : { fileName: media.filename }),
          ...caption,
          ...context,
        },
      };
    case 'voice':
      return { audioMessage: { url: media.url, mimetype: media.mimetype, ptt: true, ...context } };
    case 'video':
      return { videoMessage: { url: media.url, mimetype: media.mimetype, ...caption, ...context } };
  }
}

/** Baileys' `WebMessageInfo.Status` by ack (-1…4). */
const STATUS = ['ERROR', 'PENDING', 'SERVER_ACK', 'DELIVERY_ACK', 'READ', 'PLAYED'];

/** Seconds as a protobuf long: a decimal string. */
const long = (n: number) => String(n);

/** Pinned chats carry the pin time (unix s); the mock pins at its seed time. */
const PINNED_AT = 1700000000;

export function baileysShapes({ whatsAppNet }: { whatsAppNet: boolean }): LibraryShapes {
  const jid = (id: string) => (whatsAppNet ? toWhatsAppNet(id) : id);
  const key = (m: MessageState) => ({
    remoteJid: jid(m.chatId),
    fromMe: m.fromMe,
    id: keyIdOf(m.id),
    ...(m.chatId.endsWith('@g.us') && !m.fromMe ? { participant: jid(m.author) } : {}),
  });
  return {
    // Baileys answers a send at once, before the server's ack.
    sent: (m) => ({
      key: key(m),
      message: messageContent(m),
      messageTimestamp: long(m.timestamp),
      status: 'PENDING',
    }),
    reacted: (r) =>
      nestJson(200, {
        key: { remoteJid: jid(r.target.chatId), fromMe: true, id: r.keyId },
        message: {
          reactionMessage: {
            key: {
              remoteJid: jid(r.target.chatId),
              fromMe: r.target.fromMe,
              id: r.target.keyId,
              ...(r.target.participant === undefined ? {} : { participant: jid(r.target.participant) }),
            },
            text: r.reaction,
            senderTimestampMs: long(r.timestamp * 1000),
          },
        },
        messageTimestamp: long(r.timestamp),
        status: 'PENDING',
      }),
    // NOWEB's store chats, with `unreadCount` removed.
    chat: (v: ChatView) => ({
      id: jid(v.chat.id),
      ...(v.chat.name === null ? {} : { name: v.chat.name }),
      ...(v.timestamp === null ? {} : { conversationTimestamp: v.timestamp }),
      ...(v.chat.archived ? { archived: true } : {}),
      ...(v.chat.pinned ? { pinned: PINNED_AT } : {}),
    }),
    messageData: (m) => ({
      key: key(m),
      message: messageContent(m),
      messageTimestamp: long(m.timestamp),
      status: STATUS[m.ack + 1] ?? 'PENDING',
    }),
    // Baileys' contact with `notify` renamed `pushname`.
    contact: (c: ContactState) => ({
      id: jid(c.id),
      ...(c.name === null ? {} : { name: c.name }),
      ...(c.pushName === null ? {} : { pushname: c.pushName }),
    }),
    // NOWEB returns null for a contact it does not know: NestJS sends an empty body.
    unknownContact: () => empty(200),
    readIds: (ids) => ids,
  };
}

export const baileysChatting = (options: { whatsAppNet: boolean }) => engineChatting(baileysShapes(options));
