// Reading the Messages endpoints' bodies the way each side does (docs/contract.md, "Messages",
// "Requests": the SDK sends both field sets). Wasend (`docs`, `json-string`) reads `to`,
// `replyTo`, `messageId` and validates (400); the WAHA engines read `chatId`, `reply_to`,
// `messageIds` without validating, so a missing `chatId` crashes them (500, a TypeError).
import { type ApiContext, isEngineDialect, type Read } from './apiContext';
import { bodyObject } from './apiRequest';
import { toEngineChatJid, toRecipientJid } from './jids';

/** What a WAHA helper throws when it reads a JID that is not there (`ensureSuffix`, `toJID`). */
export const MISSING_JID_MESSAGE = "Cannot read properties of undefined (reading 'split')";

/** The chat a message goes to: Wasend's `to` or WAHA's `chatId`, as a stored JID. */
export function readChat(ctx: ApiContext, body: Record<string, unknown>): Read<string> {
  const { errors, request } = ctx;
  if (isEngineDialect(ctx.state.dialect)) {
    const chatId = body.chatId;
    return typeof chatId === 'string' && chatId !== ''
      ? { ok: toEngineChatJid(chatId) }
      : { fail: errors.engineError(request, MISSING_JID_MESSAGE, 'TypeError') };
  }
  const jid = typeof body.to === 'string' ? toRecipientJid(body.to) : null;
  return jid === null
    ? { fail: errors.error(400, 'to must be a phone number or a WhatsApp JID') }
    : { ok: jid };
}

/** The quoted message: Wasend's `replyTo` (a non-empty string when given), WAHA's `reply_to`. */
export function readReplyTo(ctx: ApiContext, body: Record<string, unknown>): Read<string | null> {
  if (isEngineDialect(ctx.state.dialect)) {
    return { ok: typeof body.reply_to === 'string' && body.reply_to !== '' ? body.reply_to : null };
  }
  if (body.replyTo === undefined) return { ok: null };
  return typeof body.replyTo === 'string' && body.replyTo.trim() !== ''
    ? { ok: body.replyTo }
    : { fail: ctx.errors.error(400, 'replyTo must be a message id') };
}

/** `text`: Wasend requires a non-empty string; WAHA sends whatever it got (nothing = ''). */
export function readText(ctx: ApiContext, body: Record<string, unknown>): Read<string> {
  const text = body.text;
  if (isEngineDialect(ctx.state.dialect)) return { ok: typeof text === 'string' ? text : '' };
  return typeof text === 'string' && text.trim() !== ''
    ? { ok: text }
    : { fail: ctx.errors.error(400, 'text must be a non-empty string') };
}

export interface SeenInput {
  chatId: string;
  /** The ids WAHA was given; undefined when none (WAHA then reads the chat itself). */
  messageIds: string[] | undefined;
}

/** Wasend: `to` + `messageId` (required); WAHA: `chatId` + `messageIds` (or the deprecated `messageId`). */
export function readSeen(ctx: ApiContext): Read<SeenInput> {
  const body = bodyObject(ctx.request);
  const chat = readChat(ctx, body);
  if ('fail' in chat) return chat;
  if (!isEngineDialect(ctx.state.dialect)) {
    return typeof body.messageId === 'string' && body.messageId.trim() !== ''
      ? { ok: { chatId: chat.ok, messageIds: [body.messageId] } }
      : { fail: ctx.errors.error(400, 'messageId must be a non-empty string') };
  }
  const { messageIds, messageId } = body;
  if (messageIds !== undefined && !Array.isArray(messageIds)) {
    return { fail: ctx.errors.engineError(ctx.request, 'messageIds.map is not a function', 'TypeError') };
  }
  const ids = Array.isArray(messageIds)
    ? messageIds.map(String)
    : typeof messageId === 'string'
      ? [messageId]
      : undefined;
  return { ok: { chatId: chat.ok, messageIds: ids } };
}

/** The same names everywhere: `messageId` and `reaction` (`''` removes it). */
export function readReaction(ctx: ApiContext): Read<{ messageId: string; reaction: string }> {
  const { messageId, reaction } = bodyObject(ctx.request);
  if (isEngineDialect(ctx.state.dialect)) {
    if (typeof messageId !== 'string') {
      return { fail: ctx.errors.engineError(ctx.request, MISSING_JID_MESSAGE, 'TypeError') };
    }
    return { ok: { messageId, reaction: typeof reaction === 'string' ? reaction : '' } };
  }
  if (typeof messageId !== 'string' || messageId.trim() === '') {
    return { fail: ctx.errors.error(400, 'messageId must be a non-empty string') };
  }
  if (typeof reaction !== 'string') return { fail: ctx.errors.error(400, 'reaction must be a string') };
  return { ok: { messageId, reaction } };
}
