// The session endpoints' successes (docs/contract.md, "Sessions"): Wasend's own model (`docs` wrapped the way
// its pages show, `json-string` bare) and WAHA's `SessionInfo`/`SessionDTO` (every engine dialect).
import { QR_PNG_BASE64, qrPngBytes } from '../qrImage';
import type { Dialect, SessionState } from '../types';
import { json, nestJson, type Rendered } from './common';

export interface SessionRenderers {
  created(session: SessionState): Rendered;
  /** `all`: WAHA's `?all=true` (STOPPED sessions are left out without it). */
  list(sessions: SessionState[], all: boolean): Rendered;
  one(session: SessionState): Rendered;
  deleted(): Rendered;
  /** After start, stop or restart. */
  changed(session: SessionState): Rendered;
  /** `acceptJson`: the request's Accept header is exactly `application/json`. */
  qrImage(acceptJson: boolean): Rendered;
  qrRaw(session: SessionState): Rendered;
}

const flags = (s: SessionState) => ({
  enableAccountProtection: s.enableAccountProtection,
  enableMessageLogging: s.enableMessageLogging,
  enableWebhook: s.enableWebhook,
  webhookUrl: s.webhookUrl,
});

/** Wasend's session (`lib/sessions.d.ts`, DOCS sessions/create): flags at the top. */
export const wasendSession = (s: SessionState) => ({
  uniqueSessionId: s.id,
  sessionName: s.name,
  phoneNumber: s.phoneNumber,
  status: s.status,
  ...flags(s),
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});

function wasendSessions({ wrapped }: { wrapped: boolean }): SessionRenderers {
  return {
    created: (s) => json(201, wasendSession(s)),
    list: (sessions) =>
      wrapped
        ? json(200, {
            sessions: sessions.map((s) => ({
              session: wasendSession(s),
              downstream: { name: s.id, status: s.status, config: {}, engine: 'NOWEB' },
            })),
          })
        : json(200, sessions.map(wasendSession)),
    // DOCS sessions/get-info: the flags under `config` (json-string: the flat SDK shape).
    one: (s) => {
      if (!wrapped) return json(200, wasendSession(s));
      const { enableAccountProtection, enableMessageLogging, enableWebhook, webhookUrl, ...rest } =
        wasendSession(s);
      return json(200, {
        ...rest,
        config: { enableAccountProtection, enableMessageLogging, enableWebhook, webhookUrl },
      });
    },
    deleted: () => json(200, wrapped ? { success: true } : { result: true }),
    changed: (s) => json(200, wasendSession(s)),
    qrImage: () => json(200, { data: QR_PNG_BASE64 }),
    qrRaw: (s) => json(200, { data: s.qr }),
  };
}

/** WAHA's session config as far as the mock knows it: the webhook, from Wasend's flags. */
const wahaConfig = (s: SessionState) => ({
  webhooks:
    s.enableWebhook && s.webhookUrl !== null
      ? [{ url: s.webhookUrl, events: ['message', 'session.status'] }]
      : [],
});

/** `SessionDTO`: what create, start, stop and restart answer. */
const sessionDto = (s: SessionState) => ({ name: s.id, status: s.status, config: wahaConfig(s) });

/** `SessionInfo`: the DTO plus `me` (only once WORKING). */
const sessionInfo = (s: SessionState) => ({
  ...sessionDto(s),
  me: s.status === 'WORKING' ? { id: s.me, pushName: s.name } : null,
});

const wahaSessions: SessionRenderers = {
  created: (s) => nestJson(201, sessionDto(s)),
  list: (sessions, all) =>
    nestJson(200, sessions.filter((s) => all || s.status !== 'STOPPED').map(sessionInfo)),
  one: (s) => nestJson(200, sessionInfo(s)),
  deleted: () => ({ status: 200, contentType: null, body: '' }),
  changed: (s) => nestJson(201, sessionDto(s)),
  // BufferResponseInterceptor: JSON only for exactly `Accept: application/json`, else the bytes.
  qrImage: (acceptJson) =>
    acceptJson
      ? nestJson(200, { mimetype: 'image/png', data: QR_PNG_BASE64 })
      : { status: 200, contentType: 'image/png', body: qrPngBytes() },
  qrRaw: (s) => nestJson(200, { value: s.qr }),
};

export function sessionRenderers(dialect: Dialect): SessionRenderers {
  if (dialect === 'docs') return wasendSessions({ wrapped: true });
  if (dialect === 'json-string') return wasendSessions({ wrapped: false });
  return wahaSessions;
}
