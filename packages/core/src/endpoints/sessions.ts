// The Sessions area as endpoint entries (docs/contract.md, "Sessions"), keyed by the client method
// each one serves (the official client's names). Loaded on first use.
import * as z from 'zod/mini';
import { readVoid } from '../schemas/answer';
import { strictSessionId } from '../schemas/primitives';
import { createSessionInput, qrInput, readQRCode, readSession, readSessions } from '../schemas/sessions';
import type { Endpoint } from './endpoint';

// biome-ignore lint/suspicious/noExplicitAny: entries are typed by the client's method declarations
type Entry = Endpoint<any, any>;

const one = z.object({ sessionId: strictSessionId });

/** `/sessions/{sessionId}` + `path`, answering a session. */
const action = (method: Entry['method'], path: string, retry: Entry['retry']): Entry => ({
  method,
  path: `/sessions/{sessionId}${path}`,
  input: one,
  args: ['sessionId'],
  answer: readSession,
  retry,
});

export const endpoints: Record<string, Entry> = {
  createSession: {
    method: 'POST',
    path: '/sessions',
    input: z.object({ session: createSessionInput }),
    args: ['session'],
    body: ({ session }) => session,
    answer: readSession,
    retry: 'C',
  },
  retrieveAllSessions: {
    method: 'GET',
    path: '/sessions',
    input: z.object({}),
    answer: readSessions,
    retry: 'A',
  },
  retrieveSessionInfo: action('GET', '', 'A'),
  /** Retried only when the call asks: a retry after a first attempt that worked may meet a 404. */
  deleteSession: { ...action('DELETE', '', 'B'), answer: readVoid },
  startSession: action('POST', '/start', 'B'),
  stopSession: action('POST', '/stop', 'B'),
  /** Every call restarts: never retried. */
  restartSession: action('POST', '/restart', 'C'),
  retrieveQRCode: {
    ...action('GET', '/auth/qr', 'A'),
    input: z.pipe(
      z.object({ sessionId: strictSessionId, params: z.optional(qrInput) }),
      // `format` is sent only for the raw payload; an image is the default everywhere.
      z.transform(({ sessionId, params }) => ({
        sessionId,
        format: params?.format === 'raw' ? 'raw' : undefined,
      })),
    ),
    args: ['sessionId', 'params'],
    query: ['format'],
    // The engine answers JSON only for exactly this; anything else gets PNG bytes.
    accept: 'application/json',
    answer: readQRCode,
  },
};
