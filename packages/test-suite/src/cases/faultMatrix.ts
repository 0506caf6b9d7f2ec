// Fault matrix (issue 4): every client method × every fault the mock can stage, each with its exact
// outcome (value or error class and status), attempt count and elapsed time. Rows are data: one
// expected outcome for GET methods (retried, so they recover) and one for POST (never retried).
import { deepEqual, equal, ok, rejectsWith, within } from '../assert.ts';
import type {
  ClientOptions,
  ErrorClass,
  Fault,
  Respond,
  Scenario,
  ScenarioInit,
  SuiteCase,
  SuiteClient,
  SuiteContext,
} from '../types.ts';
import {
  carriesMessage,
  clientFor,
  expectRequests,
  GID,
  invitePath,
  JOINER,
  joinInfoPath,
  joinPath,
  joinScenario,
  OWNER,
  revokePath,
  withScenario,
} from './support.ts';

// ---- the four methods under test ----

/** What a call needs to address its endpoint (a Scenario has all three). */
type Target = Pick<Scenario, 'sessionId' | 'groupId' | 'inviteCode'>;

interface Method {
  name: string;
  verb: 'GET' | 'POST';
  /** What the value is, for case names. */
  value: string;
  init(): ScenarioInit;
  /** The raw wire path (also what a fault matches on); `wireTarget` adds the query where there is one. */
  path(t: Target): string;
  wireTarget(t: Target): string;
  call(client: SuiteClient, t: Target, options?: { signal?: AbortSignal }): Promise<unknown>;
  /** Asserts the value the mock's own answer yields. */
  checkValue(sc: Scenario, value: unknown): Promise<void>;
  /** A valid JSON answer a fault can send instead, and the value it must give. */
  validJson(): { body: unknown; value: unknown };
}

/** A code no scenario ever has: a value carrying it came from the fault's body. */
const FAULT_CODE = 'FaultMatrixCode0000001';
const FAULT_GROUP = { id: GID, name: 'Fault matrix group', participantsCount: 7 };

const getInviteCode: Method = {
  name: 'getGroupInviteCode',
  verb: 'GET',
  value: 'the code',
  init: () => ({}),
  path: (t) => invitePath(t.sessionId, t.groupId),
  wireTarget: (t) => invitePath(t.sessionId, t.groupId),
  call: (client, t, options) => client.getGroupInviteCode(t.sessionId, t.groupId, options),
  checkValue: async (sc, value) => equal(value, sc.inviteCode, 'the scenario’s code'),
  validJson: () => ({ body: { success: true, inviteCode: FAULT_CODE }, value: FAULT_CODE }),
};

const revokeInviteCode: Method = {
  name: 'revokeGroupInviteCode',
  verb: 'POST',
  value: 'the new code',
  init: () => ({}),
  path: (t) => revokePath(t.sessionId, t.groupId),
  wireTarget: (t) => revokePath(t.sessionId, t.groupId),
  call: (client, t, options) => client.revokeGroupInviteCode(t.sessionId, t.groupId, options),
  checkValue: async (sc, value) => {
    ok(value !== sc.inviteCode, 'the code was rotated');
    equal(value, (await sc.state()).groups[0]?.inviteCode, 'the group’s current code');
  },
  validJson: () => ({ body: { success: true, inviteCode: FAULT_CODE }, value: FAULT_CODE }),
};

const getJoinInfo: Method = {
  name: 'getGroupJoinInfo',
  verb: 'GET',
  value: 'the join info',
  init: () => joinScenario('docs'),
  path: (t) => joinInfoPath(t.sessionId),
  wireTarget: (t) => `${joinInfoPath(t.sessionId)}?code=${t.inviteCode}`,
  call: (client, t, options) => client.getGroupJoinInfo(t.sessionId, t.inviteCode, options),
  checkValue: async (_sc, value) =>
    deepEqual(value, {
      id: GID,
      name: 'Join me',
      description: 'A group to join',
      ownerJid: OWNER,
      participantsCount: 2,
      createdAt: new Date(1_700_000_000_000).toISOString(),
      isAnnounce: true,
      isLocked: false,
    }),
  validJson: () => ({
    body: { success: true, data: { jid: GID, name: FAULT_GROUP.name, participantsCount: 7 }, error: null },
    value: FAULT_GROUP,
  }),
};

