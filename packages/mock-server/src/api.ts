import { runAccountApi } from './accountApi';
import { type ApiContext, isEngineDialect } from './apiContext';
import type { ApiRequest } from './apiRequest';
import { runChatsApi } from './chatsApi';
import { runContactsApi } from './contactsApi';
import type { Rendered } from './dialects/common';
import { errorRenderers } from './dialects/errors';
import { runGroupsApi } from './groupsApi';
import { runMessagesApi } from './messagesApi';
import { readRequestSession } from './requestSession';
import { matchRoute, type Route } from './routes';
import { advanceSessions } from './sessionLifecycle';
import { runSessionsApi, SESSION_ENDPOINTS } from './sessionsApi';
import {
  ACCOUNT_ENDPOINT_NAMES,
  CHAT_ENDPOINT_NAMES,
  CONTACT_ENDPOINT_NAMES,
  type EndpointName,
  MESSAGE_ENDPOINT_NAMES,
  type ScenarioState,
} from './types';

export type { ApiRequest } from './apiRequest';

/** Wasend's own routes: the WAHA dialects answer them like any route they lack (404). */
const WASEND_ONLY: ReadonlySet<EndpointName> = new Set(['send', ...ACCOUNT_ENDPOINT_NAMES]);

type Area = (ctx: ApiContext, route: Route) => Rendered;

const AREAS: ReadonlyArray<[ReadonlySet<EndpointName>, Area]> = [
  [SESSION_ENDPOINTS, runSessionsApi],
  [new Set(MESSAGE_ENDPOINT_NAMES), runMessagesApi],
  [new Set(CHAT_ENDPOINT_NAMES), runChatsApi],
  [new Set(CONTACT_ENDPOINT_NAMES), runContactsApi],
  [new Set(ACCOUNT_ENDPOINT_NAMES), runAccountApi],
];

/**
 * Runs one API request against a scenario's state and renders the answer in its dialect.
 * Checks run in the order docs/design.md gives ("The mock server"): key → route → (key scope) →
 * session exists → session WORKING → group (or code) → admin → ok. The session and group steps
 * live with each area's endpoints.
 */
export function runApi(state: ScenarioState, request: ApiRequest): Rendered {
  const now = Date.now();
  // Sessions started through the API move on with time; catch up before looking at them.
  advanceSessions(state, now);
  const errors = errorRenderers(state);

  const key = readApiKey(request.headers);
  if (key === null) return errors.unauthorized('Missing API key');
  if (!state.keys.includes(key)) return errors.unauthorized('Invalid API key');

  const match = matchRoute(request.method, request.path);
  const notFound = () => errors.error(404, `Cannot ${request.method} ${request.path}`);
  if ('error' in match) {
    return match.error === 'bad-encoding'
      ? errors.error(400, 'Malformed percent-encoding in a path parameter')
      : notFound();
  }
  const { route } = match;
  if (WASEND_ONLY.has(route.name) && isEngineDialect(state.dialect)) return notFound();
  // Messages and Contacts carry the session in the body or query.
  const noSession = readRequestSession(state.dialect, errors, route, request);
  if (noSession) return noSession;

  const scope = state.keyScopes[key];
  if (scope !== undefined && !inScope(scope, route)) {
    return errors.forbidden(
      route.session === undefined
        ? 'This API key may not create sessions'
        : `This API key may not use session "${route.session}"`,
    );
  }

  const ctx: ApiContext = { state, request, errors, now, scope };
  const area = AREAS.find(([names]) => names.has(route.name))?.[1] ?? runGroupsApi;
  return area(ctx, route);
}

/**
 * A scoped key reaches its own sessions, the (filtered) session list, the account and its own
 * sessions' messages by id, nothing else.
 */
function inScope(scope: string[], route: Route): boolean {
  if (route.session !== undefined) return scope.includes(route.session);
  return (
    route.name === 'retrieveAllSessions' || route.name === 'retrieveAccount' || route.name === 'getMessage'
  );
}

/** `Authorization: Bearer <key>` (what the SDK sends); `X-Api-Key` as the WAHA engine takes it. */
function readApiKey(headers: Headers): string | null {
  const auth = headers.get('authorization');
  if (auth !== null) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    return m?.[1] ?? '';
  }
  return headers.get('x-api-key');
}
