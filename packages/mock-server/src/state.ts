import { randomAlphanumeric, randomInviteCode } from './random';
import {
  DIALECTS,
  type Dialect,
  type Fault,
  type GroupState,
  type LoggedRequest,
  type ScenarioInit,
  type ScenarioState,
  SESSION_STATUSES,
  type SessionState,
} from './types';
import { ScenarioInitError, validateFaults } from './validation';

/** The seeded scenario that requests without a `/__s/<id>` prefix reach (the demos use it). */
export const DEFAULT_SCENARIO = {
  apiKey: 'wasend-demo-key',
  sessionId: 'demo',
  groupId: '120363025988123456@g.us',
} as const;

/** Id under which the seeded scenario shows up in the control plane. */
export const DEFAULT_SCENARIO_ID = 'default';

const DEFAULT_ME = '491700000001@c.us';
const DEFAULT_GROUP_ID = '120363025988123456@g.us';
/** 2023-11-14T22:13:20Z: a fixed default so answers are reproducible. */
const DEFAULT_CREATED_AT = 1700000000;

/** One scenario's live state plus its request log. */
export interface Scenario {
  state: ScenarioState;
  log: LoggedRequest[];
}

export function createScenario(id: string, init: unknown, fallbackDialect: Dialect = 'docs'): Scenario {
  return { state: normaliseScenario(id, init, fallbackDialect), log: [] };
}

export function seedDefaultScenario(dialect: Dialect): Scenario {
  const me = DEFAULT_ME;
  return createScenario(DEFAULT_SCENARIO_ID, {
    dialect,
    keys: [DEFAULT_SCENARIO.apiKey],
    sessions: [{ id: DEFAULT_SCENARIO.sessionId, me }],
    groups: [
      {
        id: DEFAULT_SCENARIO.groupId,
        session: DEFAULT_SCENARIO.sessionId,
        name: 'Wasend demo group',
        description: 'Served by @wasend/mock-server',
        admins: [me],
        members: [me, '491700000002@c.us', '491700000003@c.us'],
      },
    ],
  } satisfies ScenarioInit);
}

/** Keeps scenarios by id; ids are random so parallel tests never collide. */
export class ScenarioStore {
  readonly #scenarios = new Map<string, Scenario>();
  readonly #dialect: Dialect;

  constructor(defaultDialect: Dialect) {
    this.#dialect = defaultDialect;
    this.#scenarios.set(DEFAULT_SCENARIO_ID, seedDefaultScenario(defaultDialect));
  }

  get(id: string): Scenario | undefined {
    return this.#scenarios.get(id);
  }

  create(init: unknown): Scenario {
    let id = `sc_${randomAlphanumeric(12)}`;
    while (this.#scenarios.has(id)) id = `sc_${randomAlphanumeric(12)}`;
    const scenario = createScenario(id, init);
    this.#scenarios.set(id, scenario);
    return scenario;
  }

  /** Deleting the default scenario re-seeds it (it must always exist). */
  delete(id: string): boolean {
    if (!this.#scenarios.has(id)) return false;
    if (id === DEFAULT_SCENARIO_ID) this.#scenarios.set(id, seedDefaultScenario(this.#dialect));
    else this.#scenarios.delete(id);
    return true;
  }
}

export function findSession(state: ScenarioState, id: string): SessionState | undefined {
  return state.sessions.find((s) => s.id === id);
}

export function findGroup(state: ScenarioState, sessionId: string, groupId: string): GroupState | undefined {
  return state.groups.find((g) => g.id === groupId && g.session === sessionId);
}

/** Invite codes are global on WhatsApp, so a code is looked up across the whole scenario. */
export function findByCode(
  state: ScenarioState,
  code: string,
): { group: GroupState; revoked: boolean } | undefined {
  for (const group of state.groups) {
    if (group.inviteCode === code) return { group, revoked: false };
  }
  for (const group of state.groups) {
    if (group.revokedInviteCodes.includes(code)) return { group, revoked: true };
  }
  return undefined;
}

/** Replaces the group's code with a fresh one; the old one then answers 410. */
export function rotateInviteCode(group: GroupState): string {
  group.revokedInviteCodes.push(group.inviteCode);
  let code = randomInviteCode();
  while (code === group.inviteCode) code = randomInviteCode();
  group.inviteCode = code;
  return code;
}

export function addMember(group: GroupState, member: string): void {
  if (!group.members.includes(member)) group.members.push(member);
}

export function addFaults(state: ScenarioState, faults: unknown): void {
  for (const fault of validateFaults(faults)) state.faults.push(toFaultState(fault));
}

function toFaultState(fault: Fault): ScenarioState['faults'][number] {
  return { ...fault, remaining: fault.times ?? null, hits: 0 };
}

// ---- normalising the control-plane body (defaults: the README's control-plane reference) ----

function normaliseScenario(id: string, input: unknown, fallbackDialect: Dialect): ScenarioState {
  const init = (input ?? {}) as Record<string, unknown>;
  if (typeof init !== 'object' || Array.isArray(init)) throw new ScenarioInitError('body must be an object');

  const dialect = init.dialect ?? fallbackDialect;
  if (!DIALECTS.includes(dialect as Dialect)) {
    throw new ScenarioInitError(`dialect must be one of ${DIALECTS.join(', ')}`);
  }
  const keys = init.keys === undefined ? ['test-key'] : stringArray(init.keys, 'keys');

  const sessionInits = init.sessions === undefined ? [{ id: 'default' }] : array(init.sessions, 'sessions');
  const sessions = sessionInits.map((raw, i): SessionState => {
    const s = object(raw, `sessions[${i}]`);
    const status = s.status ?? 'WORKING';
    if (!SESSION_STATUSES.includes(status as SessionState['status'])) {
      throw new ScenarioInitError(`sessions[${i}].status must be one of ${SESSION_STATUSES.join(', ')}`);
    }
    return {
      id: string(s.id, `sessions[${i}].id`),
      status: status as SessionState['status'],
      me: s.me === undefined ? DEFAULT_ME : string(s.me, `sessions[${i}].me`),
    };
  });

  const firstSession = sessions[0];
  const groupInits =
    init.groups === undefined
      ? firstSession
        ? [{ id: DEFAULT_GROUP_ID, session: firstSession.id, name: 'Wasend test group' }]
        : []
      : array(init.groups, 'groups');
  const groups = groupInits.map((raw, i) => normaliseGroup(object(raw, `groups[${i}]`), i, sessions));

  const state: ScenarioState = { id, dialect: dialect as Dialect, keys, sessions, groups, faults: [] };
  if (init.faults !== undefined) addFaults(state, init.faults);
  return state;
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
  };
}

function object(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScenarioInitError(`${at} must be an object`);
  }
  return value as Record<string, unknown>;
}

function array(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw new ScenarioInitError(`${at} must be an array`);
  return value;
}

function string(value: unknown, at: string): string {
  if (typeof value !== 'string' || value === '')
    throw new ScenarioInitError(`${at} must be a non-empty string`);
  return value;
}

function stringArray(value: unknown, at: string): string[] {
  return array(value, at).map((v, i) => string(v, `${at}[${i}]`));
}

function number(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ScenarioInitError(`${at} must be a number`);
  return value;
}

function boolean(value: unknown, at: string): boolean {
  if (typeof value !== 'boolean') throw new ScenarioInitError(`${at} must be a boolean`);
  return value;
}
