// `schemas`: the zod/mini schemas the client itself uses, for users (each is a Standard Schema).
import { engineExceptionBody, errorFieldBody, nestBody } from './errorBody';
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
import { apiKey, baseUrl, clientOptions, headers, requestOptions, retryBackoff } from './options';
import { request } from './request';

export const schemas = {
  // inputs
  sessionId,
  groupId,
  inviteCode,
  joinGroupInput,
  // options
  apiKey,
  baseUrl,
  headers,
  retryBackoff,
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
  // error bodies
  errorBody: { engineException: engineExceptionBody, nest: nestBody, errorField: errorFieldBody },
};
