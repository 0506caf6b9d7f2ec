// whatsmeow's objects, which the GOWS engine passes through (docs/contract.md, "Messages",
// "Chats", "Contacts"): sends and reactions `{ id, _data }` with a bare hex id, messages as
// `{ Info, Message }`, chats and contacts as WAHA builds them from whatsmeow's store (names '' when
// unknown, as Go strings are).
import type { ContactState, MessageState } from '../chatTypes';
import { toWhatsAppNet } from '../jids';
import { keyIdOf } from '../messageIds';
import type { ChatView } from './chatRendering';
import { messageContent } from './chattingBaileys';
import { engineChatting } from './chattingEngine';
import { nestJson, rfc3339Of } from './common';

/** whatsmeow's `events.Message`. */
function gowsMessage(m: MessageState) {
  return {
    Info: {
      ID: keyIdOf(m.id),
      Chat: toWhatsAppNet(m.chatId),
      Sender: toWhatsAppNet(m.author),
      IsFromMe: m.fromMe,
      IsGroup: m.chatId.endsWith('@g.us'),
      Timestamp: rfc3339Of(m.timestamp),
    },
    Message: messageContent(m),
  };
}

export const gowsChatting = engineChatting({
  sent: (m) => ({ id: m.id, _data: gowsMessage(m) }),
  reacted: (r, me) =>
    nestJson(200, {
      id: r.keyId,
      _data: {
        Info: {
          ID: r.keyId,
          Chat: toWhatsAppNet(r.target.chatId),
          Sender: toWhatsAppNet(me),
          IsFromMe: true,
          IsGroup: r.target.chatId.endsWith('@g.us'),
          Timestamp: rfc3339Of(r.timestamp),
        },
        Message: {
          reactionMessage: {
            key: { remoteJID: toWhatsAppNet(r.target.chatId), fromMe: r.target.fromMe, ID: r.target.keyId },
            text: r.reaction,
            senderTimestampMS: r.timestamp * 1000,
          },
        },
      },
    }),
  chat: (v: ChatView) => ({ id: v.chat.id, name: v.chat.name, conversationTimestamp: v.timestamp }),
  messageData: gowsMessage,
  contact: (c: ContactState) => ({ id: c.id, name: c.name ?? '', pushname: c.pushName ?? '' }),
  unknownContact: (id) => nestJson(200, { id, name: '', pushname: '' }),
  readIds: (ids) => ids,
});
