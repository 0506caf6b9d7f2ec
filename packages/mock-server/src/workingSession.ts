// The checks every session-scoped endpoint makes before its own (README "API behaviour", steps
// 5–7): the session exists and is WORKING, and the engine has the method (`build`, `unimplemented`).
import { type ApiContext, isPlusOnly, isUnimplemented, type Read } from './apiContext';
import { findSession } from './state';
import type { EndpointName, SessionState } from './types';

export function workingSession(ctx: ApiContext, name: EndpointName, sessionId: string): Read<SessionState> {
  const { state, errors } = ctx;
  const session = findSession(state, sessionId);
  if (!session) return { fail: errors.sessionNotFound(sessionId) };
  if (session.status !== 'WORKING') return { fail: errors.sessionNotReady(session, ['WORKING']) };
  // The engine throws 501 or 422 from the method itself, after the session pipe and before any lookup.
  if (isUnimplemented(state, name)) return { fail: errors.notImplemented() };
  if (isPlusOnly(state, name)) return { fail: errors.plusOnly() };
  return { ok: session };
}
