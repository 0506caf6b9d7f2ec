// Normalising the control plane's `ScenarioInit` body into a `ScenarioState` (defaults: the
// README's control-plane reference). Every refusal is a ScenarioInitError, answered with 400.

import { array, boolean, number, object, string, stringArray } from './initReaders';
import { phoneOf } from './jids';
import { randomInviteCode, randomQrPayload } from './random';
import { normaliseAccount, normaliseChats, normaliseContacts } from './scenarioChats';
import {
  type Build,
  DIALECTS,
  type Dialect,
  ENDPOINT_NAMES,
  type EndpointName,
  type GroupState,
  type ScenarioState,
  SESSION_STATUSES,
  type SessionLifecycle,
  type SessionState,
  type SessionStatus,
} from './types';
import { ScenarioInitError, validateFaults } from './validation';

export const DEFAULT_ME = '491700000001@c.us';
export const DEFAULT_GROUP_ID = '120363025988123456@g.us';
/** 2023-11-14T22:13:20Z: a fixed default so answers are reproducible. */
export const DEFAULT_CREATED_AT = 1700000000;
const DEFAULT_CREATED_ISO = new Date(DEFAULT_CREATED_AT * 1000).toISOString();

/** Fast enough for tests, slow enough that STARTING can be seen right after a start. */
export const DEFAULT_LIFECYCLE: SessionLifecycle = { startingMs: 50, scanAfterQrMs: 250 };

export function normaliseScenario(id: string, input: unknown, fallbackDialect: Dialect): ScenarioState {
  const init = (input ?? {}) as Record<string, unknown>;
  if (typeof init !== 'object' || Array.isArray(init)) throw new ScenarioInitError('body must be an object');

  const dialect = init.dialect ?? fallbackDialect;
  if (!DIALECTS.includes(dialect as Dialect)) {
    throw new ScenarioInitError(`dialect must be one of ${DIALECTS.join(', ')}`);
  }
  const { keys, keyScopes } = normaliseKeys(init.keys);
  const build = init.build ?? 'plus';
  if (build !== 'core' && build !== 'plus') throw new ScenarioInitError("build must be 'core' or 'plus'");
  const unimplemented =
    init.unimplemented === undefined ? [] : stringArray(init.unimplemented, 'unimplemented');
  for (const [i, name] of unimplemented.entries()) {
    if (!ENDPOINT_NAMES.includes(name as EndpointName)) {
      throw new ScenarioInitError(
        `unimplemented[${i}] must be an endpoint name (${ENDPOINT_NAMES.join(', ')})`,
      );
    }
  }

  const now = Date.now();
  const sessionInits = init.sessions === undefined ? [{ id: 'default' }] : array(init.sessions, 'sessions');
  const sessions = sessionInits.map((raw, i) => normaliseSession(object(raw, `sessions[${i}]`), i, now));

  const firstSession = sessions[0];
  const groupInits =
    init.groups === undefined
      ? firstSession
        ? [{ id: DEFAULT_GROUP_ID, session: firstSession.id, name: 'Wasend test group' }]
        : []
      : array(init.groups, 'groups');
  const groups = groupInits.map((raw, i) => normaliseGroup(object(raw, `groups[${i}]`), i, sessions));

  const state: ScenarioState = {
    id,
    dialect: dialect as Dialect,
    keys,
    keyScopes,
    build: build as Build,
    unimplemented: unimplemented as EndpointName[],
    sessionLifecycle: normaliseLifecycle(init.sessionLifecycle),
    sessions,
    groups,
    chats: [],
    contacts: normaliseContacts(init.contacts, sessions),
    account: normaliseAccount(init.account),
    faults: [],
  };
  state.chats = normaliseChats(init.chats, state);
  if (init.faults !== undefined) state.faults.push(...toFaultStates(init.faults));
  return state;
}

export function toFaultStates(faults: unknown): ScenarioState['faults'] {
  return validateFaults(faults).map((fault) => ({ ...fault, remaining: fault.times ?? null, hits: 0 }));
}

function normaliseKeys(value: unknown): Pick<ScenarioState, 'keys' | 'keyScopes'> {
  if (value === undefined) return { keys: ['test-key'], keyScopes: {} };
  const keys: string[] = [];
  const keyScopes: Record<string, string[]> = {};
  for (const [i, raw] of array(value, 'keys').entries()) {
    if (typeof raw === 'string') {
      keys.push(string(raw, `keys[${i}]`));
      continue;
    }
    const k = object(raw, `keys[${i}]`);
    const key = string(k.key, `keys[${i}].key`);
    keys.push(key);
    if (k.sessions !== undefined) keyScopes[key] = stringArray(k.sessions, `keys[${i}].sessions`);
  }
  return { keys, keyScopes };
}

