import {
  isWasendError,
  RateLimitError,
  WasendAPIError,
  WasendArgumentError,
  WasendTimeoutError,
} from '@wasend/core';
import { errorReply } from '@wasend/core/proxy';

/** A JSON answer in the demo's error shape, `{ error: { type, message } }`: the proxy's own, written once. */
export const errorJson = errorReply;

/**
 * SDK errors to HTTP (docs/design.md, "Demo apps"): an API error keeps the upstream status (a 200 with
 * success:false becomes 502), 429 passes Retry-After on, bad input is 400, a timeout 504, and any
 * other connection or response failure 502. `type` is the error class name. The SDK keeps the key
 * out of every message, so messages pass through as they are.
 */
export function errorResponse(error: unknown): Response {
  if (!isWasendError(error)) return errorJson(500, 'InternalError', 'unexpected error in the demo server');
  const { name: type, message } = error;
  if (error instanceof RateLimitError) {
    const seconds = error.retryAfterMs === undefined ? undefined : Math.ceil(error.retryAfterMs / 1000);
    return errorJson(429, type, message, seconds === undefined ? {} : { 'retry-after': String(seconds) });
  }
  if (error instanceof WasendAPIError)
    return errorJson(error.status >= 400 ? error.status : 502, type, message);
  if (error instanceof WasendArgumentError) return errorJson(400, type, message);
  if (error instanceof WasendTimeoutError) return errorJson(504, type, message);
  return errorJson(502, type, message);
}
