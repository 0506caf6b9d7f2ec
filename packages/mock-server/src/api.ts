import { DIALECT_TABLES, type Rendered, renderSessionNotReady } from './dialects';
import { matchRoute } from './routes';
import { addMember, findByCode, findGroup, findSession, rotateInviteCode } from './state';
import type { GroupState, ScenarioState } from './types';

/** The parts of an API request the endpoints need. */
export interface ApiRequest {
  method: string;
  /** Raw path after any scenario prefix, still percent-encoded. */
  path: string;
  query: Record<string, string>;
  headers: Headers;
  body: string | null;
}

/**
 * Runs one API request against a scenario's state and renders the answer in its dialect.
 * Checks run in the order docs/design.md gives ("The mock server"): key → route → session exists → session WORKING →
 * group (or code) → admin → ok.
 */
export function runApi(state: ScenarioState, request: ApiRequest): Rendered {
  const table = DIALECT_TABLES[state.dialect];

  const key = readApiKey(request.headers);
  if (key === null) return table.error(401, 'Missing API key');
  if (!state.keys.includes(key)) return table.error(401, 'Invalid API key');

  const match = matchRoute(request.method, request.path);
  if ('error' in match) {
    return match.error === 'bad-encoding'
      ? table.error(400, 'Malformed percent-encoding in a path parameter')
      : table.error(404, `Cannot ${request.method} ${request.path}`);
  }
  const { route } = match;

  const session = findSession(state, route.session);
  if (!session) return table.error(404, `Session "${route.session}" not found`);
  if (session.status !== 'WORKING') return renderSessionNotReady(state.dialect, session);

  if (route.name === 'invite-code' || route.name === 'revoke') {
    const group = findGroup(state, session.id, route.group);
    if (!group) return table.error(404, `Group "${route.group}" not found`);
    if (!group.admins.includes(session.me)) return table.notAdmin(request);
    return route.name === 'revoke'
      ? table.revoke(rotateInviteCode(group))
      : table.inviteCode(group.inviteCode);
  }

  const code = route.name === 'join-info' ? request.query.code : readJoinCode(request.body);
  if (!code) return table.error(400, 'code must be a non-empty string');
  const found = findByCode(state, code);
  if (!found) return table.error(404, 'Invite code not found');
  if (found.revoked) return table.error(410, 'Invite code has been revoked');
  const group: GroupState = found.group;
  if (route.name === 'join-info') return table.joinInfo(group);
  addMember(group, session.me);
  return table.join(group);
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

/** The engine reads `code`; the docs say `inviteCode`. */
function readJoinCode(body: string | null): string | undefined {
  if (body === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { code, inviteCode } = parsed as Record<string, unknown>;
    if (typeof code === 'string' && code !== '') return code;
    if (typeof inviteCode === 'string' && inviteCode !== '') return inviteCode;
  } catch {
    // Not JSON: no code.
  }
  return undefined;
}
