// The API key: never in an error or a log line, always the only Authorization, trimmed when pasted.
import { equal, ok, rejectsWith } from '../assert.ts';
import type {
  ClientOptions,
  Fault,
  Scenario,
  SuiteCase,
  SuiteClient,
  SuiteContext,
  SuiteLogger,
} from '../types.ts';
import { assertNoKey, ESCAPED_KEYS, echoFault, KEY, KEY_FORMS } from './keyEchoes.ts';
import {
  clientFor,
  EXPOSE_ALL,
  expectRequests,
  GID,
  joinScenario,
  onlyRequest,
  withScenario,
} from './support.ts';

/** Every string reachable from a value's own properties (symbols and cause chain included). */
function ownTexts(root: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (value === null || value === undefined || depth > 8) return;
    if (typeof value === 'string') return void out.push(value);
    if (typeof value !== 'object' && typeof value !== 'function') return void out.push(String(value));
    if (seen.has(value)) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      out.push(String(key));
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if (desc && 'value' in desc) visit(desc.value, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}

const stringify = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? '';
  } catch (e) {
    return String(e);
  }
};

/** An error's texts: own properties, and message, stack, String and JSON of it and of each cause. */
export function everyText(err: unknown): string[] {
  const out = ownTexts(err);
  for (let e = err, depth = 0; e !== null && e !== undefined && depth < 8; depth++) {
    if (e instanceof Error) out.push(e.message, String(e.stack), String(e));
    out.push(stringify(e));
    const { body, headers } = e as { body?: unknown; headers?: unknown };
    out.push(...ownTexts(body), ...ownTexts(headers));
    e = (e as { cause?: unknown }).cause;
  }
  return out;
}

/** A logger recording, per line, its message, `JSON.stringify(meta)` and every text in meta. */
function recordingLogger() {
  const lines: { level: 'debug' | 'warn'; texts: string[] }[] = [];
  const record = (level: 'debug' | 'warn') => (msg: unknown, meta?: unknown) =>
    void lines.push({ level, texts: [String(msg), stringify(meta), ...ownTexts(meta)] });
  const logger: SuiteLogger = { debug: record('debug'), warn: record('warn') };
  return { lines, logger, texts: () => lines.flatMap((l) => l.texts) };
}

type Call = (client: SuiteClient, sc: Scenario, signal: AbortSignal) => Promise<unknown>;
const CALLS = {
  get: (c, sc, signal) => c.getGroupInviteCode(sc.sessionId, sc.groupId, { signal }),
  revoke: (c, sc, signal) => c.revokeGroupInviteCode(sc.sessionId, sc.groupId, { signal }),
  joinInfo: (c, sc, signal) => c.getGroupJoinInfo(sc.sessionId, 'AbCdEfGhIjKlMnOpQrStUv', { signal }),
  join: (c, sc, signal) => c.joinGroup(sc.sessionId, 'AbCdEfGhIjKlMnOpQrStUv', { signal }),
} satisfies Record<string, Call>;

/** One way a call fails, staged so the server (or the network) echoes the key wherever it can. */
export interface KeyFailure {
  label: string;
  /** The class name the call must fail with. */
  error: string;
  faults?: (key: string) => Fault[];
  options?: (key: string) => ClientOptions;
  call?: keyof typeof CALLS;
  /** Aborts the caller's signal this many ms into the call (0: before it starts). */
  abortAfterMs?: number;
}

const MIB = 1024 * 1024;
const once = (respond: Fault['respond']): Fault[] => [{ times: 1, respond }];

