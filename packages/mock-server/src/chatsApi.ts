// The `/{session}/chats` area (docs/contract.md, "Chats"): session checks, the query, then each
// endpoint. A chat id in the path may be a bare number (`@c.us` is added, as WAHA does).
import type { ApiContext } from './apiContext';
import { booleanQuery } from './apiRequest';
import {
  byTime,
  findChat,
  findMessage,
  isGroupJid,
  lastMessage,
  markRead,
  pictureOf,
  sessionChats,
} from './chatModel';
import {
  type MessagesQuery,
  readChatsQuery,
  readMessagesQuery,
  readOverviewQuery,
  readReadQuery,
} from './chatQueries';
import type { ChatState, MessageState } from './chatTypes';
import type { ChatView } from './dialects/chatRendering';
import { chattingRenderers } from './dialects/chatting';
import type { Rendered } from './dialects/common';
import { toEngineChatJid } from './jids';
import type { Route } from './routes';
import type { SessionState } from './types';
import { workingSession } from './workingSession';

export function runChatsApi(ctx: ApiContext, route: Route): Rendered {
  const gate = workingSession(ctx, route.name, route.session ?? '');
  if ('fail' in gate) return gate.fail;
  const session = gate.ok;
  const chatId = toEngineChatJid(route.chat ?? '');
  switch (route.name) {
    case 'getAllChats':
      return list(ctx, session);
    case 'getChatsOverview':
      return overview(ctx, session);
    case 'readMessages':
      return read(ctx, session, chatId);
    case 'getMessages':
      return messages(ctx, session, chatId);
    case 'getChatPicture':
      if (booleanQuery(ctx.request, 'refresh') === null) {
        return ctx.errors.error(400, 'refresh must be a boolean value');
      }
      return chattingRenderers(ctx.state.dialect).chatPicture(pictureOf(ctx.state, session.id, chatId));
    default:
      return one(ctx, session, chatId, route.message ?? '');
  }
}

function view(ctx: ApiContext, chat: ChatState): ChatView {
  const last = lastMessage(chat);
  return {
    chat,
    isGroup: isGroupJid(chat.id),
    timestamp: last?.timestamp ?? null,
    picture: pictureOf(ctx.state, chat.session, chat.id),
    lastMessage: last,
  };
}

const SORT_VALUE: Record<string, (v: ChatView) => string | number> = {
  conversationTimestamp: (v) => v.timestamp ?? 0,
  id: (v) => v.chat.id,
  name: (v) => v.chat.name ?? '',
};

/** Without `sortBy`, the scenario's order (new chats last). */
function list(ctx: ApiContext, session: SessionState): Rendered {
  const query = readChatsQuery(ctx);
  if ('fail' in query) return query.fail;
  const { sortBy, sortOrder, limit, offset } = query.ok;
  let views = sessionChats(ctx.state, session.id).map((c) => view(ctx, c));
  if (sortBy !== undefined) {
    const value = SORT_VALUE[sortBy] as (v: ChatView) => string | number;
    const sign = sortOrder === 'desc' ? -1 : 1;
    views = [...views].sort((a, b) => (value(a) < value(b) ? -sign : value(a) > value(b) ? sign : 0));
  }
  return chattingRenderers(ctx.state.dialect).chats(page(views, offset, limit));
}

/** The latest conversations first (chats without messages last), as WAHA's overview sorts. */
function overview(ctx: ApiContext, session: SessionState): Rendered {
  const query = readOverviewQuery(ctx);
  if ('fail' in query) return query.fail;
  const { ids, limit, offset } = query.ok;
  const wanted = ids?.map(toEngineChatJid);
  const views = sessionChats(ctx.state, session.id)
    .filter((c) => wanted === undefined || wanted.includes(c.id))
    .map((c) => view(ctx, c))
    .sort((a, b) => (b.timestamp ?? -1) - (a.timestamp ?? -1));
  return chattingRenderers(ctx.state.dialect).overview(page(views, offset, limit), session.me);
}

/** Marks the chat's unread incoming messages READ: among the `messages` latest, or within `days`. */
function read(ctx: ApiContext, session: SessionState, chatId: string): Rendered {
  const query = readReadQuery(ctx);
  if ('fail' in query) return query.fail;
  const chat = findChat(ctx.state, session.id, chatId);
  let ids: string[] = [];
  if (chat) {
    const { messages: latest, days } = query.ok;
    let among = byTime(chat.messages);
    if (latest !== undefined) among = among.slice(-latest);
    if (days !== undefined) among = among.filter((m) => m.timestamp >= ctx.now / 1000 - days * 86400);
    ids = markRead(chat, among);
  }
  return chattingRenderers(ctx.state.dialect).read(ids);
}

function messages(ctx: ApiContext, session: SessionState, chatId: string): Rendered {
  const query = readMessagesQuery(ctx);
  if ('fail' in query) return query.fail;
  const q = query.ok;
  const chat = findChat(ctx.state, session.id, chatId);
  let list = byTime((chat?.messages ?? []).filter((m) => matches(m, q)));
  if (q.sortOrder === 'desc') list = list.reverse();
  return chattingRenderers(ctx.state.dialect).messages(
    page(list, q.offset, q.limit),
    session.me,
    q.downloadMedia,
  );
}

function matches(m: MessageState, q: MessagesQuery): boolean {
  if (q.gte !== undefined && m.timestamp < q.gte) return false;
  if (q.lte !== undefined && m.timestamp > q.lte) return false;
  if (q.fromMe !== undefined && m.fromMe !== q.fromMe) return false;
  return q.acks === undefined || q.acks.includes(m.ack);
}

/** getMessageById: the message must be in this chat; 404 "Message not found" otherwise. */
function one(ctx: ApiContext, session: SessionState, chatId: string, messageId: string): Rendered {
  const downloadMedia = booleanQuery(ctx.request, 'downloadMedia');
  if (downloadMedia === null) return ctx.errors.error(400, 'downloadMedia must be a boolean value');
  const found = findMessage(ctx.state, [session.id], messageId);
  if (!found || found.chat.id !== chatId) return ctx.errors.error(404, 'Message not found');
  return chattingRenderers(ctx.state.dialect).message(found.message, session.me, downloadMedia ?? true);
}

function page<T>(items: T[], offset: number, limit: number | undefined): T[] {
  return items.slice(offset, limit === undefined ? undefined : offset + limit);
}