const joinGroup: Method = {
  name: 'joinGroup',
  verb: 'POST',
  value: 'the joined group',
  init: () => joinScenario('docs'),
  path: (t) => joinPath(t.sessionId),
  wireTarget: (t) => joinPath(t.sessionId),
  call: (client, t, options) => client.joinGroup(t.sessionId, t.inviteCode, options),
  checkValue: async (sc, value) => {
    deepEqual(value, { id: GID, name: 'Join me', participantsCount: 3 });
    ok((await sc.state()).groups[0]?.members.includes(JOINER), 'the session is now a member');
  },
  validJson: () => ({ body: { success: true, group: FAULT_GROUP }, value: FAULT_GROUP }),
};

const METHODS: Method[] = [getInviteCode, getJoinInfo, revokeInviteCode, joinGroup];

// ---- expected outcomes ----

type ErrorName =
  | 'WasendAPIError'
  | 'RateLimitError'
  | 'InternalServerError'
  | 'WasendConnectionError'
  | 'WasendTimeoutError'
  | 'WasendAbortError'
  | 'WasendResponseError';

/** The fields the checks read; every class above has a subset of them. */
type CaughtError = Error & { status?: number; retryAfterMs?: number };

interface Expected {
  /** Attempts that reached the server (or the custom fetch, when nothing listens). */
  attempts: number;
  /**
   * Elapsed ms, [low, high]: low tight-ish, high loose (shared, busy machines) yet below what the
   * wrong behaviour would take (a 5 s backoff, a 5 s trickle, a 5 s timeout, a wait that never ends).
   */
  ms: [number, number];
}
interface ExpectedValue extends Expected {
  value: 'normal' | 'fault body';
}
interface ExpectedError extends Expected {
  error: ErrorName;
  status?: number;
  check?: (err: CaughtError) => void;
}
type Outcome = ExpectedValue | ExpectedError;

const FAST: [number, number] = [0, 2500];
/** Up to two fast backoff waits (10–50 ms each) plus three round trips. */
const RETRIED: [number, number] = [0, 3000];

const recovers = (attempts: number, ms: [number, number] = RETRIED): Outcome => ({
  value: 'normal',
  attempts,
  ms,
});
const fails = (error: ErrorName, more: Partial<Omit<ExpectedError, 'error'>> = {}): ExpectedError => ({
  error,
  attempts: 1,
  ms: FAST,
  ...more,
});

/** The class docs/design.md ("Errors") gives each retried status. */
const classOf = (status: number): ErrorName =>
  status === 429 ? 'RateLimitError' : status >= 500 ? 'InternalServerError' : 'WasendAPIError';

// ---- the faults ----

interface Row {
  fault: string;
  timeoutMs?: number;
  /** Client options on top of `maxRetries: 2` and the fast backoff. */
  options?: ClientOptions;
  /** What the method under test meets (the runner scopes each to its verb and path). */
  respond?: Array<{ respond: Respond; times?: number }>;
  /** Built at call time, for answers that depend on the clock or another scenario. */
  respondAt?: (other: Scenario, m: Method) => Array<{ respond: Respond; times?: number }>;
  /** Needs a second scenario (the redirect target), whose log must stay empty. */
  other?: true;
  /** Nothing listens: the client points at a closed port, attempts are counted at its fetch. */
  refused?: true;
  /** 'before' = already aborted; a number = aborted after that many ms. */
  abort?: 'before' | number;
  get: Outcome;
  post: Outcome;
}

const once = (respond: Respond, times = 1) => [{ respond, times }];
const always = (respond: Respond) => [{ respond }];
/** A 200 sending `body` as-is, with this content type or none. */
const text200 = (body: string, contentType?: string) => ({
  status: 200,
  body,
  ...(contentType ? { headers: { 'content-type': contentType } } : {}),
});

/** What a gateway in front of the API sends: tags, a style block, a paragraph longer than any message. */
const GATEWAY_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>' +
  `<body><h1>502 Bad Gateway</h1><p>${'The upstream server did not answer in time. '.repeat(12)}</p>` +
  '<hr><center>nginx</center></body></html>';

const noTags = (err: CaughtError) => {
  ok(!/[<>]/.test(err.message), `no HTML tags in the message: ${JSON.stringify(err.message)}`);
  ok(!err.message.includes('color:red'), 'no style text in the message');
};

/** The first whole second at least `ms` from now (HTTP dates carry no milliseconds). */
const wholeSecondAfter = (ms: number) => Math.ceil((Date.now() + ms) / 1000) * 1000;

const RETRIED_STATUSES = [408, 425, 429, 500, 502, 503, 504];