export const KEY_FAILURES: KeyFailure[] = [
  {
    label: '400 with a message array echoing the key',
    error: 'BadRequestError',
    faults: (k) => once({ status: 400, body: { message: ['code is invalid', `key ${k} rejected`] } }),
  },
  {
    label: '401 JSON body and headers echoing the key',
    error: 'AuthenticationError',
    faults: (k) =>
      once({
        status: 401,
        headers: { 'x-echo-key': k, 'www-authenticate': `Bearer ${k}`, 'x-request-id': k, ...EXPOSE_ALL },
        body: { error: `Invalid API key: ${k}`, key: k, nested: { authorization: `Bearer ${k}` } },
      }),
  },
  {
    label: '403 error.message echoing Bearer key',
    error: 'PermissionDeniedError',
    call: 'revoke',
    faults: (k) => once({ status: 403, body: { error: { message: `Bearer ${k} may not revoke` } } }),
  },
  {
    label: '404 text body echoing the key',
    error: 'NotFoundError',
    faults: (k) => once({ status: 404, headers: { 'content-type': 'text/plain' }, body: `no key ${k}` }),
  },
  {
    label: '410 HTML page echoing the key',
    error: 'NotFoundError',
    call: 'joinInfo',
    faults: (k) =>
      once({
        status: 410,
        headers: { 'content-type': 'text/html' },
        body: `<html><body><h1>Gone</h1><p>Authorization: Bearer ${k}</p></body></html>`,
      }),
  },
  {
    label: '422 on join echoing the key',
    error: 'UnprocessableEntityError',
    call: 'join',
    faults: (k) => once({ status: 422, body: { error: `session of ${k} is STARTING`, status: 'STARTING' } }),
  },
  {
    label: '429 with a long Retry-After echoing the key',
    error: 'RateLimitError',
    faults: (k) =>
      once({
        status: 429,
        headers: { 'retry-after': '120', 'x-request-id': k, ...EXPOSE_ALL },
        body: { success: false, error: `slow down, ${k}` },
      }),
  },
  {
    label: '500 engine crash echoing the request',
    error: 'InternalServerError',
    faults: (k) =>
      once({
        status: 500,
        body: {
          statusCode: 500,
          exception: { message: `bad token ${k}`, name: 'Error' },
          request: { headers: { authorization: `Bearer ${k}` } },
        },
      }),
  },
  {
    label: '503 twice, retried once, each echoing the key',
    error: 'InternalServerError',
    options: () => ({ maxRetries: 1 }),
    faults: (k) => [{ times: 2, respond: { status: 503, body: { message: `overloaded for ${k}` } } }],
  },
  {
    label: '409 (no subclass) echoing the key',
    error: 'WasendAPIError',
    faults: (k) => once({ status: 409, body: { message: k } }),
  },
  {
    label: '200 success:false echoing the key',
    error: 'WasendAPIError',
    call: 'revoke',
    faults: (k) => once({ status: 200, body: { success: false, error: `key ${k}` } }),
  },
  {
    label: '200 unusable body echoing the key',
    error: 'WasendResponseError',
    faults: (k) => once({ status: 200, body: { token: k } }),
  },
  {
    label: '200 body over 1 MiB holding the key',
    error: 'WasendResponseError',
    faults: (k) => once({ status: 200, body: `${k} ${'a'.repeat(MIB)} ${k}` }),
  },
  {
    label: '500 body over 1 MiB starting with the key',
    error: 'InternalServerError',
    faults: (k) => once({ status: 500, body: `${k} ${'a'.repeat(MIB)}` }),
  },
  {
    label: 'connection reset before headers',
    error: 'WasendConnectionError',
    faults: () => once({ reset: 'before-headers' }),
  },
  {
    label: 'redirect to another origin carrying the key',
    error: 'WasendConnectionError',
    faults: (k) =>
      once({
        status: 302,
        headers: { location: `http://evil.example/steal?key=${encodeURIComponent(k)}&raw=${k}` },
      }),
  },
  {
    label: 'transport error echoing the key in its message and cause chain',
    error: 'WasendConnectionError',
    options: (k) => ({
      fetch: (async (_input: RequestInfo | URL, init?: RequestInit) => {
        const auth = new Headers(init?.headers).get('authorization');
        const inner = new Error(`socket hang up (${k})`, { cause: new Error(`deep ${auth}`) });
        throw Object.assign(
          new TypeError(`fetch failed: proxy refused ${auth} for key ${k}`, { cause: inner }),
          {
            code: `E_${k}`,
          },
        );
      }) as typeof fetch,
    }),
  },
  {
    label: 'server never answers (timeout)',
    error: 'WasendTimeoutError',
    options: () => ({ timeout: 150 }),
    faults: () => once({ hang: true }),
  },
  {
    label: 'body trickling slower than the timeout',
    error: 'WasendTimeoutError',
    options: () => ({ timeout: 150 }),
    faults: (k) => once({ trickleMs: 40, status: 200, body: { inviteCode: k, padding: 'x'.repeat(40) } }),
  },
  {
    label: 'caller abort during the request',
    error: 'WasendAbortError',
    abortAfterMs: 60,
    faults: () => once({ hang: true }),
  },
  {
    label: 'caller abort before the call',
    error: 'WasendAbortError',
    abortAfterMs: 0,
  },
  {
    label: 'caller abort during a retry wait after an echo',
    error: 'WasendAbortError',
    abortAfterMs: 150,
    options: () => ({ maxRetries: 2 }),
    faults: (k) => once({ status: 503, headers: { 'retry-after': '5' }, body: { message: `busy ${k}` } }),
  },
];

