// Every error each dialect answers, in that dialect's shape (README "Error answers").
import type { ApiRequest } from '../apiRequest';
import type { Dialect, EndpointName, ScenarioState, SessionState, SessionStatus } from '../types';
import {
  docsError,
  empty,
  gowsError,
  JSON_TYPE,
  json,
  NEST_JSON_TYPE,
  nestError,
  nestJson,
  type Rendered,
} from './common';
import { compactCrash, type Engine, fullCrash } from './engineCrash';

export interface ErrorRenderers {
  /** 400/404/409/410/422 and unknown routes, in the dialect's own shape. */
  error(status: number, message: string): Rendered;
  /** A missing or unknown key. */
  unauthorized(message: string): Rendered;
  /** The key is scoped to other sessions. */
  forbidden(message: string): Rendered;
  /** An unknown session on an engine route (groups, QR). */
  sessionNotFound(id: string): Rendered;
  /** Error shape 3. */
  sessionNotReady(session: SessionState, expected: SessionStatus[]): Rendered;
  groupNotFound(request: ApiRequest, groupId: string): Rendered;
  /** `me` is not an admin of the group; some engines answer per endpoint. */
  notAdmin(request: ApiRequest, endpoint: EndpointName): Rendered;
  /** The engine threw (a body of the wrong shape, a refused value). */
  engineError(request: ApiRequest, message: string, name?: string): Rendered;
  /** The engine lacks the method (501). */
  notImplemented(): Rendered;
  /** The `core` build keeps the feature for Plus (422; docs/contract.md, "Messages"). */
  plusOnly(): Rendered;
  inviteNotFound(request: ApiRequest): Rendered;
  inviteRevoked(request: ApiRequest): Rendered;
}

export const NOT_ADMIN_MESSAGE = 'not-authorized';
export const ITEM_NOT_FOUND = 'item-not-found';
export const INVITE_REVOKED = 'invite link revoked';

const ENGINE_OF: Record<Dialect, Engine> = {
  docs: 'NOWEB',
  'json-string': 'NOWEB',
  waha: 'NOWEB',
  noweb: 'NOWEB',
  gows: 'GOWS',
  webjs: 'WEBJS',
};

/** WEBJS setters resolve `false` when WhatsApp refused the change (docs/contract.md, "Groups"). */
const WEBJS_BOOLEAN_SETTERS: ReadonlySet<EndpointName> = new Set([
  'setGroupSubject',
  'setGroupDescription',
  'setGroupInfoAdminOnly',
  'setGroupMessagesAdminOnly',
]);

const sessionNotReady =
  (contentType: string) =>
  (session: SessionState, expected: SessionStatus[]): Rendered =>
    json(
      422,
      {
        error: 'Session status is not as expected. Try again later or restart the session',
        session: session.id,
        status: session.status,
        expected,
      },
      contentType,
    );

/** The API-key guard of today's engine: no `error` field. */
const guard = (status: 401 | 403, message: 'Unauthorized' | 'Forbidden'): Rendered =>
  nestJson(status, { message, statusCode: status });

export function errorRenderers(state: ScenarioState): ErrorRenderers {
  const engine = ENGINE_OF[state.dialect];
  const notImplemented = (): Rendered =>
    nestJson(501, {
      statusCode: 501,
      message: `The method is not implemented by '${engine}' engine.`,
      error: 'Not Implemented',
    });
  const notImplementedMessage = `The method is not implemented by '${engine}' engine.`;
  // WAHA's AvailableInPlusVersion, with its default feature name.
  const plusOnlyMessage = `The feature is available only in Plus version for '${engine}' engine. Check this out: https://waha.devlike.pro/`;
  const plusOnly = (): Rendered =>
    nestJson(422, { statusCode: 422, message: plusOnlyMessage, error: 'Unprocessable Entity' });

  switch (state.dialect) {
    case 'docs':
      return {
        error: docsError,
        unauthorized: (m) => docsError(401, m),
        forbidden: (m) => docsError(403, m),
        sessionNotFound: (id) => docsError(404, `Session "${id}" not found`),
        sessionNotReady: sessionNotReady(JSON_TYPE),
        groupNotFound: (_, id) => docsError(404, `Group "${id}" not found`),
        notAdmin: () => docsError(403, 'You are not an admin of this group'),
        engineError: (_, m) => docsError(500, m),
        notImplemented: () => docsError(501, notImplementedMessage),
        plusOnly: () => docsError(422, plusOnlyMessage),
        inviteNotFound: () => docsError(404, 'Invite code not found'),
        inviteRevoked: () => docsError(410, 'Invite code has been revoked'),
      };
    case 'json-string': {
      const error = nestError(JSON_TYPE);
      return {
        error,
        unauthorized: (m) => error(401, m),
        forbidden: (m) => error(403, m),
        sessionNotFound: (id) => error(404, `Session "${id}" not found`),
        sessionNotReady: sessionNotReady(JSON_TYPE),
        groupNotFound: (_, id) => error(404, `Group "${id}" not found`),
        notAdmin: () => error(403, 'You are not an admin of this group'),
        engineError: (_, m) => error(500, m),
        notImplemented: () => error(501, notImplementedMessage),
        plusOnly: () => error(422, plusOnlyMessage),
        inviteNotFound: () => error(404, 'Invite code not found'),
        inviteRevoked: () => error(410, 'Invite code has been revoked'),
      };
    }
    case 'waha':
    case 'gows': {
      const contentType = state.dialect === 'waha' ? NEST_JSON_TYPE : JSON_TYPE;
      const error = state.dialect === 'waha' ? nestError(NEST_JSON_TYPE) : gowsError;
      const crash = compactCrash(contentType);
      return {
        error,
        unauthorized: (m) => error(401, m),
        forbidden: () => guard(403, 'Forbidden'),
        sessionNotFound: (id) => error(404, `Session "${id}" not found`),
        sessionNotReady: sessionNotReady(contentType),
        groupNotFound: (_, id) => error(404, `Group "${id}" not found`),
        notAdmin: (request) => crash(request, NOT_ADMIN_MESSAGE),
        engineError: crash,
        notImplemented,
        plusOnly,
        inviteNotFound: () => error(404, 'Invite code not found'),
        inviteRevoked: () => error(410, 'Invite code has been revoked'),
      };
    }
    case 'noweb':
    case 'webjs': {
      const crash = fullCrash(engine, state.build);
      const isWebjs = state.dialect === 'webjs';
      return {
        error: nestError(NEST_JSON_TYPE),
        unauthorized: () => guard(401, 'Unauthorized'),
        forbidden: () => guard(403, 'Forbidden'),
        sessionNotFound: (id) => nestJson(422, { error: `Session "${id}" does not exist`, session: id }),
        sessionNotReady: sessionNotReady(NEST_JSON_TYPE),
        groupNotFound: (request) => crash(request, ITEM_NOT_FOUND),
        notAdmin: (request, endpoint) => {
          // whatsapp-web.js resolves instead of throwing for these (docs/contract.md, "Today's engine").
          if (isWebjs && endpoint === 'getGroupInviteCode') return empty(200);
          if (isWebjs && WEBJS_BOOLEAN_SETTERS.has(endpoint)) return nestJson(200, false);
          return crash(request, NOT_ADMIN_MESSAGE);
        },
        engineError: crash,
        notImplemented,
        plusOnly,
        inviteNotFound: (request) => crash(request, ITEM_NOT_FOUND),
        inviteRevoked: (request) => crash(request, INVITE_REVOKED),
      };
    }
  }
}