const statusRows: Row[] = RETRIED_STATUSES.map((status) => ({
  fault: `${status} twice then success`,
  respond: once({ status, body: { error: `fault ${status}` } }, 2),
  get: recovers(3),
  post: fails(classOf(status), {
    status,
    check: (err) => carriesMessage(err as CaughtError & { status: number }, `fault ${status}`),
  }),
}));

/**
 * A backoff of 5–10 s: a GET that retries well within it waited for the server's delay, not the
 * backoff (each such row's upper bound stays below 5 s).
 */
const SLOW_BACKOFF: ClientOptions = { retryBackoff: { initialMs: 10_000, maxMs: 10_000 } };

const retryAfterRows: Row[] = [
  {
    fault: 'Retry-After: 1 (seconds)',
    timeoutMs: 15_000,
    options: SLOW_BACKOFF,
    respond: once({ status: 503, headers: { 'Retry-After': '1' } }),
    get: recovers(2, [900, 4000]),
    post: fails('InternalServerError', { status: 503 }),
  },
  {
    fault: 'Retry-After as an HTTP date ~2 s ahead',
    timeoutMs: 15_000,
    options: SLOW_BACKOFF,
    // Whole seconds on the wire: a whole second 1.5–2.5 s ahead loses nothing to truncation.
    respondAt: () =>
      once({ status: 429, headers: { 'Retry-After': new Date(wholeSecondAfter(1500)).toUTCString() } }),
    get: recovers(2, [900, 4500]),
    post: fails('RateLimitError', {
      status: 429,
      check: (err) => within(err.retryAfterMs as number, 900, 2600, 'retryAfterMs from the date'),
    }),
  },
  {
    fault: 'Retry-After as an HTTP date in the past',
    timeoutMs: 15_000,
    options: SLOW_BACKOFF,
    respondAt: () =>
      once({ status: 429, headers: { 'Retry-After': new Date(Date.now() - 60_000).toUTCString() } }),
    get: recovers(2, [0, 3000]),
    post: fails('RateLimitError', {
      status: 429,
      check: (err) => equal(err.retryAfterMs, 0, 'retryAfterMs'),
    }),
  },
  {
    fault: 'Retry-After absurdly large (999999999 s)',
    respond: always({ status: 429, headers: { 'Retry-After': '999999999' } }),
    get: fails('RateLimitError', {
      status: 429,
      check: (err) => equal(err.retryAfterMs, 999_999_999_000, 'retryAfterMs'),
    }),
    post: fails('RateLimitError', {
      status: 429,
      check: (err) => equal(err.retryAfterMs, 999_999_999_000, 'retryAfterMs'),
    }),
  },
  {
    // Lenient date parsers read a year out of this; it is no HTTP date, so the backoff applies
    // (200–400 ms here: neither an immediate retry nor a wait for 2099).
    fault: 'Retry-After garbage ("soon, maybe 2099")',
    options: { retryBackoff: { initialMs: 400, maxMs: 400 } },
    respond: once({ status: 429, headers: { 'Retry-After': 'soon, maybe 2099' } }),
    get: recovers(2, [190, 3000]),
    post: fails('RateLimitError', {
      status: 429,
      check: (err) => equal(err.retryAfterMs, undefined, 'no retryAfterMs'),
    }),
  },
  {
    fault: 'retry-after-ms 150',
    timeoutMs: 15_000,
    options: SLOW_BACKOFF,
    respond: once({ status: 429, headers: { 'retry-after-ms': '150' } }),
    get: recovers(2, [140, 3000]),
    post: fails('RateLimitError', { status: 429, check: (err) => equal(err.retryAfterMs, 150) }),
  },
];

/** A fetch whose answers come without content-length, as a chunked or compressed body would. */
const withoutLength = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const response = await globalThis.fetch(input, init);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(response.body, { status: response.status, headers });
}) as typeof fetch;

