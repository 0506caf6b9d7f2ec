// The `/sessions` area (docs/contract.md, "Sessions"): Wasend's session model in `docs`/`json-string`, WAHA's
// in the engine dialects, one state machine behind both (sessionLifecycle.ts).
import { type ApiContext, isEngineDialect, isHttpUrl, isUnimplemented } from './apiContext';
import { bodyObject, booleanQuery, isRecord } from './apiRequest';
import type { Rendered } from './dialects/common';
import { sessionRenderers } from './dialects/sessions';
import { phoneOf, toMemberJid } from './jids';
import { randomAlphanumeric } from './random';
import type { Route } from './routes';
import { DEFAULT_ME } from './scenarioInit';
import { markQrFetched, restartSession, startSession, stopSession } from './sessionLifecycle';
import { findSession } from './state';
import { type EndpointName, SESSION_ENDPOINT_NAMES, type SessionState } from './types';

export const SESSION_ENDPOINTS: ReadonlySet<EndpointName> = new Set(SESSION_ENDPOINT_NAMES);

export function runSessionsApi(ctx: ApiContext, route: Route): Rendered {
  const { state, request, errors, now } = ctx;
  const render = sessionRenderers(state.dialect);
  const engine = isEngineDialect(state.dialect);

  if (route.name === 'createSession' || route.name === 'retrieveAllSessions') {
    if (isUnimplemented(state, route.name)) return errors.notImplemented();
    if (route.name === 'retrieveAllSessions') {
      const visible = state.sessions.filter((s) => ctx.scope === undefined || ctx.scope.includes(s.id));
      return render.list(visible, booleanQuery(request, 'all') === true);
    }
    const created = engine ? createWahaSession(ctx) : createWasendSession(ctx);
    if ('fail' in created) return created.fail;
    state.sessions.push(created.ok);
    return render.created(created.ok);
  }

  const id = route.session ?? '';
  const session = findSession(state, id);
  if (!session) {
    // The QR route sits behind WAHA's session pipe (422 "does not exist" today); the session
    // controller answers 404, except DELETE, which WAHA documents as idempotent.
    if (route.name === 'retrieveQRCode') return errors.sessionNotFound(id);
    if (route.name === 'deleteSession' && engine) return render.deleted();
    return errors.error(404, engine ? 'Session not found' : `Session "${id}" not found`);
  }
  if (isUnimplemented(state, route.name)) return errors.notImplemented();

  switch (route.name) {
    case 'retrieveSessionInfo':
      return render.one(session);
    case 'deleteSession':
      state.sessions = state.sessions.filter((s) => s !== session);
      state.groups = state.groups.filter((g) => g.session !== session.id);
      state.chats = state.chats.filter((c) => c.session !== session.id);
      state.contacts = state.contacts.filter((c) => c.session !== session.id);
      return render.deleted();
    case 'startSession':
      // The open-source build refuses a second start (docs/contract.md, "Sessions"); elsewhere it is idempotent.
      if (engine && state.build === 'core' && session.status !== 'STOPPED' && session.status !== 'FAILED') {
        return errors.error(422, `Session '${session.id}' is already started.`);
      }
      startSession(session, now);
      return render.changed(session);
    case 'stopSession':
      stopSession(session, now);
      return render.changed(session);
    case 'restartSession':
      restartSession(session, now);
      return render.changed(session);
    default:
      return qr(ctx, session);
  }
}

function qr(ctx: ApiContext, session: SessionState): Rendered {
  const { state, request, errors, now } = ctx;
  const format = request.query.format;
  if (format !== undefined && format !== 'image' && format !== 'raw') {
    return errors.error(400, 'format must be one of the following values: image, raw');
  }
  if (session.status !== 'SCAN_QR_CODE') {
    return isEngineDialect(state.dialect)
      ? errors.sessionNotReady(session, ['SCAN_QR_CODE'])
      : errors.error(
          422,
          `Session "${session.id}" is ${session.status}: a QR code is shown only in SCAN_QR_CODE`,
        );
  }
  markQrFetched(session, now);
  const render = sessionRenderers(state.dialect);
  return format === 'raw'
    ? render.qrRaw(session)
    : render.qrImage(request.headers.get('accept') === 'application/json');
}

