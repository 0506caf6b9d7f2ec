// Public exports of @wasend/core (the proxy lives in '@wasend/core/proxy'; its types are here too).
export { WasendClient, type WasendClientOptions, type WasendRequest } from './client';
export type { GroupJoinInfo, JoinGroupInput, JoinGroupResult } from './endpoints/invite';
export {
  type APIErrorFields,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  isWasendError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  WasendAbortError,
  WasendAPIError,
  WasendArgumentError,
  WasendConnectionError,
  WasendError,
  type WasendErrorFields,
  WasendResponseError,
  WasendTimeoutError,
} from './errors';
export type { RequestOptions, WasendLogger } from './http/request';
export type { RetryBackoff } from './http/retryPolicy';
export { buildInviteLink, parseInviteCode } from './inviteLink';
export { DEFAULT_BASE_URL, type FetchFunction } from './options';
export { encodePathSegment } from './path';
export type { WasendProxy, WasendProxyOptions } from './proxy';