/** Bodies a 2xx may carry that hold no usable value: the same error for every method, never retried. */
const unusableRows: Row[] = [
  {
    fault: 'truncated JSON on 200',
    respondAt: (_o, m) =>
      always(text200(JSON.stringify(m.validJson().body).slice(0, 20), 'application/json')),
    get: fails('WasendResponseError', { status: 200 }),
    post: fails('WasendResponseError', { status: 200 }),
  },
  {
    fault: 'JSON of the wrong shape on 200',
    respond: always({ status: 200, body: { success: true, data: { unexpected: [1, 2, 3] } } }),
    get: fails('WasendResponseError', { status: 200 }),
    post: fails('WasendResponseError', { status: 200 }),
  },
  {
    fault: 'HTML gateway page on 200',
    respond: always(text200(GATEWAY_PAGE, 'text/html')),
    get: fails('WasendResponseError', { status: 200, check: noTags }),
    post: fails('WasendResponseError', { status: 200, check: noTags }),
  },
  {
    fault: 'empty body on 200',
    respond: always({ status: 200 }),
    get: fails('WasendResponseError', { status: 200 }),
    post: fails('WasendResponseError', { status: 200 }),
  },
  {
    fault: 'body over 1 MiB on 200',
    respond: always({ bodyBytes: 1.5 * 1024 * 1024 }),
    get: fails('WasendResponseError', { status: 200 }),
    post: fails('WasendResponseError', { status: 200 }),
  },
  {
    // Without a declared length only counting while reading can stop it.
    fault: 'body over 1 MiB on 200, length not declared',
    options: { fetch: withoutLength },
    respond: always({ bodyBytes: 1.5 * 1024 * 1024 }),
    get: fails('WasendResponseError', { status: 200 }),
    post: fails('WasendResponseError', { status: 200 }),
  },
];

/** docs/contract.md: the content type may be text/plain or missing; a valid JSON answer still parses. */
const contentTypeRows: Row[] = (
  [
    ['text/plain', 'text/plain; charset=utf-8'],
    ['text/html', 'text/html; charset=utf-8'],
    ['missing', undefined],
  ] as const
).map(([label, type]) => ({
  fault: `valid JSON with content type ${label}`,
  respondAt: (_o, m) => always(text200(JSON.stringify(m.validJson().body), type)),
  get: { value: 'fault body', attempts: 1, ms: FAST },
  post: { value: 'fault body', attempts: 1, ms: FAST },
}));

const ROWS: Row[] = [
  {
    fault: 'connection refused',
    refused: true,
    get: fails('WasendConnectionError', { attempts: 3, ms: RETRIED }),
    post: fails('WasendConnectionError'),
  },
  {
    fault: 'reset before headers twice',
    respond: once({ reset: 'before-headers' }, 2),
    get: recovers(3),
    post: fails('WasendConnectionError'),
  },
  {
    fault: 'reset mid-body twice',
    respond: once({ reset: 'mid-body' }, 2),
    get: recovers(3),
    post: fails('WasendConnectionError'),
  },
  {
    fault: 'never answers twice (timeout 150)',
    options: { timeout: 150 },
    respond: once({ hang: true }, 2),
    get: recovers(3, [280, 3500]),
    post: fails('WasendTimeoutError', { ms: [130, 2500] }),
  },
  {
    fault: 'body trickling past the timeout twice (timeout 150)',
    options: { timeout: 150 },
    respond: once({ trickleMs: 100 }, 2),
    get: recovers(3, [280, 3500]),
    post: fails('WasendTimeoutError', { ms: [130, 2500] }),
  },
  ...statusRows,
  ...retryAfterRows,
  ...unusableRows,
  {
    fault: 'HTML gateway page on 502 twice',
    respond: once({ status: 502, headers: { 'content-type': 'text/html' }, body: GATEWAY_PAGE }, 2),
    get: recovers(3),
    post: fails('InternalServerError', {
      status: 502,
      check: (err) => {
        noTags(err);
        ok(err.message.includes('502 Bad Gateway The upstream server'), `the page's text: ${err.message}`);
        ok(err.message.length <= 220, `cut short (${err.message.length} chars)`);
      },
    }),
  },
  ...contentTypeRows,
  {
    fault: 'redirect to another origin',
    other: true,
    respondAt: (other, m) =>
      always({
        status: m.verb === 'GET' ? 302 : 307,
        headers: { location: other.baseUrl.replace('//127.0.0.1:', '//localhost:') + m.wireTarget(other) },
      }),
    get: fails('WasendConnectionError'),
    post: fails('WasendConnectionError'),
  },
  {
    fault: 'caller abort before the call',
    abort: 'before',
    get: fails('WasendAbortError', { attempts: 0 }),
    post: fails('WasendAbortError', { attempts: 0 }),
  },
  {
    fault: 'caller abort during the request (hang)',
    options: { timeout: 5000 },
    abort: 100,
    respond: always({ hang: true }),
    get: fails('WasendAbortError', { ms: [80, 3000] }),
    post: fails('WasendAbortError', { ms: [80, 3000] }),
  },
  {
    fault: 'caller abort during the body (trickle)',
    options: { timeout: 5000 },
    abort: 150,
    respond: always({ trickleMs: 100 }),
    get: fails('WasendAbortError', { ms: [130, 3000] }),
    post: fails('WasendAbortError', { ms: [130, 3000] }),
  },
  {
    // A POST has no retry wait to abort: the 503 itself is its answer.
    fault: 'caller abort during a retry wait (503, retry-after-ms 30000)',
    abort: 100,
    respond: always({ status: 503, headers: { 'retry-after-ms': '30000' } }),
    get: fails('WasendAbortError', { ms: [80, 3000] }),
    post: fails('InternalServerError', { status: 503 }),
  },
];

