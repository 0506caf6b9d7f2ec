// Reading the group endpoints' request bodies the way each side does (docs/contract.md, "Requests"): Wasend
// (`docs`, `json-string`) validates its own fields and answers 400; the WAHA engines read only
// their own fields, with no validation, so a body of the wrong shape crashes the engine (500).
import { type ApiContext, isEngineDialect, isHttpUrl, type Read } from './apiContext';
import { bodyObject, isRecord } from './apiRequest';
import { toMemberJid } from './jids';

export type { Read } from './apiContext';

export interface RequestedParticipant {
  requested: string;
  /** Stored form, or null when not a phone or user JID. */
  jid: string | null;
  /** Wasend's create-group `isAdmin`. */
  isAdmin?: boolean;
}

/**
 * What a WAHA engine throws when `participants` are not `[{id}]` objects: `p.id` is undefined for a
 * string, and the JID helper then reads a property of undefined (GOWS' `toJID`; docs/contract.md, "Groups").
 */
export const NOT_OBJECTS_MESSAGE = "Cannot read properties of undefined (reading 'split')";

/** `participants`: Wasend takes phones/JIDs or `{id}` objects; the engines only `[{id}]`. */
export function readParticipants(ctx: ApiContext, raw: unknown): Read<RequestedParticipant[]> {
  const { errors, request } = ctx;
  if (isEngineDialect(ctx.state.dialect)) {
    if (!Array.isArray(raw)) {
      const message =
        raw === undefined
          ? "Cannot read properties of undefined (reading 'map')"
          : 'participants.map is not a function';
      return { fail: errors.engineError(request, message, 'TypeError') };
    }
    const out: RequestedParticipant[] = [];
    for (const p of raw) {
      if (!isRecord(p) || typeof p.id !== 'string') {
        return { fail: errors.engineError(request, NOT_OBJECTS_MESSAGE, 'TypeError') };
      }
      out.push({ requested: p.id, jid: toMemberJid(p.id) });
    }
    return { ok: out };
  }
  if (!Array.isArray(raw) || raw.length === 0) {
    return { fail: errors.error(400, 'participants must be a non-empty array') };
  }
  const out: RequestedParticipant[] = [];
  for (const [i, p] of raw.entries()) {
    const id = typeof p === 'string' ? p : isRecord(p) && typeof p.id === 'string' ? p.id : undefined;
    if (id === undefined) {
      return { fail: errors.error(400, `participants[${i}] must be a phone number, a user JID or {id}`) };
    }
    const isAdmin = isRecord(p) && p.isAdmin === true;
    out.push({ requested: id, jid: toMemberJid(id), ...(isAdmin ? { isAdmin } : {}) });
  }
  return { ok: out };
}

/**
 * The admin-only flag. Wasend reads `enabled`. WAHA reads `adminsOnly` without a pipe, so a
 * missing one is `undefined`: NOWEB then unlocks and GOWS sends protobuf's `false`, while
 * whatsapp-web.js defaults the argument to `true` (docs/contract.md, "Groups") — reproduced here.
 */
export function readAdminOnly(ctx: ApiContext): Read<boolean> {
  const body = bodyObject(ctx.request);
  const dialect = ctx.state.dialect;
  if (!isEngineDialect(dialect)) {
    return typeof body.enabled === 'boolean'
      ? { ok: body.enabled }
      : { fail: ctx.errors.error(400, 'enabled must be a boolean') };
  }
  if (dialect === 'webjs' && body.adminsOnly === undefined) return { ok: true };
  return { ok: Boolean(body.adminsOnly) };
}

export function readDescription(ctx: ApiContext): Read<string> {
  const { description } = bodyObject(ctx.request);
  if (isEngineDialect(ctx.state.dialect)) {
    // Baileys clears the description when none is given.
    return { ok: typeof description === 'string' ? description : '' };
  }
  return typeof description === 'string'
    ? { ok: description }
    : { fail: ctx.errors.error(400, 'description must be a string') };
}

export function readSubject(ctx: ApiContext): Read<string> {
  const { subject } = bodyObject(ctx.request);
  if (typeof subject === 'string' && subject.trim() !== '') return { ok: subject };
  return isEngineDialect(ctx.state.dialect)
    ? // WhatsApp itself refuses an empty subject.
      { fail: ctx.errors.engineError(ctx.request, 'bad-request') }
    : { fail: ctx.errors.error(400, 'subject must be a non-empty string') };
}

export interface PictureInput {
  url?: string;
  data?: string;
  format: string;
}

const FORMATS = ['jpeg', 'png', 'webp'];

/** Wasend: `url` (+ `format`) or `data` + `mimetype`; WAHA: `file: {url | data, mimetype}`. */
export function readPicture(ctx: ApiContext): Read<PictureInput> {
  const body = bodyObject(ctx.request);
  const { errors, request } = ctx;
  if (isEngineDialect(ctx.state.dialect)) {
    const file = body.file;
    if (!isRecord(file)) {
      return {
        fail: errors.engineError(request, "Cannot read properties of undefined (reading 'url')", 'TypeError'),
      };
    }
    const format = formatOf(file.mimetype) ?? 'jpeg';
    if (typeof file.url === 'string' && file.url !== '') return { ok: { url: file.url, format } };
    if (typeof file.data === 'string' && file.data !== '') return { ok: { data: file.data, format } };
    return { fail: errors.engineError(request, 'Either file.url or file.data must be provided') };
  }
  if (body.format !== undefined && !FORMATS.includes(body.format as string)) {
    return { fail: errors.error(400, `format must be one of ${FORMATS.join(', ')}`) };
  }
  if (body.url !== undefined) {
    if (!isHttpUrl(body.url)) return { fail: errors.error(400, 'url must be an http(s) URL') };
    return { ok: { url: body.url, format: (body.format as string | undefined) ?? 'jpeg' } };
  }
  if (typeof body.data === 'string' && body.data !== '') {
    return { ok: { data: body.data, format: formatOf(body.mimetype) ?? 'jpeg' } };
  }
  return { fail: errors.error(400, 'url or data is required') };
}

/** `image/png` → `png`; anything else undefined. */
function formatOf(mimetype: unknown): string | undefined {
  if (typeof mimetype !== 'string') return undefined;
  const sub = /^image\/([a-z]+)/i.exec(mimetype)?.[1]?.toLowerCase();
  if (sub === 'jpg') return 'jpeg';
  return sub !== undefined && FORMATS.includes(sub) ? sub : undefined;
}
