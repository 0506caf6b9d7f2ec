// The error tree, the one factory that maps a status to a class, message extraction and key redaction.
import { serverDelayMs } from './http/retryPolicy';

/** Brand shared by every copy of this package (ESM + CJS, two versions), so `isWasendError` works across them. */
const BRAND = Symbol.for('wasend.error');

/** What an error's constructor copies onto it (a `cause` is kept as the standard `cause`). */
export type WasendErrorFields = Record<string, unknown> & { cause?: unknown };

export class WasendError extends Error {
  constructor(message: string, fields?: WasendErrorFields) {
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
  constructor(message: string, fields: APIErrorFields & WasendErrorFields) {
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
  const fields: APIErrorFields & WasendErrorFields = { status, body, headers };
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
  // Linear in the text: a 1 MiB page of unclosed '<', '<!--' or '<script' must not take minutes.
  const plain = dropBlocks(text)
    .replace(/<!--|<[^<>]*>/g, ' ')
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

const BLOCK_START = /<(script|style)|<!--/gi;

/**
 * Drops `<script>`/`<style>` elements and comments, content included. A scan rather than one lazy
 * regex: once a kind of block has no end in the text, later ones of that kind are not searched again
 * (a regex retries from every start: quadratic, minutes for a 1 MiB page of unclosed tags). An
 * unclosed block stays; its tag is dropped with the others.
 */
function dropBlocks(text: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  const unclosed = new Set<string>();
  for (;;) {
    BLOCK_START.lastIndex = from;
    const start = BLOCK_START.exec(text);
    if (!start) break;
    const kind = start[1]?.toLowerCase() ?? '!--';
    from = start.index + start[0].length;
    if (unclosed.has(kind)) continue;
    const end = kind === '!--' ? /-->/g : new RegExp(`</${kind}\\s*>`, 'gi');
    end.lastIndex = from;
    if (!end.exec(text)) {
      unclosed.add(kind);
      continue;
    }
    out += `${text.slice(copied, start.index)} `;
    copied = from = end.lastIndex;
  }
  return out + text.slice(copied);
}

export const REDACTED = '[REDACTED]';

/**
 * Removes every occurrence of the key from a text: as sent (so `Bearer <key>` too) and in the forms
 * encoders write it: percent-encoded (either hex case), JSON-escaped (`\"`, `\/`, `\u00xx`) and as
 * HTML entities (named, decimal, hex), mixed freely. Used on every answer before it reaches an
 * error, a log or a caller: a JSON parser or the HTML-to-text step would otherwise decode the key.
 */
export function redact(text: string, key: string | null): string {
  if (!key) return text;
  const pattern = keyPattern(key);
  // Fast path for the usual answer that holds no key: every form keeps the key's letters, digits,
  // '_' and '-' as they are, so a text without its longest such run cannot match.
  if (anchor && !text.includes(anchor)) return text;
  return text.replace(pattern, REDACTED);
}

// Every answer and header passes through `redact`: keep the pattern (and anchor) of the last key asked for.
let patternOf: string | undefined;
let pattern = /$^/g;
let anchor = '';
function keyPattern(key: string): RegExp {
  if (key !== patternOf) {
    pattern = new RegExp([...key].map(charForms).join(''), 'g');
    anchor = (key.match(/[A-Za-z0-9_-]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
    patternOf = key;
  }
  return pattern;
}

const NAMED: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };
const anyCase = (hex: string) => hex.replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`);

/** One character of the key (visible ASCII) as a regex matching each way an encoder writes it. */
function charForms(c: string): string {
  // Letters, digits, '_' and '-' are written as they are by every encoder (redact's fast path relies on it).
  if (/[A-Za-z0-9_-]/.test(c)) return c;
  const literal = c.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const code = c.charCodeAt(0);
  const hex = code.toString(16);
  const forms = [
    literal,
    `%${anyCase(hex)}`,
    `\\\\u00${anyCase(hex)}`,
    `&#0*${code};`,
    `&#[xX]0*${anyCase(hex)};`,
  ];
  if ('"\\/'.includes(c)) forms.push(`\\\\${literal}`);
  const named = NAMED[c];
  if (named) forms.push(`&${named};`);
  return `(?:${forms.join('|')})`;
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
