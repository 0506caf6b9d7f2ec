// WAHA's own message DTO, `WAMessage` (docs/contract.md, "Messages": a message), the same for
// every engine but for `_data`, the engine library's message.
import { ACK_NAMES, type MessageState } from '../chatTypes';

/** The message's people: from and to as WAHA reports them, and a group message's author. */
export function directions(message: MessageState, me: string) {
  const inGroup = message.chatId.endsWith('@g.us');
  return {
    from: message.fromMe ? me : message.chatId,
    to: message.fromMe ? message.chatId : me,
    participant: inGroup ? message.author : undefined,
  };
}

export function ackName(ack: number): string {
  return ACK_NAMES[ack + 1] ?? 'PENDING';
}

/** `media` is filled only when downloadMedia is on (WAHA's default), else null. */
export function waMessage(message: MessageState, me: string, downloadMedia: boolean, data: unknown) {
  const { from, to, participant } = directions(message, me);
  const media = message.media;
  return {
    id: message.id,
    timestamp: message.timestamp,
    from,
    fromMe: message.fromMe,
    source: message.source,
    to,
    ...(participant === undefined ? {} : { participant }),
    body: message.body,
    hasMedia: media !== null,
    media:
      media !== null && downloadMedia
        ? { url: media.url, mimetype: media.mimetype, filename: media.filename, error: null }
        : null,
    ack: message.ack,
    ackName: ackName(message.ack),
    replyTo: message.replyTo === null ? null : { id: message.replyTo },
    _data: data,
  };
}
