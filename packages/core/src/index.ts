// Public exports of @wasend/core (the proxy lives in '@wasend/core/proxy'; its types are here too).
export {
  type AdapterClientOptions,
  adapterOptions,
  type EnvReader,
  envRecord,
  userAgent,
  type WasendEnvName,
  withDefaultHeader,
} from './adapter';
export {
  type RequestOptions,
  WasendClient,
  type WasendClientOptions,
  type WasendConfig,
  type WasendRequest,
} from './client';
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
export type { WasendLogger } from './http/fetcher';
export type { RetryBackoff } from './http/retryPolicy';
export type { FetchFunction } from './http/transport';
export { buildInviteLink, parseInviteCode } from './inviteLink';
export { encodePathSegment } from './path';
export type { WasendProxy, WasendProxyOptions } from './proxy';
export type {
  Account,
  Chat,
  ChatOverview,
  ChatsParams,
  Contact,
  ContactsParams,
  MessagesParams,
  NumberExistence,
  OverviewParams,
} from './schemas/chats';
export type { Group, GroupParticipant, GroupRole } from './schemas/group';
export type {
  AdminOnlySetting,
  CreateGroupInput,
  GetGroupsParams,
  GroupsCount,
  ParticipantsChange,
  ParticipantsUpdateResult,
  Picture,
  SetGroupPictureInput,
} from './schemas/groups';
export { schemas } from './schemas/index';
export type { GroupJoinInfo, JoinGroupInput, JoinGroupResult } from './schemas/joinGroup';
export type { Message, SentMessage } from './schemas/message';
export type {
  MediaData,
  MediaInput,
  ReactionInput,
  SeenInput,
  SendBase,
  SendFileInput,
  SendInput,
  SendLinkPreviewInput,
  SendMessageOptions,
  SendTextInput,
  SendVideoInput,
  SendVoiceInput,
  TypingInput,
} from './schemas/messages';
export { DEFAULT_BASE_URL } from './schemas/options';
export type { CreateSessionInput, QRCode, Session, SessionStatus } from './schemas/sessions';
