// `schemas`: the zod/mini schemas the client itself uses, for users (each is a Standard Schema).

import {
  account,
  chat,
  chatsParams,
  contact,
  contactIdInput,
  contactsParams,
  messagesParams,
  overview,
  overviewParams,
  readParams,
} from './chats';
import { engineExceptionBody, errorFieldBody, nestBody } from './errorBody';
import { group, participants } from './group';
import {
  adminOnly,
  adminOnlyInput,
  createGroupInput,
  descriptionInput,
  groupList,
  groupsCount,
  listGroupsInput,
  participantsInput,
  participantsList,
  picture,
  setPictureInput,
  subjectInput,
} from './groups';
import { groupId, inviteCode, inviteCodeDialects, sessionId } from './invite';
import {
  joinGroupInput,
  joinInfoBaileys,
  joinInfoCamel,
  joinInfoPascal,
  joinInfoWebjs,
  joinResultById,
  joinResultByJID,
  joinResultByJid,
} from './joinGroup';
import { message, sentMessage } from './message';
import {
  reactionBody,
  seenBody,
  sendBody,
  sendFileBody,
  sendImageBody,
  sendLinkPreviewBody,
  sendMessageOptions,
  sendTextBody,
  sendVideoBody,
  sendVoiceBody,
  typingBody,
} from './messages';
import { apiKey, auth, baseUrl, clientOptions, headers, requestOptions, retryBackoff } from './options';
import {
  chatId,
  messageId,
  participantId,
  phone,
  phoneOnly,
  recipient,
  refresh,
  strictGroupId,
  strictSessionId,
} from './primitives';
import { request } from './request';
import { createSessionInput, qrInput, session, sessionList } from './sessions';

export const schemas = {
  // inputs: the invite family
  sessionId,
  groupId,
  inviteCode,
  joinGroupInput,
  // inputs: Groups and Sessions (stricter ids: a bare group id gets its @g.us)
  groupsSessionId: strictSessionId,
  groupsGroupId: strictGroupId,
  participantId,
  phone,
  createGroupInput,
  getGroupsParams: listGroupsInput,
  pictureRefresh: refresh,
  setGroupPictureInput: setPictureInput,
  groupDescriptionInput: descriptionInput,
  groupSubjectInput: subjectInput,
  adminOnlyInput,
  participantsChange: participantsInput,
  createSessionInput,
  qrCodeParams: qrInput,
  // inputs: Messages, Chats, Contacts (each send checked as it is sent: both field spellings)
  recipient,
  chatId,
  messageId,
  phoneToCheck: phoneOnly,
  contactId: contactIdInput,
  sendText: sendTextBody,
  sendImage: sendImageBody,
  sendFile: sendFileBody,
  sendVoice: sendVoiceBody,
  sendVideo: sendVideoBody,
  sendLinkCustomPreview: sendLinkPreviewBody,
  sendSeen: seenBody,
  sendReaction: reactionBody,
  typing: typingBody,
  send: sendBody,
  sendMessageOptions,
  chatsParams,
  overviewParams,
  readMessagesParams: readParams,
  messagesParams,
  contactsParams,
  // options
  apiKey,
  baseUrl,
  headers,
  retryBackoff,
  auth,
  clientOptions,
  requestOptions,
  request,
  // answers, one schema per dialect, each → its one result type
  inviteCodeAnswer: inviteCodeDialects,
  joinInfoAnswer: {
    docs: joinInfoCamel,
    camelCase: joinInfoCamel,
    pascalCase: joinInfoPascal,
    baileys: joinInfoBaileys,
    webjs: joinInfoWebjs,
  },
  joinGroupAnswer: { byId: joinResultById, byJid: joinResultByJid, byJID: joinResultByJID },
  // Groups and Sessions: one schema per result, each reading every backend's spelling
  groupAnswer: group,
  groupListAnswer: groupList,
  groupsCountAnswer: groupsCount,
  pictureAnswer: picture,
  adminOnlyAnswer: adminOnly,
  participantsAnswer: participantsList,
  participantListItems: participants,
  sessionAnswer: session,
  sessionListAnswer: sessionList,
  sentMessageAnswer: sentMessage,
  messageAnswer: message,
  chatAnswer: chat,
  chatOverviewAnswer: overview,
  contactAnswer: contact,
  accountAnswer: account,
  // error bodies
  errorBody: { engineException: engineExceptionBody, nest: nestBody, errorField: errorFieldBody },
};
