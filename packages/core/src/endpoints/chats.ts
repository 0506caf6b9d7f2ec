// The Chats, Contacts and Account areas as endpoint entries (docs/contract.md, "Chats", "Contacts",
// "Account"), keyed by the official client's method names.
import * as z from 'zod/mini';
import { isRecord } from '../http/body';
import {
  chatsParams,
  contactIdInput,
  contactsParams,
  messagesParams,
  overviewParams,
  readAccount,
  readChats,
  readContact,
  readContacts,
  readExistence,
  readMessage,
  readMessages,
  readOverview,
  readParams,
  readReadChat,
} from '../schemas/chats';
import { readPicture } from '../schemas/groups';
import {
  boolean,
  chatId,
  messageId,
  participantId,
  phoneOnly,
  refresh,
  strictSessionId,
} from '../schemas/primitives';
import type { Endpoint } from './endpoint';

// biome-ignore lint/suspicious/noExplicitAny: entries are typed by the client's method declarations
type Entry = Endpoint<any, any>;

const CHAT = '/{sessionId}/chats/{chatId}';

/** An input of the ids `base` and an optional `params` object, flattened so its fields can be query parameters. */
const withParams = (base: Record<string, z.ZodMiniType>, params: z.ZodMiniType) =>
  z.pipe(
    z.object({ ...base, params: z.optional(params) }),
    z.transform(({ params: given, ...ids }) => ({ ...(given as object), ...ids })),
  );

/**
 * A contacts lookup: the session as a query parameter, and one value, plain or as the official
 * `{ [field]: value }`.
 */
const lookup = (path: string, field: string, value: z.ZodMiniType, answer: Entry['answer']): Entry => ({
  method: 'GET',
  path,
  input: z.pipe(
    z.object({
      sessionId: strictSessionId,
      [field]: z.pipe(
        z.transform((given: unknown) => (isRecord(given) && field in given ? given[field] : given)),
        value,
      ),
    }),
    z.transform(({ sessionId, ...rest }: Record<string, unknown>) => ({ ...rest, session: sessionId })),
  ),
  args: ['sessionId', field],
  query: ['session', field],
  answer,
  retry: 'A',
});

export const endpoints: Record<string, Entry> = {
  getAllChats: {
    method: 'GET',
    path: '/{sessionId}/chats',
    input: z.pipe(
      withParams({ sessionId: strictSessionId }, chatsParams),
      // The official client leaves out a limit of 0.
      z.transform((input: Record<string, unknown>) => ({ ...input, limit: input.limit || undefined })),
    ),
    args: ['sessionId', 'params'],
    query: ['limit', 'offset', 'sortBy', 'sortOrder'],
    answer: readChats,
    retry: 'A',
  },
  getChatsOverview: {
    method: 'GET',
    path: '/{sessionId}/chats/overview',
    input: withParams({ sessionId: strictSessionId }, overviewParams),
    args: ['sessionId', 'params'],
    query: ['limit', 'offset', 'ids'],
    answer: readOverview,
    retry: 'A',
  },
  readMessages: {
    method: 'POST',
    path: `${CHAT}/messages/read`,
    input: withParams({ sessionId: strictSessionId, chatId }, readParams),
    args: ['sessionId', 'chatId', 'params'],
    query: ['messages', 'days'],
    answer: readReadChat,
    retry: 'B',
  },
  getMessages: {
    method: 'GET',
    path: `${CHAT}/messages`,
    input: z.pipe(
      z.object({ sessionId: strictSessionId, chatId, params: messagesParams }),
      z.transform(({ params, ...ids }) => ({ ...params, ...ids })),
    ),
    args: ['sessionId', 'chatId', 'params'],
    query: [
      'limit',
      'offset',
      'downloadMedia',
      'sortOrder',
      'filter.timestamp.gte',
      'filter.timestamp.lte',
      'filter.fromMe',
      'filter.ack',
    ],
    answer: readMessages,
    retry: 'A',
  },
  getChatPicture: {
    method: 'GET',
    path: `${CHAT}/picture`,
    input: z.object({ sessionId: strictSessionId, chatId, refresh }),
    args: ['sessionId', 'chatId', 'refresh'],
    query: ['refresh'],
    answer: readPicture,
    retry: 'A',
  },
  getMessageById: {
    method: 'GET',
    path: `${CHAT}/messages/{messageId}`,
    input: z.pipe(
      z.object({
        sessionId: strictSessionId,
        chatId,
        messageId,
        params: z.optional(z.object({ downloadMedia: z.optional(boolean('downloadMedia')) })),
      }),
      z.transform(({ params, ...ids }) => ({ ...ids, downloadMedia: params?.downloadMedia ?? false })),
    ),
    args: ['sessionId', 'chatId', 'messageId', 'params'],
    query: ['downloadMedia'],
    answer: readMessage,
    retry: 'A',
  },
  getContacts: {
    method: 'GET',
    path: '/contacts/all',
    input: z.pipe(
      withParams({ sessionId: strictSessionId }, contactsParams),
      z.transform(({ sessionId, ...params }: Record<string, unknown>) => ({ ...params, session: sessionId })),
    ),
    args: ['sessionId', 'params'],
    query: ['session', 'sortBy', 'sortOrder', 'limit', 'offset'],
    answer: readContacts,
    retry: 'A',
  },
  getContact: lookup('/contacts', 'contactId', participantId, readContact),
  checkContactExists: lookup('/contacts/check-exists', 'phone', phoneOnly, readExistence),
  getContactProfilePicture: {
    method: 'GET',
    path: '/contacts/profile-picture',
    // The official `{ contactId, refresh? }`, or a plain contact.
    input: z.pipe(
      z.object({
        sessionId: strictSessionId,
        contactId: contactIdInput,
        refresh,
      }),
      z.transform(({ sessionId, ...rest }) => ({ ...rest, session: sessionId })),
    ),
    // A plain contact has no refresh: only the `{ contactId, refresh }` form carries one.
    args: (args) => [
      { sessionId: args[0], contactId: args[1], refresh: isRecord(args[1]) ? args[1].refresh : undefined },
      args[2],
    ],
    query: ['session', 'contactId', 'refresh'],
    answer: readPicture,
    retry: 'A',
  },
  retrieveAccount: {
    method: 'GET',
    path: '/account',
    input: z.object({}),
    answer: readAccount,
    retry: 'A',
  },
  getMessage: {
    method: 'GET',
    path: '/messages/{messageId}',
    input: z.object({ messageId }),
    args: ['messageId'],
    answer: readMessage,
    retry: 'A',
  },
};