function normaliseLifecycle(value: unknown): SessionLifecycle {
  if (value === undefined) return { ...DEFAULT_LIFECYCLE };
  const l = object(value, 'sessionLifecycle');
  const startingMs =
    l.startingMs === undefined ? DEFAULT_LIFECYCLE.startingMs : nonNegative(l.startingMs, 'startingMs');
  const scanAfterQrMs =
    l.scanAfterQrMs === undefined
      ? DEFAULT_LIFECYCLE.scanAfterQrMs
      : l.scanAfterQrMs === null
        ? null
        : nonNegative(l.scanAfterQrMs, 'scanAfterQrMs');
  return { startingMs, scanAfterQrMs };
}

function normaliseSession(s: Record<string, unknown>, i: number, now: number): SessionState {
  const at = `sessions[${i}]`;
  const status = s.status ?? 'WORKING';
  if (!SESSION_STATUSES.includes(status as SessionStatus)) {
    throw new ScenarioInitError(`${at}.status must be one of ${SESSION_STATUSES.join(', ')}`);
  }
  const id = string(s.id, `${at}.id`);
  const me = s.me === undefined ? DEFAULT_ME : string(s.me, `${at}.me`);
  const flag = (name: string) => (s[name] === undefined ? false : boolean(s[name], `${at}.${name}`));
  return {
    id,
    status: status as SessionStatus,
    me,
    name: s.name === undefined ? id : string(s.name, `${at}.name`),
    phoneNumber:
      s.phoneNumber === undefined ? (phoneOf(me) ?? null) : string(s.phoneNumber, `${at}.phoneNumber`),
    enableAccountProtection: flag('enableAccountProtection'),
    enableMessageLogging: flag('enableMessageLogging'),
    enableWebhook: flag('enableWebhook'),
    webhookUrl: s.webhookUrl === undefined ? null : string(s.webhookUrl, `${at}.webhookUrl`),
    createdAt: DEFAULT_CREATED_ISO,
    updatedAt: DEFAULT_CREATED_ISO,
    authenticated:
      s.authenticated === undefined ? status === 'WORKING' : boolean(s.authenticated, `${at}.authenticated`),
    // A seeded status holds until an API call or the control plane moves it, so a test that
    // seeds STARTING keeps getting 422 however slow it runs.
    auto: false,
    statusSince: now,
    qr: status === 'SCAN_QR_CODE' || status === 'STARTING' ? randomQrPayload() : null,
    qrFetchedAt: null,
  };
}

function normaliseGroup(g: Record<string, unknown>, i: number, sessions: SessionState[]): GroupState {
  const at = `groups[${i}]`;
  const session = string(g.session, `${at}.session`);
  const me = sessions.find((s) => s.id === session)?.me ?? DEFAULT_ME;
  const admins = g.admins === undefined ? [me] : stringArray(g.admins, `${at}.admins`);
  const members = g.members === undefined ? [...admins] : stringArray(g.members, `${at}.members`);
  return {
    id: string(g.id, `${at}.id`),
    session,
    name: g.name === undefined ? 'Wasend test group' : string(g.name, `${at}.name`),
    description: g.description === undefined ? '' : string(g.description, `${at}.description`),
    owner: g.owner === undefined ? (admins[0] ?? me) : string(g.owner, `${at}.owner`),
    admins,
    members,
    inviteCode: g.inviteCode === undefined ? randomInviteCode() : string(g.inviteCode, `${at}.inviteCode`),
    revokedInviteCodes: [],
    createdAt: g.createdAt === undefined ? DEFAULT_CREATED_AT : number(g.createdAt, `${at}.createdAt`),
    isAnnounce: g.isAnnounce === undefined ? false : boolean(g.isAnnounce, `${at}.isAnnounce`),
    isLocked: g.isLocked === undefined ? false : boolean(g.isLocked, `${at}.isLocked`),
    picture:
      g.pictureUrl === undefined
        ? null
        : { url: string(g.pictureUrl, `${at}.pictureUrl`), format: 'jpeg', size: null },
    infoAdminOnlyChange: null,
    messagesAdminOnlyChange: null,
  };
}

function nonNegative(value: unknown, name: string): number {
  const n = number(value, `sessionLifecycle.${name}`);
  if (n < 0) throw new ScenarioInitError(`sessionLifecycle.${name} must not be negative`);
  return n;
}