// ---- the runner ----

const REFUSED_BASE = 'http://127.0.0.1:9';
const REFUSED_TARGET: Target = { sessionId: 'default', groupId: GID, inviteCode: 'AbCdEfGhIjKlMnOpQrStUv' };

function signalFor(abort: Row['abort']): AbortSignal | undefined {
  if (abort === undefined) return undefined;
  const controller = new AbortController();
  if (abort === 'before') controller.abort();
  else setTimeout(() => controller.abort(), abort);
  return controller.signal;
}

function describe(m: Method, want: Outcome): string {
  const tries = `${want.attempts} attempt${want.attempts === 1 ? '' : 's'}`;
  if ('value' in want) return `${want.value === 'normal' ? m.value : `${m.value} from the body`}, ${tries}`;
  return `${want.error}${want.status === undefined ? '' : ` ${want.status}`}, ${tries}`;
}

/** Runs the call and asserts the outcome's value or error, then its elapsed time. */
async function expectOutcome(
  ctx: SuiteContext,
  m: Method,
  sc: Scenario | undefined,
  want: Outcome,
  call: () => Promise<unknown>,
): Promise<void> {
  const t0 = Date.now();
  if ('value' in want) {
    const value = await call();
    if (want.value === 'fault body') deepEqual(value, m.validJson().value, 'the value from the fault’s body');
    else if (sc) await m.checkValue(sc, value);
  } else {
    const Class = ctx.sdk[want.error] as unknown as ErrorClass<CaughtError>;
    await rejectsWith(Class, call(), (err) => {
      if (want.status !== undefined) equal(err.status, want.status, 'status');
      want.check?.(err);
    });
  }
  within(Date.now() - t0, want.ms[0], want.ms[1], 'elapsed');
}

async function runRow(ctx: SuiteContext, m: Method, row: Row, want: Outcome): Promise<void> {
  const options: ClientOptions = { maxRetries: 2, ...row.options };
  if (row.refused) {
    let calls = 0;
    const counting = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      return globalThis.fetch(input, init);
    }) as typeof fetch;
    const client = new ctx.sdk.WasendClient({
      apiKey: 'test-key',
      baseUrl: REFUSED_BASE,
      retryBackoff: { initialMs: 10, maxMs: 50 },
      fetch: counting,
      ...options,
    });
    await expectOutcome(ctx, m, undefined, want, () => m.call(client, REFUSED_TARGET));
    equal(calls, want.attempts, 'attempts (fetch calls)');
    return;
  }
  await withScenario(ctx, m.init(), async (sc) => {
    const other = row.other ? await ctx.mock.createScenario(m.init()) : undefined;
    try {
      const responds = [...(row.respond ?? []), ...(row.respondAt?.(other ?? sc, m) ?? [])];
      const match = { method: m.verb, path: m.path(sc) };
      if (responds.length) await sc.addFaults(responds.map((r): Fault => ({ match, ...r })));
      const client = clientFor(ctx, sc, options);
      const signal = signalFor(row.abort);
      await expectOutcome(ctx, m, sc, want, () => m.call(client, sc, signal ? { signal } : undefined));
      await expectRequests(sc, want.attempts, 'attempts');
      if (other) await expectRequests(other, 0, 'requests at the other origin (the key never went there)');
    } finally {
      await other?.close().catch(() => undefined);
    }
  });
}

export const faultMatrixCases: SuiteCase[] = METHODS.flatMap((m) =>
  ROWS.map((row): SuiteCase => {
    const want = m.verb === 'GET' ? row.get : row.post;
    return {
      name: `fault matrix · ${m.name} · ${row.fault} · ${describe(m, want)}`,
      ...(row.timeoutMs ? { timeoutMs: row.timeoutMs } : {}),
      run: (ctx) => runRow(ctx, m, row, want),
    };
  }),
);
