// `wasend chats …`: a session's chats and their messages, as text or JSON.
import type { Chat, Message } from '@wasend/core';
import type { WasendClient } from '../client';
import type { Command } from './commands';
import { cell, isoTime, labelled, type Output, oneLine, table, toJson } from './format';

export type ChatsCommand = Extract<Command, `chats ${string}`>;

interface ChatsArgs {
  command: ChatsCommand;
  operands: string[];
  json: boolean;
  limit?: number;
}

/** How many messages `chats messages` shows without `--limit`. */
export const DEFAULT_MESSAGES_LIMIT = 20;

/** Runs one `wasend chats …` command. */
export async function runChatsCommand(args: ChatsArgs, client: WasendClient): Promise<Output> {
  const [session = '', chat = '', messageId = ''] = args.operands;
  const out = (json: unknown, text: string): Output => ({ text: args.json ? toJson(json) : text });
  switch (args.command) {
    case 'chats list': {
      // The latest conversation first, so `--limit` keeps the recent ones.
      const chats = await client.getAllChats(session, {
        sortBy: 'conversationTimestamp',
        sortOrder: 'desc',
        ...(args.limit !== undefined && { limit: args.limit }),
      });
      return out(chats, chatsTable(chats));
    }
    case 'chats messages': {
      const messages = await client.getMessages(session, chat, {
        limit: args.limit ?? DEFAULT_MESSAGES_LIMIT,
        sortOrder: 'desc',
      });
      return out(messages, messageLines(messages));
    }
    case 'chats message': {
      const found = await client.getMessageById(session, chat, messageId);
      return out(found, messageDetails(found));
    }
  }
}

function chatsTable(chats: Chat[]): string {
  if (chats.length === 0) return 'no chats';
  return table(
    ['id', 'name', 'unread', 'last'],
    chats.map((chat) => [chat.id, cell(chat.name), cell(chat.unreadCount), cell(isoTime(chat.timestamp))]),
  );
}

/** One line per message, newest first: time, `me` or `them`, the text (or what the media is). */
function messageLines(messages: Message[]): string {
  if (messages.length === 0) return 'no messages';
  const rows = messages.map((message) => [cell(isoTime(message.timestamp)), who(message), content(message)]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map(([time = '', from = '', body = '']) =>
      `${time.padEnd(widths[0] ?? 0)}  ${from.padEnd(widths[1] ?? 0)}  ${body}`.trimEnd(),
    )
    .join('\n');
}

function who(message: Message): string {
  if (message.fromMe === true) return 'me';
  const author = authorOf(message);
  return author ? `them (${author})` : 'them';
}

/** In a group, who of them wrote it: the participant, else a `from` that is not the chat itself. */
function authorOf(message: Message): string | undefined {
  if (message.participant) return message.participant;
  const inGroup = message.chatId?.endsWith('@g.us') ?? false;
  return inGroup && message.from !== message.chatId ? message.from : undefined;
}

/** The text on one line; a media message without a caption as `[type filename]`. */
function content(message: Message): string {
  const body = oneLine(message.body ?? '');
  const media = message.hasMedia || message.media !== undefined || isMediaType(message.type);
  if (!media) return body;
  const label = `[${[message.type ?? 'media', message.media?.filename].filter(Boolean).join(' ')}]`;
  return body === '' ? label : `${label} ${body}`;
}

const isMediaType = (type: string | undefined) =>
  type !== undefined && ['image', 'document', 'voice', 'ptt', 'audio', 'video'].includes(type);

function messageDetails(message: Message): string {
  return labelled([
    ['id', message.id],
    ['chat', message.chatId],
    ['from', message.fromMe === true ? `me${message.from ? ` (${message.from})` : ''}` : message.from],
    ['to', message.to],
    ['author', authorOf(message)],
    ['time', isoTime(message.timestamp)],
    ['type', message.type],
    ['ack', message.ackName ?? message.ack],
    ['reply to', message.replyToId],
    [
      'media',
      message.media &&
        [message.media.mimetype, message.media.filename, message.media.url].filter(Boolean).join(' '),
    ],
    ['body', message.body],
  ]);
}