export interface Provoked {
  error: unknown;
  /** Every logged text (message, JSON of meta, meta's own texts), all lines. */
  logged: string[];
  levels: ('debug' | 'warn')[];
}

/** Runs `failure` against a fresh scenario holding `key` and returns what the caller got. */
export async function provoke(ctx: SuiteContext, failure: KeyFailure, key: string): Promise<Provoked> {
  let result: Provoked | undefined;
  await withScenario(ctx, { keys: [key], faults: failure.faults?.(key) ?? [] }, async (sc) => {
    const { lines, logger, texts } = recordingLogger();
    const client = clientFor(ctx, sc, { logger, maxRetries: 0, ...failure.options?.(key) });
    const controller = new AbortController();
    if (failure.abortAfterMs === 0) controller.abort();
    const timer = failure.abortAfterMs
      ? setTimeout(() => controller.abort(), failure.abortAfterMs)
      : undefined;
    const error = await CALLS[failure.call ?? 'get'](client, sc, controller.signal).then(
      () => undefined,
      (e: unknown) => e,
    );
    clearTimeout(timer);
    result = { error, logged: texts(), levels: lines.map((l) => l.level) };
  });
  ok(result, 'the call ran');
  return result;
}

function checkFailure(
  ctx: SuiteContext,
  failure: KeyFailure,
  got: Provoked,
  key: string,
  written = key,
): void {
  const { error } = got;
  ok(ctx.sdk.isWasendError(error), `failed with a WasendError, got ${String(error)}`);
  equal(error.name, failure.error, 'error class');
  const Class = ctx.sdk[failure.error as keyof typeof ctx.sdk] as unknown as abstract new () => Error;
  ok(error instanceof Class, `instanceof ${failure.error}`);
  assertNoKey(everyText(error), key, `${failure.label}: error`, written);
  assertNoKey(got.logged, key, `${failure.label}: logger`, written);
  if (failure.abortAfterMs !== 0) {
    ok(got.levels.includes('debug') || failure.error === 'WasendAbortError', 'a debug line per attempt');
    ok(got.levels.includes('warn'), 'a warn line for the failure');
  }
}

const failureCases: SuiteCase[] = KEY_FAILURES.map((failure) => ({
  name: `secrets · ${failure.label} · ${failure.error} and its log lines never hold the key`,
  run: async (ctx) => checkFailure(ctx, failure, await provoke(ctx, failure, KEY), KEY),
}));

// Keys with characters encoders rewrite, echoed in each encoder's form: the redaction must see
// through every form, in the error (message, body, headers) and in the log lines.
const formCases: SuiteCase[] = ESCAPED_KEYS.flatMap(([keyLabel, key]) =>
  KEY_FORMS.map(
    ([formLabel, kind, write]): SuiteCase => ({
      name: `secrets · ${keyLabel} echoed as ${formLabel} · absent from the error and the log`,
      run: async (ctx) => {
        const failure: KeyFailure = {
          label: `${keyLabel} as ${formLabel}`,
          error: 'InternalServerError',
          faults: (k) => [{ times: 1, ...echoFault(502, k, kind, write) }],
        };
        checkFailure(ctx, failure, await provoke(ctx, failure, key), key, write(key));
      },
    }),
  ),
);