type Created = { ok: SessionState } | { fail: Rendered };

/** Wasend's body: `{sessionName, phoneNumber, enableAccountProtection?, …, webhookUrl?}`. */
function createWasendSession(ctx: ApiContext): Created {
  const body = bodyObject(ctx.request);
  const bad = (message: string): Created => ({ fail: ctx.errors.error(400, message) });
  if (typeof body.sessionName !== 'string' || body.sessionName.trim() === '') {
    return bad('sessionName must be a non-empty string');
  }
  const me = typeof body.phoneNumber === 'string' ? toMemberJid(body.phoneNumber) : null;
  if (me === null || !me.endsWith('@c.us')) return bad('phoneNumber must be a phone number');
  for (const flag of ['enableAccountProtection', 'enableMessageLogging', 'enableWebhook', 'start']) {
    if (body[flag] !== undefined && typeof body[flag] !== 'boolean') return bad(`${flag} must be a boolean`);
  }
  if (body.webhookUrl !== undefined && !isHttpUrl(body.webhookUrl))
    return bad('webhookUrl must be an http(s) URL');
  if (body.enableWebhook === true && body.webhookUrl === undefined) {
    return bad('webhookUrl is required when enableWebhook is true');
  }
  const session = newSession(ctx, crypto.randomUUID(), body.sessionName.trim(), me, body);
  session.phoneNumber = phoneOf(me) ?? null;
  // Wasend creates a session stopped; `start: true` starts it at once.
  if (body.start === true) startSession(session, ctx.now);
  return { ok: session };
}

/**
 * WAHA's body is `{name, config, start}`: the id is `name` (or Wasend's `sessionName`) reduced to
 * WAHA's `[A-Za-z0-9_-]{1,54}`; a session starts unless `start: false`.
 */
function createWahaSession(ctx: ApiContext): Created {
  const body = bodyObject(ctx.request);
  const given = typeof body.name === 'string' ? body.name : body.sessionName;
  const id =
    typeof given === 'string' && given.trim() !== ''
      ? given
          .trim()
          .replace(/[^A-Za-z0-9_-]/g, '_')
          .slice(0, 54)
      : `session_${randomAlphanumeric(8).toLowerCase()}`;
  if (findSession(ctx.state, id)) {
    return { fail: ctx.errors.error(422, `Session '${id}' already exists. Use PUT to update it.`) };
  }
  const phone = typeof body.phoneNumber === 'string' ? toMemberJid(body.phoneNumber) : null;
  const linked = phone?.endsWith('@c.us') ? phone : undefined;
  const webhook =
    isRecord(body.config) && Array.isArray(body.config.webhooks) ? body.config.webhooks[0] : undefined;
  const webhookUrl = isRecord(webhook) && typeof webhook.url === 'string' ? webhook.url : body.webhookUrl;
  const session = newSession(ctx, id, typeof given === 'string' ? given : id, linked ?? DEFAULT_ME, {
    ...body,
    enableWebhook: body.enableWebhook === true || typeof webhookUrl === 'string',
    webhookUrl,
  });
  session.phoneNumber = linked === undefined ? null : (phoneOf(linked) ?? null);
  if (body.start !== false) startSession(session, ctx.now);
  return { ok: session };
}

function newSession(
  ctx: ApiContext,
  id: string,
  name: string,
  me: string,
  body: Record<string, unknown>,
): SessionState {
  const at = new Date(ctx.now).toISOString();
  return {
    id,
    status: 'STOPPED',
    me,
    name,
    phoneNumber: null,
    enableAccountProtection: body.enableAccountProtection === true,
    enableMessageLogging: body.enableMessageLogging === true,
    enableWebhook: body.enableWebhook === true,
    webhookUrl: typeof body.webhookUrl === 'string' ? body.webhookUrl : null,
    createdAt: at,
    updatedAt: at,
    authenticated: false,
    auto: false,
    statusSince: ctx.now,
    qr: null,
    qrFetchedAt: null,
  };
}
