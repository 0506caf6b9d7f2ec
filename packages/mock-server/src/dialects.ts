import type { Dialect, GroupState, SessionState } from './types';

/** A rendered answer: exact status, content type and body bytes (as text). */
export interface Rendered {
  status: number;
  contentType: string;
  body: string;
}

/** Where a failing request came from, for the engine-crash body (shape 4). */
export interface RequestInfo {
  method: string;
  path: string;
  query: Record<string, string>;
}

/** How one dialect renders each endpoint's success and each error (docs/contract.md rows). */
interface DialectTable {
  inviteCode(code: string): Rendered;
  revoke(code: string): Rendered;
  joinInfo(group: GroupState): Rendered;
  join(group: GroupState): Rendered;
  /** 400/401/403/404/410 and unknown routes. */
  error(status: number, message: string): Rendered;
  /** The caller is not an admin: a 403, or the engine's 500 crash (shape 4). */
  notAdmin(request: RequestInfo): Rendered;
}

const JSON_TYPE = 'application/json';
/** What Express/NestJS send for `res.json()` — the waha engine. */
const NEST_JSON_TYPE = 'application/json; charset=utf-8';
const LINK_PREFIX = 'https://chat.whatsapp.com/';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
};

export const NOT_ADMIN_MESSAGE = 'not-authorized';

const json = (status: number, value: unknown, contentType = JSON_TYPE): Rendered => ({
  status,
  contentType,
  body: JSON.stringify(value),
});

/** Shape 1. */
const docsError = (status: number, message: string) => json(status, { success: false, error: message });

/** Shape 2: NestJS; a 400 carries the validation messages as an array. */
const nestError = (contentType: string) => (status: number, message: string) =>
  json(
    status,
    { statusCode: status, message: status === 400 ? [message] : message, error: REASONS[status] ?? 'Error' },
    contentType,
  );

/** Shape 4: the engine crashed (WAHA turns "not admin" into this 500). */
const engineCrash =
  (contentType: string) =>
  (request: RequestInfo): Rendered =>
    json(
      500,
      {
        statusCode: 500,
        exception: { message: NOT_ADMIN_MESSAGE, name: 'Error' },
        request: { path: request.path, method: request.method, query: request.query },
      },
      contentType,
    );

const createdIso = (group: GroupState) => new Date(group.createdAt * 1000).toISOString();

/** The docs' join-info object (also the json-string dialect's unwrapped answer). */
const camelInfo = (group: GroupState) => ({
  jid: group.id,
  name: group.name,
  topic: group.description,
  ownerJid: group.owner,
  participantsCount: group.members.length,
  isAnnounce: group.isAnnounce,
  isLocked: group.isLocked,
  groupCreated: createdIso(group),
});

const groupSummary = (group: GroupState) => ({
  id: group.id,
  name: group.name,
  participantsCount: group.members.length,
});

export const DIALECT_TABLES: Record<Dialect, DialectTable> = {
  docs: {
    inviteCode: (code) => json(200, { success: true, inviteCode: code }),
    revoke: (code) => json(200, { success: true, inviteCode: code }),
    joinInfo: (group) => json(200, { success: true, data: camelInfo(group), error: null }),
    join: (group) => json(200, { success: true, group: groupSummary(group) }),
    error: docsError,
    notAdmin: () => docsError(403, 'You are not an admin of this group'),
  },
  waha: {
    // Express sends a returned string as text/html.
    inviteCode: (code) => ({ status: 200, contentType: 'text/html; charset=utf-8', body: code }),
    revoke: (code) => ({ status: 201, contentType: 'text/html; charset=utf-8', body: code }),
    joinInfo: (group) =>
      json(
        200,
        {
          id: group.id,
          subject: group.name,
          desc: group.description,
          owner: group.owner,
          size: group.members.length,
          creation: group.createdAt,
          announce: group.isAnnounce,
          restrict: group.isLocked,
        },
        NEST_JSON_TYPE,
      ),
    join: (group) => json(201, { id: group.id }, NEST_JSON_TYPE),
    error: nestError(NEST_JSON_TYPE),
    notAdmin: engineCrash(NEST_JSON_TYPE),
  },
  gows: {
    inviteCode: (code) => ({
      status: 200,
      contentType: 'text/plain; charset=utf-8',
      body: LINK_PREFIX + code,
    }),
    revoke: (code) => ({ status: 200, contentType: 'text/plain; charset=utf-8', body: LINK_PREFIX + code }),
    joinInfo: (group) =>
      json(200, {
        JID: group.id,
        Name: group.name,
        Topic: group.description,
        OwnerJID: group.owner,
        Participants: group.members.map((jid) => ({ JID: jid })),
        IsAnnounce: group.isAnnounce,
        IsLocked: group.isLocked,
        GroupCreated: createdIso(group),
      }),
    join: (group) => json(200, { jid: group.id }),
    // Shape 5.
    error: (status, message) => json(status, { error: { code: status, message } }),
    notAdmin: engineCrash(JSON_TYPE),
  },
  'json-string': {
    inviteCode: (code) => json(200, code),
    revoke: (code) => json(200, code),
    joinInfo: (group) => json(200, camelInfo(group)),
    join: (group) => json(200, groupSummary(group)),
    error: nestError(JSON_TYPE),
    notAdmin: () => nestError(JSON_TYPE)(403, 'You are not an admin of this group'),
  },
};

/** Shape 3, the same in every dialect; only the content type follows the dialect. */
export function renderSessionNotReady(dialect: Dialect, session: SessionState): Rendered {
  return json(
    422,
    {
      error: 'Session status is not as expected. Try again later or restart the session',
      session: session.id,
      status: session.status,
      expected: ['WORKING'],
    },
    dialect === 'waha' ? NEST_JSON_TYPE : JSON_TYPE,
  );
}
