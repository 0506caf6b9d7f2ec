// The API key: never in an error or a log line, always the only Authorization, trimmed when pasted.
import { equal, ok, rejectsWith } from '../assert.ts';
import type { Fault, SuiteCase, SuiteLogger } from '../types.ts';
import { clientFor, EXPOSE_ALL, expectRequests, onlyRequest, withScenario } from './support.ts';

const KEY = 'sk_live_S3cr3tRedactMe0123456789';

/** Every string reachable from an error's own properties (and cause chain), plus its renderings. */
function everyText(err: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (value === null || value === undefined || depth > 6) return;
    if (typeof value === 'string') return void out.push(value);
    if (typeof value !== 'object') return void out.push(String(value));
    if (seen.has(value)) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      out.push(String(key));
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if (desc && 'value' in desc) visit(desc.value, depth + 1);
    }
  };
  visit(err, 0);
  if (err instanceof Error) {
    out.push(err.message, String(err.stack), String(err));
    visit((err as { body?: unknown }).body, 0);
    visit((err as { headers?: unknown }).headers, 0);
    visit((err as { cause?: unknown }).cause, 0);
  }
  try {
    out.push(JSON.stringify(err) ?? '');
  } catch (e) {
    out.push(String(e));
  }
  return out;
}

function assertNoKey(texts: string[], where: string): void {
  for (const text of texts)
    ok(!text.includes(KEY), `${where}: the key leaked in ${JSON.stringify(text.slice(0, 200))}`);
}

const ECHO_401: Fault = {
  respond: {
    status: 401,
    headers: { 'x-echo-key': KEY, 'www-authenticate': `Bearer ${KEY}`, 'x-request-id': KEY, ...EXPOSE_ALL },
    body: { error: `Invalid API key: ${KEY}`, key: KEY, nested: { authorization: `Bearer ${KEY}` } },
  },
};

const echoFaults: Array<[string, Fault]> = [
  ['401 JSON body and headers echoing the key', ECHO_401],
  [
    '500 engine crash echoing the request',
    {
      respond: {
        status: 500,
        body: {
          statusCode: 500,
          exception: { message: `bad token ${KEY}`, name: 'Error' },
          request: { headers: { authorization: `Bearer ${KEY}` } },
        },
      },
    },
  ],
  [
    '502 HTML page echoing the Authorization header',
    {
      respond: {
        status: 502,
        headers: { 'content-type': 'text/html' },
        body: `<html><body><h1>Bad Gateway</h1><p>Authorization: Bearer ${KEY}</p></body></html>`,
      },
    },
  ],
  [
    '200 success:false echoing the key',
    { respond: { status: 200, body: { success: false, error: `key ${KEY}` } } },
  ],
  ['200 unusable body echoing the key', { respond: { status: 200, body: { token: KEY } } }],
];

const redaction: SuiteCase[] = echoFaults.map(([label, fault]) => ({
  name: `secrets · ${label} · key absent from message, stack, String, JSON, body, headers, own props`,
  run: (ctx) =>
    withScenario(ctx, { keys: [KEY], faults: [fault] }, async (sc) => {
      const client = clientFor(ctx, sc, { maxRetries: 0 });
      const err = await client.getGroupInviteCode(sc.sessionId, sc.groupId).then(
        () => undefined,
        (e: unknown) => e,
      );
      ok(ctx.sdk.isWasendError(err), 'failed with a WasendError');
      assertNoKey(everyText(err), label);
    }),
}));

function recordingLogger() {
  const lines: { level: 'debug' | 'warn'; text: string }[] = [];
  const render = (msg: unknown, meta: unknown) => {
    let m = '';
    try {
      m = meta === undefined ? '' : JSON.stringify(meta);
    } catch {
      m = String(meta);
    }
    return `${String(msg)} ${m}`;
  };
  const logger: SuiteLogger = {
    debug: (msg, meta) => void lines.push({ level: 'debug', text: render(msg, meta) }),
    warn: (msg, meta) => void lines.push({ level: 'warn', text: render(msg, meta) }),
  };
  return { lines, logger };
}

export const secretCases: SuiteCase[] = [
  ...redaction,
  {
    name: 'secrets · logger · one debug per attempt, warns on the retry, never the key',
    run: (ctx) =>
      withScenario(ctx, { keys: [KEY], faults: [{ times: 1, respond: { status: 503 } }] }, async (sc) => {
        const { lines, logger } = recordingLogger();
        const client = clientFor(ctx, sc, { logger, maxRetries: 2 });
        equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
        const log = await expectRequests(sc, 2);
        equal(lines.filter((l) => l.level === 'debug').length, log.length, 'debug lines = attempts');
        ok(
          lines.some((l) => l.level === 'warn'),
          'a warn for the failed attempt / retry',
        );
        ok(
          lines.some((l) => /GET/.test(l.text)),
          'lines name the method',
        );
        assertNoKey(
          lines.map((l) => l.text),
          'logger',
        );
      }),
  },
  {
    name: 'secrets · logger · an error echoing the key is logged without it',
    run: (ctx) =>
      withScenario(ctx, { keys: [KEY], faults: [ECHO_401] }, async (sc) => {
        const { lines, logger } = recordingLogger();
        await rejectsWith(
          ctx.sdk.AuthenticationError,
          clientFor(ctx, sc, { logger, maxRetries: 0 }).getGroupInviteCode(sc.sessionId, sc.groupId),
        );
        equal(lines.filter((l) => l.level === 'debug').length, 1, 'one attempt, one debug line');
        assertNoKey(
          lines.map((l) => l.text),
          'logger',
        );
      }),
  },
  {
    name: 'secrets · a transport error echoing the key · absent from the WasendConnectionError and its cause',
    run: async (ctx) => {
      const leaky = (async (_input: RequestInfo | URL, init?: RequestInit) => {
        const auth = new Headers(init?.headers).get('authorization');
        const err = new TypeError(`fetch failed: proxy refused ${auth} for key ${KEY}`);
        (err as { cause?: unknown }).cause = new Error(`socket hang up (${KEY})`);
        throw err;
      }) as typeof fetch;
      const client = new ctx.sdk.WasendClient({
        apiKey: KEY,
        baseUrl: 'http://127.0.0.1:9',
        fetch: leaky,
        maxRetries: 0,
      });
      const err = await rejectsWith(ctx.sdk.WasendConnectionError, client.getGroupInviteCode('s', 'g@g.us'));
      assertNoKey(everyText(err), 'connection error');
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
