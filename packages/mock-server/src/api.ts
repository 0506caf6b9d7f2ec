import type { ApiContext } from './apiContext';
import type { ApiRequest } from './apiRequest';
import type { Rendered } from './dialects/common';
import { errorRenderers } from './dialects/errors';
import { runGroupsApi } from './groupsApi';
import { matchRoute, type Route } from './routes';
import { advanceSessions } from './sessionLifecycle';
import { runSessionsApi, SESSION_ENDPOINTS } from './sessionsApi';
import type { ScenarioState } from './types';

export type { ApiRequest } from './apiRequest';

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
  if ('error' in match) {
    return match.error === 'bad-encoding'
      ? errors.error(400, 'Malformed percent-encoding in a path parameter')
      : errors.error(404, `Cannot ${request.method} ${request.path}`);
  }
  const { route } = match;

  const scope = state.keyScopes[key];
  if (scope !== undefined && !inScope(scope, route)) {
    return errors.forbidden(
      route.session === undefined
        ? 'This API key may not create sessions'
        : `This API key may not use session "${route.session}"`,
    );
  }

  const ctx: ApiContext = { state, request, errors, now, scope };
  return SESSION_ENDPOINTS.has(route.name) ? runSessionsApi(ctx, route) : runGroupsApi(ctx, route);
}

/** A scoped key reaches its own sessions and the (filtered) session list, nothing else. */
function inScope(scope: string[], route: Route): boolean {
  if (route.session !== undefined) return scope.includes(route.session);
  return route.name === 'retrieveAllSessions';
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
