// The fixed scenario the Messages, Chats and Contacts tests share, and its message ids in each
// dialect's form (README "Message ids").
import type { Dialect, ScenarioInit } from '../src/handler';
import { ALICE, BOB, G1, KEY, ME, NEST } from './apiHarness';

export const CAROL = '491700000008@c.us';
export const WASEND = (d: Dialect) => d === 'docs' || d === 'json-string';

/** A seeded message's id: `msg_<n>` (Wasend), the bare key (gows), `<fromMe>_<chat>_<key>[_<author>]`. */
export function seedId(dialect: Dialect, n: number, chat: string, fromMe: boolean, author?: string): string {
  const key = `3EB0${String(n).padStart(16, '0')}`;
  if (WASEND(dialect)) return `msg_seed${n}`;
  if (dialect === 'gows') return key;
  return `${fromMe}_${chat}_${key}${author === undefined ? '' : `_${author}`}`;
}

/** The ids of the seeded messages, per dialect. */
export function ids(dialect: Dialect) {
  return {
    m1: seedId(dialect, 1, ALICE, false),
    m2: seedId(dialect, 2, ALICE, true),
    m3: seedId(dialect, 3, ALICE, false),
    m4: seedId(dialect, 4, G1, false, BOB),
  };
}

/**
 * s1 (me = ME) has three chats: Alice (read "Hi", my reply, an unread "Are you there?"), the
 * group G1 (pinned, one unread message from Bob) and Bob (archived, empty). Contacts: Alice (named,
 * with a picture), Bob (push name only), Carol (not on WhatsApp).
 */
export function chatsInit(dialect: Dialect, extra: Partial<ScenarioInit> = {}): ScenarioInit {
  const id = ids(dialect);
  return {
    dialect,
    keys: [KEY],
    sessions: [
      { id: 's1', me: ME },
      { id: 'starting', status: 'STARTING' },
    ],
    groups: [
      { id: G1, session: 's1', name: 'Test group', owner: ME, admins: [ME], members: [ME, ALICE, BOB] },
    ],
    contacts: [
      {
        id: ALICE,
        session: 's1',
        name: 'Alice',
        pushName: 'Ali',
        pictureUrl: 'https://pps.example/alice.jpg',
      },
      { id: '+49 170 0000003', session: 's1', pushName: 'Bobby' },
      { id: CAROL, session: 's1', name: 'Carol', onWhatsApp: false },
    ],
    chats: [
      {
        id: ALICE,
        session: 's1',
        messages: [
          { id: id.m1, body: 'Hi', timestamp: 1700000000, ack: 3 },
          { id: id.m2, body: 'Hello Alice', fromMe: true, timestamp: 1700000060, ack: 3 },
          { id: id.m3, body: 'Are you there?', timestamp: 1700000120 },
        ],
      },
      {
        id: G1,
        session: 's1',
        pinned: true,
        messages: [{ id: id.m4, from: BOB, body: 'Group hello', timestamp: 1700000030 }],
      },
      { id: BOB, session: 's1', archived: true },
    ],
    ...extra,
  };
}

/** The Wasend and WAHA recipient fields, as the SDK sends both (docs/contract.md, "Requests"). */
export const toAlice = { session: 's1', to: '+491700000002', chatId: ALICE };

const REASONS: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 422: 'Unprocessable Entity' };

/** `[status, content type, body]` of a plain error (400, 404, 422) in the dialect's shape. */
export function plainError(dialect: Dialect, status: number, message: string): unknown[] {
  if (dialect === 'docs') return [status, 'application/json', { success: false, error: message }];
  if (dialect === 'gows') return [status, 'application/json', { error: { code: status, message } }];
  const body = { statusCode: status, message: status === 400 ? [message] : message, error: REASONS[status] };
  return [status, dialect === 'json-string' ? 'application/json' : NEST, body];
}
