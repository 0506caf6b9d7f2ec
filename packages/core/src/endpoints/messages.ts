// The Messages area as endpoint entries (docs/contract.md, "Messages"), keyed by the official
// client's method names, plus its one composite, `sendMessage`. Sends are never retried: a timeout
// leaves their outcome unknown, and the error says so.
import * as z from 'zod/mini';
import { internals, type RequestOptions } from '../callEndpoint';
import { sleep } from '../deadline';
import { readVoid, readWith } from '../schemas/answer';
import { check } from '../schemas/check';
import { sentMessage } from '../schemas/message';
import {
  reactionBody,
  readMedia,
  seenBody,
  sendArgs,
  sendBody,
  sendFileBody,
  sendImageBody,
  sendLinkPreviewBody,
  sendMessageOptions,
  sendTextBody,
  sendVideoBody,
  sendVoiceBody,
  typingBody,
} from '../schemas/messages';
import type { Endpoint } from './endpoint';
import { invoke } from './invoke';

// biome-ignore lint/suspicious/noExplicitAny: entries are typed by the client's method declarations
type Entry = Endpoint<any, any>;

const readSent = readWith(sentMessage, 'sent message', 'message');

/** A POST to `path` whose body is the checked input, in both call forms. */
const post = (path: string, body: z.ZodMiniType, extra: Partial<Entry> = {}): Entry => ({
  method: 'POST',
  path,
  input: z.object({ body }),
  args: (args) => {
    const [input, options] = sendArgs(args);
    return [{ body: input }, options];
  },
  body: ({ body: value }) => value,
  answer: readSent,
  retry: 'C',
  sends: true,
  ...extra,
});

/** A send with media: a Blob, File or bytes is read into base64 first. */
const media = (path: string, body: z.ZodMiniType): Entry =>
  post(path, body, {
    prepare: async ({ body: value }) => ({ body: await readMedia(value as Record<string, unknown>) }),
  });

/** A state change that answers nothing: retried only when the call asks. */
const change = (method: Entry['method'], path: string, body: z.ZodMiniType): Entry =>
  post(path, body, { method, answer: readVoid, retry: 'B', sends: false });

export const endpoints = {
  sendText: post('/sendText', sendTextBody),
  sendImage: media('/sendImage', sendImageBody),
  sendFile: media('/sendFile', sendFileBody),
  sendVoice: media('/sendVoice', sendVoiceBody),
  sendVideo: media('/sendVideo', sendVideoBody),
  sendLinkCustomPreview: post('/send/link-custom-preview', sendLinkPreviewBody),
  sendSeen: change('POST', '/sendSeen', seenBody),
  sendReaction: change('PUT', '/reaction', reactionBody),
  startTyping: change('POST', '/startTyping', typingBody),
  stopTyping: change('POST', '/stopTyping', typingBody),
  send: post('/send', sendBody),
  sendMessage,
};

/**
 * The official composite: mark the answered message seen, type for 50 ms per character (between
 * `minTypingDuration` and `maxTypingDuration`), stop typing, then send with `send`. The request is
 * checked before any step; the wait is abortable with the call's signal (an abort skips the send).
 * A failed step stops the sequence, and its error says the message was not sent.
 */
async function sendMessage(
  client: object,
  request: Record<string, unknown>,
  pacing?: unknown,
  options?: RequestOptions,
): Promise<unknown> {
  check(sendBody, request);
  const {
    minTypingDuration = 3_000,
    maxTypingDuration = 8_000,
    sendSeen = true,
    messageId,
  } = check(sendMessageOptions, pacing ?? {});
  const logger = internals.get(client)?.logger;
  const { session, to } = request as { session: string; to: string };
  /** A step before the send: its failure (or an abort) stops the sequence, and says so. */
  const before = async (name: string, work: Promise<unknown>) => {
    try {
      await work;
    } catch (error) {
      (error as Error).message += ` (sendMessage stopped at ${name}: the message was not sent)`;
      throw error;
    }
  };
  const step = (name: 'sendSeen' | 'startTyping' | 'stopTyping', body: Record<string, unknown>) =>
    before(name, invoke(client, endpoints[name], [body, options]));
  if (sendSeen && messageId) await step('sendSeen', { session, to, messageId });
  await step('startTyping', { session, to });
  const text = typeof request.text === 'string' ? request.text : '';
  // The official formula: at least the minimum, at most the maximum (which wins when they cross).
  const ms = Math.min(Math.max(minTypingDuration, text.length * 50), maxTypingDuration);
  try {
    logger?.debug?.(`sendMessage typing for ${ms}ms`, { ms });
  } catch {
    // a failing logger never fails the call
  }
  await before('the typing pause', sleep(ms, options?.signal));
  await step('stopTyping', { session, to });
  return invoke(client, endpoints.send, [request, options]);
}
