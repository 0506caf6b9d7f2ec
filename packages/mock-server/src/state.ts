import { randomAlphanumeric, randomInviteCode } from './random';
import { DEFAULT_ME, normaliseScenario, toFaultStates } from './scenarioInit';
import type { Dialect, GroupState, LoggedRequest, ScenarioInit, ScenarioState, SessionState } from './types';

/** The seeded scenario that requests without a `/__s/<id>` prefix reach (the demos use it). */
export const DEFAULT_SCENARIO = {
  apiKey: 'wasend-demo-key',
  sessionId: 'demo',
  groupId: '120363025988123456@g.us',
  /** A chat with two messages from Alice, one unread. */
  chatId: '491700000002@c.us',
} as const;

/** Id under which the seeded scenario shows up in the control plane. */
export const DEFAULT_SCENARIO_ID = 'default';

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
    contacts: [
      { id: DEFAULT_SCENARIO.chatId, name: 'Alice', pushName: 'Alice' },
      { id: '491700000003@c.us', name: 'Bob', pushName: 'Bobby' },
    ],
    chats: [
      {
        id: DEFAULT_SCENARIO.chatId,
        messages: [
          { body: 'Hi! Is the demo running?', ack: 3 },
          { body: 'It is', fromMe: true, ack: 3 },
          { body: 'Great, thanks' },
        ],
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
  state.faults.push(...toFaultStates(faults));
}
