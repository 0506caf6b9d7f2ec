// The error tree and the one factory that maps an answer's status to its class.
import { serverDelayMs } from './http/serverDelay';
import { extractMessage } from './schemas/errorBody';

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
    // Reachable, but out of the default print (`console.log(err)`, `JSON.stringify(err)`): an answer
    // carries some twenty headers, and status, message and request id are what a reader needs.
    Object.defineProperty(this, 'headers', { value: fields.headers, enumerable: false, writable: true });
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
/**
 * A redirect the transport refused (another origin, too many hops): a `WasendConnectionError` to
 * callers, and one a retry cannot fix, which is all the retry policy needs to know. Not exported;
 * its class carries its parent's name too, so it prints (`util.inspect`, stacks) as one.
 */
export class RedirectRefusedError extends WasendConnectionError {}
Object.defineProperty(RedirectRefusedError, 'name', { value: 'WasendConnectionError' });
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

/** Where today's engine is cryptic, what its message most likely means (docs/contract.md, "Errors"). */
const HINTS: [number, RegExp, string][] = [
  [403, /^Forbidden$/, 'the API key is probably scoped to another session'],
  [500, /^not-authorized$|not an admin/i, 'the session is probably not an admin of this group'],
  [500, /^item-not-found$/, 'no such group or invite, or the session is not in the group'],
];

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
  const hint = text && HINTS.find(([when, message]) => when === status && message.test(text))?.[2];
  return new Class(text ? `${status} ${text}${hint ? ` (${hint})` : ''}` : `HTTP ${status}`, fields);
}
