// Wasend's own routes without a session (docs/contract.md, "Account"): the account and a message
// by id. The WAHA dialects have neither (api.ts answers them 404 before this runs).
import { type ApiContext, isUnimplemented } from './apiContext';
import { findMessage } from './chatModel';
import { wasendOnlyRenderers } from './dialects/chatting';
import type { Rendered } from './dialects/common';
import type { Route } from './routes';
import { findSession } from './state';

export function runAccountApi(ctx: ApiContext, route: Route): Rendered {
  const { state, errors } = ctx;
  if (isUnimplemented(state, route.name)) return errors.notImplemented();
  const render = wasendOnlyRenderers(state.dialect === 'docs' ? 'docs' : 'json-string');
  if (route.name === 'retrieveAccount') return render.account(state.account);
  // A scoped key finds only its own sessions' messages.
  const sessions = state.sessions
    .map((s) => s.id)
    .filter((id) => ctx.scope === undefined || ctx.scope.includes(id));
  const found = findMessage(state, sessions, route.message ?? '');
  if (!found) return errors.error(404, 'Message not found');
  return render.storedMessage(found.message, findSession(state, found.chat.session)?.me ?? '');
}
