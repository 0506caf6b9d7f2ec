// Everything beyond reading an invite code, loaded on first use as one chunk: the Groups,
// Sessions, Messages, Chats, Contacts and Account areas, and the escape hatch.
import { endpoints as chats } from './chats';
import { endpoints as groups } from './groups';
import { invoke, type Method } from './invoke';
import { endpoints as messages } from './messages';
import { endpoints as sessions } from './sessions';

export { sendRequest } from '../escapeHatch';
export const endpoints: Record<string, Method> = { ...groups, ...sessions, ...messages, ...chats };

/** Runs the method `name` for `client` (the client's prototype has one stub per name). */
export const run = (client: object, name: string, args: unknown[]): Promise<unknown> =>
  invoke(client, endpoints[name] as Method, args);
