// `wasend send …`: one send each, printing the sent message's id (or the sent message as JSON).
// Sends are never retried (core's rule): a timeout leaves the outcome unknown, and its error says so.
import type { SentMessage } from '@wasend/core';
import type { WasendClient } from '../client';
import type { Command } from './commands';
import { type Output, toJson } from './format';

export type SendCommand = Extract<Command, `send ${string}`>;

interface SendArgs {
  command: SendCommand;
  operands: string[];
  json: boolean;
  caption?: string;
}

/** Runs one `wasend send …` command. */
export async function runSendCommand(args: SendArgs, client: WasendClient): Promise<Output> {
  const [session = '', to = '', what = ''] = args.operands;
  const caption = args.caption !== undefined ? { caption: args.caption } : {};
  let sent: SentMessage;
  switch (args.command) {
    case 'send text':
      sent = await client.sendText({ session, to, text: what });
      break;
    case 'send file':
      // The Node client reads `path` (a WasendArgumentError, exit 2, when it cannot), names the
      // file after it and takes the type from its extension.
      sent = await client.sendFile({ session, to, path: what, ...caption });
      break;
    case 'send image':
      sent = await client.sendImage({ session, to, ...imageSource(what), ...caption });
      break;
  }
  return { text: args.json ? toJson(sent) : sent.id };
}

/** An http(s) URL or a `data:` URI is sent as given; anything else is a local file. */
function imageSource(source: string): { url: string } | { data: string } | { path: string } {
  if (/^https?:\/\//i.test(source)) return { url: source };
  if (/^data:/i.test(source)) return { data: source };
  return { path: source };
}