export const secretCases: SuiteCase[] = [
  ...failureCases,
  ...formCases,
  {
    name: 'secrets · logger · one debug per attempt, warns on the retry, never the key',
    run: (ctx) =>
      withScenario(ctx, { keys: [KEY], faults: [{ times: 1, respond: { status: 503 } }] }, async (sc) => {
        const { lines, logger, texts } = recordingLogger();
        const client = clientFor(ctx, sc, { logger, maxRetries: 2 });
        equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
        const log = await expectRequests(sc, 2);
        equal(lines.filter((l) => l.level === 'debug').length, log.length, 'debug lines = attempts');
        ok(
          lines.some((l) => l.level === 'warn'),
          'a warn for the failed attempt / retry',
        );
        ok(
          lines.some((l) => /GET/.test(l.texts[0] ?? '')),
          'lines name the method',
        );
        assertNoKey(texts(), KEY, 'logger');
      }),
  },
  {
    name: 'secrets · WasendArgumentError from options holding the key (bad key, baseUrl, headers) · never shows it',
    run: async (ctx) => {
      const base = { apiKey: KEY, baseUrl: 'http://127.0.0.1:9' };
      const bad: ClientOptions[] = [
        { apiKey: `${KEY} ${KEY}` },
        { apiKey: `${KEY}\u0000` },
        { apiKey: `${KEY}\u00e9` },
        { ...base, baseUrl: `https://user:${KEY}@api.example` },
        { ...base, baseUrl: `https://api.example/?key=${KEY}` },
        { ...base, baseUrl: KEY },
        { ...base, headers: { 'x-api-key': `${KEY}\r\nx-evil: 1` } },
        { ...base, headers: { [`${KEY} name`]: 'x' } },
      ];
      for (const [i, options] of bad.entries()) {
        const err = await rejectsWith(
          ctx.sdk.WasendArgumentError,
          () => new ctx.sdk.WasendClient(options as never),
        );
        assertNoKey(everyText(err), KEY, `constructor option set ${i}`);
      }
      const client = new ctx.sdk.WasendClient(base);
      const perCall = client.getGroupInviteCode('s', 'g@g.us', { headers: { 'x-api-key': `${KEY}\u0001` } });
      assertNoKey(
        everyText(await rejectsWith(ctx.sdk.WasendArgumentError, perCall)),
        KEY,
        'per-call headers',
      );
    },
  },
  {
    name: 'secrets · the client object · no own property, JSON or String of it holds the key',
    run: async (ctx) => {
      const client = new ctx.sdk.WasendClient({
        apiKey: KEY,
        baseUrl: 'http://127.0.0.1:9',
        headers: { 'x-a': '1' },
      });
      assertNoKey([...ownTexts(client), stringify(client), String(client)], KEY, 'client');
    },
  },
  {
    name: 'secrets · headers option (client and per call) can never replace Authorization; extras pass',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const client = clientFor(ctx, sc, { headers: { Authorization: 'Bearer evil', 'X-Extra': 'one' } });
        const code = await client.getGroupInviteCode(sc.sessionId, sc.groupId, {
          headers: { authorization: 'Bearer evil2', 'x-call': 'two' },
        });
        equal(code, sc.inviteCode);
        const req = onlyRequest(await expectRequests(sc, 1));
        equal(req.headers.authorization, `Bearer ${sc.key}`);
        equal(req.headers['x-extra'], 'one');
        equal(req.headers['x-call'], 'two');
      }),
  },
  {
    name: 'secrets · apiKey null · no Authorization header is sent (mock answers 401)',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        await rejectsWith(
          ctx.sdk.AuthenticationError,
          clientFor(ctx, sc, { apiKey: null, maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
          (err) => equal(err.status, 401),
        );
        const req = onlyRequest(await expectRequests(sc, 1));
        equal(req.headers.authorization, undefined, 'no Authorization header');
      }),
  },
  {
    name: 'secrets · a short key ("Ab") inside the code and the group name · values come back as sent; an error still hides it',
    run: (ctx) => {
      const key = 'Ab';
      const code = 'AbCdEfGhIjKlMnOpQrStAb';
      const base = joinScenario('docs');
      const group = { ...base.groups?.[0], id: GID, session: 'joiner', name: 'Ab group', inviteCode: code };
      return withScenario(ctx, { ...base, keys: [key], groups: [group] }, async (sc) => {
        const client = clientFor(ctx, sc, { apiKey: key, maxRetries: 0 });
        equal(await client.getGroupJoinInfo(sc.sessionId, code).then((info) => info.name), 'Ab group');
        await sc.addFaults([
          { times: 1, respond: { status: 200, body: { success: true, inviteCode: code } } },
        ]);
        equal(await client.getGroupInviteCode(sc.sessionId, GID), code, 'the code, not "[REDACTED]CdEf…"');
        await sc.addFaults([
          { times: 1, respond: { status: 200, body: { success: false, error: `no ${key}` } } },
        ]);
        const err = await rejectsWith(ctx.sdk.WasendAPIError, client.getGroupInviteCode(sc.sessionId, GID));
        ok(!err.message.includes(key), `the key is redacted from the error: ${err.message}`);
      });
    },
  },
  {
    name: 'secrets · a pasted key with surrounding newline/whitespace is trimmed and works',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        for (const pasted of [`${sc.key}\n`, `  ${sc.key}\r\n`, `\t${sc.key} `]) {
          equal(
            await clientFor(ctx, sc, { apiKey: pasted }).getGroupInviteCode(sc.sessionId, sc.groupId),
            sc.inviteCode,
          );
        }
        for (const req of await expectRequests(sc, 3)) equal(req.headers.authorization, `Bearer ${sc.key}`);
      }),
  },
];
