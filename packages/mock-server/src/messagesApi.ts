// The Messages endpoints (docs/contract.md, "Messages"): the session comes from the body
// (requestSession.ts), then the session checks, the body, the change. Sends append to the chat.
import { type ApiContext, isEngineDialect } from './apiContext';
import { bodyObject } from './apiRequest';
import { appendMessage, ensureChat, findChat, findMessage, markRead } from './chatModel';
import type { MessageState } from './chatTypes';
import { chattingRenderers } from './dialects/chatting';
import type { Rendered } from './dialects/common';
import { readChat, readReaction, readSeen } from './messageBodies';
import { INVALID_MESSAGE_ID, keyIdOf, type MessageKey, newKeyId, parseMessageId } from './messageIds';
import type { Route } from './routes';
import { readSend } from './sendBodies';
import type { SessionState } from './types';
import { workingSession } from './workingSession';

export function runMessagesApi(ctx: ApiContext, route: Route): Rendered {
  const gate = workingSession(ctx, route.name, route.session ?? '');
  if ('fail' in gate) return gate.fail;
  const session = gate.ok;
  switch (route.name) {
    case 'sendSeen':
      return seen(ctx, session);
    case 'sendReaction':
      return react(ctx, session);
    case 'startTyping':
    case 'stopTyping':
      return typing(ctx, session, route.name === 'startTyping');
    default: {
      const input = readSend(ctx, route.name);
      if ('fail' in input) return input.fail;
      const message = appendMessage(ctx.state, session, input.ok.chatId, input.ok.message, ctx.now);
      return chattingRenderers(ctx.state.dialect).sent(message, session.me);
    }
  }
}

/** Start creates the chat when needed (the flag lives on it); stop only clears an existing one. */
function typing(ctx: ApiContext, session: SessionState, on: boolean): Rendered {
  const chat = readChat(ctx, bodyObject(ctx.request));
  if ('fail' in chat) return chat.fail;
  if (on) ensureChat(ctx.state, session.id, chat.ok).typing = true;
  else {
    const found = findChat(ctx.state, session.id, chat.ok);
    if (found) found.typing = false;
  }
  return chattingRenderers(ctx.state.dialect).typing();
}

/** Every unread incoming message of the chat becomes READ (WEBJS marks the whole chat too). */
function seen(ctx: ApiContext, session: SessionState): Rendered {
  const input = readSeen(ctx);
  if ('fail' in input) return input.fail;
  const chat = findChat(ctx.state, session.id, input.ok.chatId);
  const read = chat ? markRead(chat) : [];
  return chattingRenderers(ctx.state.dialect).seen(input.ok.messageIds === undefined ? read : undefined);
}

/**
 * Wasend finds the message or answers 404. NOWEB and WEBJS parse the id as
 * `<fromMe>_<chat>_<key>[_<participant>]` (500 otherwise); GOWS also takes a bare key. The engines
 * send the reaction whether or not they know the message.
 */
function react(ctx: ApiContext, session: SessionState): Rendered {
  const { state, errors, request } = ctx;
  const input = readReaction(ctx);
  if ('fail' in input) return input.fail;
  const { messageId, reaction } = input.ok;
  const found = findMessage(state, [session.id], messageId);
  let target: MessageKey;
  if (!isEngineDialect(state.dialect)) {
    if (!found) return errors.error(404, 'Message not found');
    target = keyOf(found.message);
  } else {
    const parsed = parseMessageId(messageId);
    const bare = state.dialect === 'gows' && !messageId.includes('_');
    if (parsed === null && !bare) return errors.engineError(request, INVALID_MESSAGE_ID);
    target = found ? keyOf(found.message) : (parsed ?? { fromMe: false, chatId: '', keyId: messageId });
  }
  if (found) found.message.reaction = reaction === '' ? null : reaction;
  const view = { target, reaction, keyId: newKeyId(), timestamp: Math.floor(ctx.now / 1000) };
  return chattingRenderers(state.dialect).reacted(view, session.me);
}

/** The WhatsApp key of a stored message. */
function keyOf(message: MessageState): MessageKey {
  const inGroup = message.chatId.endsWith('@g.us');
  return {
    fromMe: message.fromMe,
    chatId: message.chatId,
    keyId: keyIdOf(message.id),
    ...(inGroup && !message.fromMe ? { participant: message.author } : {}),
  };
}
