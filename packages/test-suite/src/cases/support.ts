// Shared plumbing for the cases: scenario lifetime, a client wired to it, the wire paths.
import { equal, ok, show } from '../assert.ts';
import type {
  ClientOptions,
  Dialect,
  LoggedRequest,
  Scenario,
  ScenarioInit,
  SuiteClient,
  SuiteContext,
} from '../types.ts';

export const DIALECTS: Dialect[] = ['docs', 'waha', 'gows', 'json-string'];
export const enc = encodeURIComponent;
export const LINK_PREFIX = 'https://chat.whatsapp.com/';

// Phone jids used across scenarios.
export const ME = '491700000001@c.us';
export const OWNER = '491711111111@c.us';
export const OTHER = '491722222222@c.us';
export const JOINER = '491733333333@c.us';
export const GID = '120363025988123456@g.us';

/** Creates a scenario, runs `fn`, and always deletes the scenario. */
export async function withScenario(
  ctx: SuiteContext,
  init: ScenarioInit,
  fn: (sc: Scenario) => Promise<void>,
): Promise<void> {
  const sc = await ctx.mock.createScenario(init);
  try {
    await fn(sc);
  } finally {
    await sc.close().catch(() => undefined);
  }
}

/** A client for the scenario; fast backoff so retry cases never wait real seconds. */
export function clientFor(ctx: SuiteContext, sc: Scenario, options: ClientOptions = {}): SuiteClient {
  return new ctx.sdk.WasendClient({
    apiKey: sc.key,
    baseUrl: sc.baseUrl,
    retryBackoff: { initialMs: 10, maxMs: 50 },
    ...options,
  });
}

export const invitePath = (s: string, g: string) => `/${enc(s)}/groups/${enc(g)}/invite-code`;
export const revokePath = (s: string, g: string) => `${invitePath(s, g)}/revoke`;
export const joinInfoPath = (s: string) => `/${enc(s)}/groups/join-info`;
export const joinPath = (s: string) => `/${enc(s)}/groups/join`;

/** A scenario where the session is NOT yet a member of the group (for join cases). */
export function joinScenario(dialect: Dialect, extra: Partial<ScenarioInit> = {}): ScenarioInit {
  return {
    dialect,
    sessions: [{ id: 'joiner', me: JOINER }],
    groups: [
      {
        id: GID,
        session: 'joiner',
        name: 'Join me',
        description: 'A group to join',
        owner: OWNER,
        admins: [OWNER],
        members: [OWNER, OTHER],
        createdAt: 1_700_000_000,
        isAnnounce: true,
        isLocked: false,
      },
    ],
    ...extra,
  };
}

/** Asserts the scenario's log holds exactly `n` requests and returns them. */
export async function expectRequests(
  sc: Scenario,
  n: number,
  msg = 'requests logged',
): Promise<LoggedRequest[]> {
  const log = await sc.requests();
  equal(log.length, n, `${msg} (log: ${show(log.map((r) => `${r.method} ${r.path}`))})`);
  return log;
}

export function onlyRequest(log: LoggedRequest[]): LoggedRequest {
  const first = log[0];
  ok(first, 'a request was logged');
  return first;
}

/** Fault header letting a browser read every response header (CORS hides unlisted ones otherwise). */
export const EXPOSE_ALL = { 'access-control-expose-headers': '*' } as const;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A fault answering 200 with this body for any request. */
export const answer200 = (body: unknown, headers?: Record<string, string>) => ({
  respond: { status: 200, body, ...(headers ? { headers } : {}) },
});

/**
 * docs/design.md ("Errors"): an API error's message "carries the server's own message". Accepted: exactly that message,
 * or it behind the status (`"404 Group not found"`); nothing else from the body may sneak in.
 */
export function carriesMessage(
  err: { message: string; status: number },
  want: string,
  msg = 'message',
): void {
  ok(
    err.message === want || err.message === `${err.status} ${want}`,
    `${msg}: expected ${JSON.stringify(want)} (optionally after the status), got ${JSON.stringify(err.message)}`,
  );
}
