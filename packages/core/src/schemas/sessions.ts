// The Sessions area's wire (docs/contract.md, "Sessions"): the Wasend session model going out, and
// every backend's session and QR answers read into `Session` and `QRCode`.
import * as z from 'zod/mini';
import type { Answer, Reader } from '../http/answer';
import { isRecord } from '../http/body';
import { payload, readWith, unusable } from './answer';
import { toBase64 } from './bytes';
import { isoTime } from './group';
import { boolean, httpUrl, listOf, oneOf, phone, text } from './primitives';

export type SessionStatus = 'STOPPED' | 'STARTING' | 'SCAN_QR_CODE' | 'WORKING' | 'FAILED' | (string & {});

export interface Session {
  /** The id to pass as `sessionId` (Wasend's `uniqueSessionId`, or the engine's session name). */
  id: string;
  name?: string;
  phoneNumber?: string;
  status?: SessionStatus;
  /** ISO 8601. */
  createdAt?: string;
  /** ISO 8601. */
  updatedAt?: string;
  accountProtection?: boolean;
  messageLogging?: boolean;
  webhook?: { enabled: boolean; url?: string };
  /** The WhatsApp account the session is logged in as, once it is. */
  me?: { id: string; pushName?: string };
  /** The session as the server sent it (after unwrapping). */
  raw: unknown;
}

/** A QR code to scan: its payload text, or an image (base64), or both. */
export interface QRCode {
  value?: string;
  image?: { mimetype: string; data: string };
}

export interface CreateSessionInput {
  sessionName: string;
  phoneNumber: string;
  enableAccountProtection?: boolean;
  enableMessageLogging?: boolean;
  enableWebhook?: boolean;
  /** Required when `enableWebhook` is true. */
  webhookUrl?: string;
}

// ── inputs ───────────────────────────────────────────────────────────────────────────────────────

const optional = z.optional;

export const createSessionInput = z
  .object(
    {
      sessionName: text('sessionName'),
      phoneNumber: phone,
      enableAccountProtection: optional(boolean('enableAccountProtection')),
      enableMessageLogging: optional(boolean('enableMessageLogging')),
      enableWebhook: optional(boolean('enableWebhook')),
      webhookUrl: optional(httpUrl('webhookUrl')),
    },
    { error: 'createSession expects { sessionName, phoneNumber, … }' },
  )
  .check(
    z.refine((input) => !input.enableWebhook || input.webhookUrl !== undefined, {
      error: 'webhookUrl is required when enableWebhook is true',
    }),
  );

export const qrInput = z.object(
  { format: optional(oneOf('format', ['image', 'raw'])) },
  { error: "expected { format?: 'image' | 'raw' }" },
);

// ── answers ──────────────────────────────────────────────────────────────────────────────────────

const string = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** A session in any form: Wasend's flat one (flags on top or under `config`), an official `{ session, downstream }` item, or the engine's `SessionInfo`. */
export const session = z.pipe(
  z.custom<Record<string, unknown>>((value) => {
    const record = isRecord(value) && isRecord(value.session) ? value.session : value;
    return isRecord(record) && [record.uniqueSessionId, record.name, record.id].some(string);
  }),
  z.transform((raw): Session => {
    const downstream = isRecord(raw.downstream) ? raw.downstream : {};
    const record = isRecord(raw.session) ? { ...downstream, ...raw.session } : raw;
    const config = isRecord(record.config) ? record.config : {};
    const setting = (name: string) => record[name] ?? config[name];
    const out: Session = { id: [record.uniqueSessionId, record.name, record.id].find(string) as string, raw };
    const name = [record.sessionName, record.name].find(string);
    if (name) out.name = name;
    if (string(record.phoneNumber)) out.phoneNumber = record.phoneNumber;
    const status = [record.status, downstream.status].find(string);
    if (status) out.status = status;
    for (const field of ['createdAt', 'updatedAt'] as const) {
      const time = z.safeParse(isoTime, record[field]);
      if (time.success) out[field] = time.data;
    }
    const protection = setting('enableAccountProtection');
    if (typeof protection === 'boolean') out.accountProtection = protection;
    const logging = setting('enableMessageLogging');
    if (typeof logging === 'boolean') out.messageLogging = logging;
    const webhook = setting('enableWebhook');
    const url = setting('webhookUrl');
    const hooks = Array.isArray(config.webhooks) ? config.webhooks : undefined;
    if (typeof webhook === 'boolean') out.webhook = { enabled: webhook, ...(string(url) && { url }) };
    else if (hooks) {
      const first = hooks.find((hook) => isRecord(hook) && string(hook.url)) as { url: string } | undefined;
      out.webhook = { enabled: first !== undefined, ...(first && { url: first.url }) };
    }
    const me = record.me;
    if (isRecord(me) && string(me.id))
      out.me = { id: me.id, ...(string(me.pushName) && { pushName: me.pushName }) };
    return out;
  }),
);

/** An array, or `{ sessions: [...] }`. */
export const sessionList = listOf(session, 'session list', 0, (value) =>
  Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value.sessions)
      ? value.sessions
      : undefined,
);

export const readSession: Reader<Session> = readWith(session, 'session', 'session');
export const readSessions: Reader<Session[]> = readWith(sessionList, 'session list', 'sessions');

// ── QR codes ─────────────────────────────────────────────────────────────────────────────────────

/** `{ data }` alone: an image when it is a PNG in base64 or a `data:image/` URI, else the QR's payload. */
function fromData(data: string): QRCode {
  const uri = /^data:(image\/[\w.+-]+);base64,/.exec(data);
  if (uri) return { image: { mimetype: uri[1] as string, data: data.slice(uri[0].length) } };
  return data.startsWith('iVBOR') ? { image: { mimetype: 'image/png', data } } : { value: data };
}

/**
 * The QR answer: image bytes (`image/*`), `{ mimetype, data }`, `{ value }`, or a bare `{ data }`
 * (docs/contract.md, "QR code"). Neither an image nor a payload → `WasendResponseError`.
 */
export function readQRCode(answer: Answer): QRCode {
  const type = answer.headers['content-type'] ?? '';
  if (answer.bytes && /^image\//i.test(type))
    return { image: { mimetype: type.split(';')[0]?.trim() as string, data: toBase64(answer.bytes) } };
  const body = payload(answer.body, 'qr');
  const out: QRCode = {};
  if (isRecord(body)) {
    if (string(body.value)) out.value = body.value;
    if (string(body.data))
      Object.assign(
        out,
        string(body.mimetype) ? { image: { mimetype: body.mimetype, data: body.data } } : fromData(body.data),
      );
  }
  if (!out.value && !out.image) throw unusable(answer, 'QR code');
  return out;
}
