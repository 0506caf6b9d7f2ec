// whatsapp-web.js objects, which the WEBJS engine passes through (docs/contract.md, "Messages",
// "Chats", "Contacts"): messages with an id object, chats with a `wid`, contacts with the id
// serialised. The reaction answers nothing; the read answers `{ ids: null }`.
import type { ContactState, MessageState } from '../chatTypes';
import { phoneOf, userOf } from '../jids';
import { keyIdOf } from '../messageIds';
import type { ChatView } from './chatRendering';
import { engineChatting } from './chattingEngine';
import { empty, nestJson } from './common';
import { wid } from './groupsWebjs';
import { directions } from './waMessage';

const TYPES: Record<MessageState['type'], string> = {
  text: 'chat',
  image: 'image',
  document: 'document',
  voice: 'ptt',
  video: 'video',
};

/** whatsapp-web.js' `Message`, and its raw `_data`. */
function webjsMessage(m: MessageState, me: string) {
  const { from, to, participant } = directions(m, me);
  const author = participant !== undefined && !m.fromMe ? { author: participant } : {};
  const id = {
    fromMe: m.fromMe,
    remote: m.chatId,
    id: keyIdOf(m.id),
    _serialized: m.id,
    ...(participant !== undefined && !m.fromMe ? { participant } : {}),
  };
  const data = { id, body: m.body, type: TYPES[m.type], t: m.timestamp, from, to, ...author, ack: m.ack };
  return {
    _data: data,
    id,
    ack: m.ack,
    hasMedia: m.media !== null,
    body: m.body,
    type: TYPES[m.type],
    timestamp: m.timestamp,
    from,
    to,
    ...author,
    deviceType: 'web',
    isForwarded: false,
    forwardingScore: 0,
    isStatus: false,
    isStarred: false,
    fromMe: m.fromMe,
    hasQuotedMsg: m.replyTo !== null,
    hasReaction: m.reaction !== null,
    vCards: [],
    mentionedIds: [],
    links: m.preview?.url ? [{ link: m.preview.url, isSuspicious: false }] : [],
  };
}

/** whatsapp-web.js' `Contact`; `id` serialised by WAHA. */
function webjsContact(id: string, c: ContactState | undefined) {
  return {
    id,
    number: userOf(id),
    isBusiness: false,
    isEnterprise: false,
    isGroup: false,
    isMe: false,
    isMyContact: c?.name != null,
    isUser: true,
    isWAContact: c?.onWhatsApp ?? false,
    isBlocked: false,
    ...(c?.name == null ? {} : { name: c.name, shortName: c.name.split(' ')[0] }),
    ...(c?.pushName == null ? {} : { pushname: c.pushName }),
    type: 'in',
  };
}

export const webjsChatting = engineChatting({
  sent: webjsMessage,
  // Message.react() resolves undefined: an empty 200.
  reacted: () => empty(200),
  chat: (v: ChatView) => ({
    id: wid(v.chat.id),
    // WhatsApp Web names a chat without a contact name by its number.
    name: v.chat.name ?? phoneOf(v.chat.id) ?? userOf(v.chat.id),
    isGroup: v.isGroup,
    isReadOnly: false,
    unreadCount: v.chat.unreadCount,
    ...(v.timestamp === null ? {} : { timestamp: v.timestamp }),
    archived: v.chat.archived,
    pinned: v.chat.pinned,
    isMuted: false,
    muteExpiration: 0,
  }),
  messageData: (m, me) => webjsMessage(m, me)._data,
  contact: (c) => webjsContact(c.id, c),
  // getContactById answers for any id.
  unknownContact: (id) => nestJson(200, webjsContact(id, undefined)),
  readIds: () => null,
});
