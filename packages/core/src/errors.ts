// The error tree, the one factory that maps a status to a class, message extraction and key redaction.
import { serverDelayMs } from './http/retryPolicy';

/** Brand shared by every copy of this package (ESM + CJS, two versions), so `isWasendError` works across them. */
const BRAND = Symbol.for('wasend.error');

type Fields = Record<string, unknown> & { cause?: unknown };

export class WasendError extends Error {
  constructor(message: string, fields?: Fields) {
    super(message);
    if (fields) Object.assign(this, fields);
  }
  /** `JSON.stringify(err)` shows name and message too (both live off the instance). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

// `name` on each prototype: survives minifiers that rename classes, and stays out of own properties.
function brand(Class: { prototype: object }, name: string): void {
  Object.defineProperty(Class.prototype, 'name', { value: name, writable: true, configurable: true });
}

/** Bad input, rejected before any request is sent. */
export class WasendArgumentError extends WasendError {}

export interface APIErrorFields {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  requestId?: string;
}

/** The server said no: `status`, `body` (parsed JSON or text), `headers` (lowercase names), `requestId`. */
export class WasendAPIError extends WasendError {
  declare readonly status: number;
  declare readonly body: unknown;
  declare readonly headers: Record<string, string>;
  declare readonly requestId?: string;
  constructor(message: string, fields: APIErrorFields & Fields) {
    super(message, fields);
  }
}
export class BadRequestError extends WasendAPIError {}
export class AuthenticationError extends WasendAPIError {}
export class PermissionDeniedError extends WasendAPIError {}
export class NotFoundError extends WasendAPIError {}
export class UnprocessableEntityError extends WasendAPIError {}
export class RateLimitError extends WasendAPIError {
  /** The delay the server asked for (`retry-after-ms` or `Retry-After`), when it gave one. */
  declare readonly retryAfterMs: number | undefined;
}
export class InternalServerError extends WasendAPIError {}
/** Network failure: DNS, refused, reset, or a redirect to another origin refused. */
export class WasendConnectionError extends WasendError {}
/** An attempt exceeded its timeout. */
export class WasendTimeoutError extends WasendConnectionError {}
/** The caller's AbortSignal fired. */
export class WasendAbortError extends WasendError {}
/** A 2xx whose body holds no usable value (empty, malformed, wrong shape, larger than 1 MiB). */
export class WasendResponseError extends WasendError {
  declare readonly status: number;
  declare readonly body: unknown;
}

Object.defineProperty(WasendError.prototype, BRAND, { value: true });
for (const [Class, name] of [
  [WasendError, 'WasendError'],
  [WasendArgumentError, 'WasendArgumentError'],
  [WasendAPIError, 'WasendAPIError'],
  [BadRequestError, 'BadRequestError'],
  [AuthenticationError, 'AuthenticationError'],
  [PermissionDeniedError, 'PermissionDeniedError'],
  [NotFoundError, 'NotFoundError'],
  [UnprocessableEntityError, 'UnprocessableEntityError'],
  [RateLimitError, 'RateLimitError'],
  [InternalServerError, 'InternalServerError'],
  [WasendConnectionError, 'WasendConnectionError'],
  [WasendTimeoutError, 'WasendTimeoutError'],
  [WasendAbortError, 'WasendAbortError'],
  [WasendResponseError, 'WasendResponseError'],
] as const) {
  brand(Class, name);
}

export function isWasendError(value: unknown): value is WasendError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

const BY_STATUS: Record<number, typeof WasendAPIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  410: NotFoundError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * The one factory: status → class, message from the body. `body` and `headers` must already be
 * redacted (the request path redacts every answer before anything else sees it).
 */
export function createAPIError(
  status: number,
  body: unknown,
  headers: Record<string, string>,
): WasendAPIError {
  const Class = BY_STATUS[status] ?? (status >= 500 ? InternalServerError : WasendAPIError);
  const text = extractMessage(body);
  const fields: APIErrorFields & Fields = { status, body, headers };
  if (headers['x-request-id']) fields.requestId = headers['x-request-id'];
  if (Class === RateLimitError) fields.retryAfterMs = serverDelayMs(headers);
  return new Class(text ? `${status} ${text}` : `HTTP ${status}`, fields);
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/**
 * The server's own message, in the order of API.md: `exception.message`, `message` (array joined
 * with '; '), `error` (string), `error.message`; a text/HTML body reduced to its text, cut short.
 */
export function extractMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return plainText(body);
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as Record<string, unknown>;
  const exception = b.exception as Record<string, unknown> | undefined;
  const error = b.error as Record<string, unknown> | undefined;
  const message = Array.isArray(b.message)
    ? b.message.filter((m) => typeof m === 'string').join('; ')
    : b.message;
  return str(exception?.message) ?? str(message) ?? str(error) ?? str(error?.message);
}

const MAX_MESSAGE = 200;

/** An HTML page or text reduced to its words: tags, scripts and styles dropped, whitespace collapsed. */
export function plainText(text: string): string | undefined {
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->|<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return undefined;
  return plain.length > MAX_MESSAGE ? `${plain.slice(0, MAX_MESSAGE - 1)}…` : plain;
}

export const REDACTED = '[REDACTED]';

/**
 * Removes every occurrence of the key from a text: as sent, percent-encoded and JSON-escaped
 * (`Bearer <key>` is covered too). Used on every answer before it reaches an error, a log or a caller.
 */
export function redact(text: string, key: string | null): string {
  if (!key) return text;
  for (const form of keyForms(key)) if (text.includes(form)) text = text.split(form).join(REDACTED);
  return text;
}

// Every answer and header passes through `redact`: keep the key's forms of the last key asked for.
let formsOf: string | undefined;
let forms: string[] = [];
function keyForms(key: string): string[] {
  if (key !== formsOf) {
    forms = [...new Set([key, encodeURIComponent(key), JSON.stringify(key).slice(1, -1)])];
    formsOf = key;
  }
  return forms;
}

/** A caught failure rebuilt from redacted name and message only, safe to keep as `cause`. */
export function sanitizeCause(error: unknown, key: string | null): Error {
  type Failure = { name?: unknown; message?: unknown; code?: unknown; cause?: Failure } | null | undefined;
  const source = error as Failure;
  // Node's fetch says only "fetch failed"; the reason and system code (ECONNREFUSED, …) sit one level down.
  const inner = source?.cause;
  const message = String(source?.message ?? error) + (inner?.message ? `: ${String(inner.message)}` : '');
  const cause: Error & { code?: string } = new Error(redact(message, key));
  cause.name = redact(String(source?.name ?? 'Error'), key);
  const code = source?.code ?? inner?.code;
  if (typeof code === 'string') cause.code = redact(code, key);
  return cause;
}
