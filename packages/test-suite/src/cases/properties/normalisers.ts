// The normalisers as a property, with no network: a custom fetch answers every call itself with an
// arbitrary body × status × content type (× a few headers), and all five methods must settle with a
// value of the documented shape or a WasendError subclass: never a TypeError, SyntaxError,
// URIError, an unhandled rejection or a hang.
import { ok, show, within } from '../../assert.ts';
import type { SdkModule, SuiteCase } from '../../types.ts';
import { CODE, checkAsync, code, fc, LINK, noUnhandledRejections, settle } from './support.ts';

// Every field name a normaliser or the error factory reads (docs/contract.md §1–4, "Errors").
const FIELDS = [
  'success',
  'inviteCode',
  'code',
  'inviteLink',
  'link',
  'data',
  'group',
  'id',
  'jid',
  'JID',
  'name',
  'subject',
  'Name',
  'topic',
  'desc',
  'description',
  'Topic',
  'ownerJid',
  'owner',
  'OwnerJID',
  'participantsCount',
  'size',
  'Participants',
  'participants',
  'groupCreated',
  'GroupCreated',
  'createdAt',
  'creation',
  'isAnnounce',
  'announce',
  'IsAnnounce',
  'isLocked',
  'restrict',
  'IsLocked',
  'error',
  'message',
  'exception',
  'statusCode',
] as const;

/** Numbers at the edges: counts, unix seconds, and past what a Date can hold (8.64e12 s). */
const edgeNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1.5, 1e308, 1_700_000_000, 8_640_000_000_000, 8_640_000_000_001),
  fc.maxSafeInteger(),
);

/** Values that reach deep into the normalisers: codes, links, edge numbers, any JSON. */
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  code,
  code.map((c) => `https://chat.whatsapp.com/${c}?mode=r_c`),
  edgeNumber,
  fc.constantFrom('', ' ', null, true, false),
);

/** A group record with a usable id most of the time, every other field maybe, any value. */
const group = fc.record(
  {
    id: fc.oneof(fc.constant('120363025988123456@g.us'), leaf),
    jid: leaf,
    JID: leaf,
    name: leaf,
    subject: leaf,
    desc: leaf,
    owner: leaf,
    participantsCount: fc.oneof(edgeNumber, leaf),
    size: fc.oneof(edgeNumber, leaf),
    Participants: fc.oneof(fc.array(leaf, { maxLength: 3 }), leaf),
    groupCreated: leaf,
    creation: fc.oneof(edgeNumber, leaf),
    announce: leaf,
    IsLocked: leaf,
  },
  { requiredKeys: [] },
);

/** The dialects' wrappers around a group record (docs/contract.md §3 and §4). */
const wrappedGroup = fc.oneof(
  group,
  fc.tuple(leaf, group).map(([success, data]) => ({ success, data, error: null })),
  fc.tuple(leaf, group).map(([success, g]) => ({ success, group: g })),
);

/** Objects shaped like the dialects, nested (data/group wrappers, participant lists). */
const shaped = fc.letrec<{ obj: Record<string, unknown> }>((tie) => ({
  obj: fc.dictionary(
    fc.constantFrom(...FIELDS),
    fc.oneof({ depthSize: 'small' }, leaf, tie('obj'), fc.array(tie('obj'), { maxLength: 3 })),
    { maxKeys: 6 },
  ),
})).obj;

type Body = string | Uint8Array | { broken: Uint8Array };

const body: fc.Arbitrary<Body> = fc.oneof(
  fc.json(),
  shaped.map((o) => JSON.stringify(o)),
  { arbitrary: wrappedGroup.map((o) => JSON.stringify(o)), weight: 4 },
  fc.json().chain((j) => fc.nat(j.length).map((n) => j.slice(0, n))), // truncated JSON
  fc.string({ unit: 'binary', maxLength: 200 }),
  code.map((c) => `"${c}`), // an unterminated JSON string literal
  fc.constantFrom('', ' \n', '<html><body><h1>502 Bad Gateway</h1></body></html>', 'null', '[]', '{}'),
  fc.uint8Array({ maxLength: 64 }), // not UTF-8 at all
  fc.uint8Array({ maxLength: 16 }).map((head) => ({ broken: head })), // the stream errors mid-body
);

const status = fc.oneof(
  fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 410, 422, 429, 500, 502, 503, 504),
  fc.integer({ min: 200, max: 599 }),
);

/** Printable ASCII only: a header value `new Response` accepts in every runtime. */
const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
});

const contentType = fc.option(
  fc.oneof(
    fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/html; charset=utf-8',
      'text/plain',
      'application/octet-stream',
      'json',
    ),
    headerText,
  ),
  { nil: undefined },
);

const extraHeaders = fc.dictionary(
  fc.constantFrom('retry-after', 'retry-after-ms', 'location', 'content-length', 'x-request-id'),
  fc.oneof(headerText, fc.constantFrom('0', '2', '2000000', '/elsewhere', 'http://other.test/x', 'abc')),
  { maxKeys: 3 },
);

const NULL_BODY = new Set([204, 205, 304]);

function responder(kind: Body, code: number, type: string | undefined, extra: Record<string, string>) {
  const headers = { ...extra, ...(type === undefined ? {} : { 'content-type': type }) };
  return () => {
    if (NULL_BODY.has(code)) return new Response(null, { status: code, headers });
    if (typeof kind === 'object' && 'broken' in kind) {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(kind.broken);
          controller.error(new TypeError('the connection broke mid-body'));
        },
      });
      return new Response(stream, { status: code, headers });
    }
    // A copy: a Uint8Array over a plain ArrayBuffer, what BodyInit takes.
    return new Response(typeof kind === 'string' ? kind : new Uint8Array(kind), { status: code, headers });
  };
}

const TEXT = (v: unknown): v is string => typeof v === 'string';
const COUNT = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const BOOL = (v: unknown): v is boolean => typeof v === 'boolean';
const SHAPE: Record<string, Record<string, (v: unknown) => boolean>> = {
  joinInfo: {
    name: TEXT,
    description: TEXT,
    ownerJid: TEXT,
    participantsCount: COUNT,
    createdAt: TEXT,
    isAnnounce: BOOL,
    isLocked: BOOL,
  },
  join: { name: TEXT, participantsCount: COUNT },
};

/** The documented shape of each method's value (packages/core/README.md). */
function checkValue(method: string, value: unknown): void {
  if (method === 'getGroupInviteCode' || method === 'revokeGroupInviteCode') {
    ok(typeof value === 'string' && CODE.test(value), `a bare code, got ${show(value)}`);
    return;
  }
  if (method === 'getGroupInviteLink') {
    ok(typeof value === 'string' && LINK.test(value), `a link, got ${show(value)}`);
    return;
  }
  const record = value as Record<string, unknown>;
  ok(typeof record?.id === 'string' && record.id !== '', `a non-empty string id, got ${show(value)}`);
  const fields = SHAPE[method === 'getGroupJoinInfo' ? 'joinInfo' : 'join'] ?? {};
  for (const [name, v] of Object.entries(record)) {
    if (name === 'id') continue;
    const is = fields[name];
    ok(is?.(v), `field ${name} is documented and of its type, got ${show(value)}`);
  }
}

/** Which errors each status may give (maxRetries 0: no retries, no waits). */
function checkError(sdk: SdkModule, code: number, err: unknown): void {
  ok(sdk.isWasendError(err) && err instanceof sdk.WasendError, `a WasendError, got ${show(err)}`);
  const name = (err as Error).name;
  const apiStatus = err instanceof sdk.WasendAPIError ? err.status : undefined;
  if (code >= 400) {
    // A broken stream may surface as a connection error before the status is read.
    ok(apiStatus === code || err instanceof sdk.WasendConnectionError, `${code}: got ${name} ${apiStatus}`);
  } else if (code >= 300) {
    // A redirect is followed on the same origin (then refused after too many hops) or refused.
    ok(apiStatus === code || err instanceof sdk.WasendConnectionError, `${code}: got ${name} ${apiStatus}`);
  } else {
    // 2xx: no usable value, or `success: false` (a WasendAPIError carrying the 2xx status).
    ok(
      err instanceof sdk.WasendResponseError ||
        err instanceof sdk.WasendConnectionError ||
        apiStatus === code,
      `${code}: got ${name} ${apiStatus}`,
    );
  }
}

const SESSION = 'default';
const GROUP = '120363025988123456@g.us';
const INVITE = 'AbCdEfGhIjKlMnOpQrStUv';

/** Error pages no regex may take quadratic time on (each ~200 000 characters, well under 1 MiB). */
const HOSTILE_PAGES: Array<[string, string]> = [
  ["unclosed '<'", '<'],
  ["unclosed '<!--'", '<!--'],
  ["unclosed '<script'", '<script'],
];

export const normaliserProperties: SuiteCase[] = [
  {
    name: "properties · normalisers · a 502 HTML page of 200 000 chars of unclosed '<', '<!--', '<script' · InternalServerError at once, no quadratic hang",
    timeoutMs: 30_000,
    run: async ({ sdk }) => {
      for (const [label, unit] of HOSTILE_PAGES) {
        const page = `Bad Gateway ${unit.repeat(Math.ceil(200_000 / unit.length))}`;
        const client = new sdk.WasendClient({
          apiKey: 'sk_prop_normalisers_0123456789',
          baseUrl: 'http://api.example.test',
          fetch: (async () =>
            new Response(page, { status: 502, headers: { 'content-type': 'text/html' } })) as typeof fetch,
          maxRetries: 0,
        });
        const started = Date.now();
        // The message is built synchronously: a timer cannot interrupt it, so the elapsed time tells.
        const err = await client.getGroupInviteCode(SESSION, GROUP).then(
          () => undefined,
          (e: unknown) => e,
        );
        const ms = Date.now() - started;
        ok(
          err instanceof sdk.InternalServerError,
          `${label}: expected InternalServerError, got ${show(err)}`,
        );
        ok(
          (err as Error).message.startsWith('502 Bad Gateway'),
          `${label}: message ${show((err as Error).message)}`,
        );
        within(ms, 0, 3000, `${label}: ms to build the error`);
      }
    },
  },
  {
    name: 'properties · normalisers · arbitrary body × status × content type · a documented value or a WasendError, never a bare error or a hang',
    timeoutMs: 30_000,
    run: ({ sdk }) =>
      noUnhandledRejections(() =>
        checkAsync(
          fc.asyncProperty(body, status, contentType, extraHeaders, async (kind, code, type, extra) => {
            const respond = responder(kind, code, type, extra);
            respond(); // a Response the runtime refuses is the arbitrary's fault: fail loudly here
            const fake = (async () => respond()) as typeof fetch;
            const client = new sdk.WasendClient({
              apiKey: 'sk_prop_normalisers_0123456789',
              baseUrl: 'http://api.example.test',
              fetch: fake,
              maxRetries: 0,
            });
            const calls: Array<[string, () => Promise<unknown>]> = [
              ['getGroupInviteCode', () => client.getGroupInviteCode(SESSION, GROUP)],
              ['getGroupInviteLink', () => client.getGroupInviteLink(SESSION, GROUP)],
              ['revokeGroupInviteCode', () => client.revokeGroupInviteCode(SESSION, GROUP)],
              ['getGroupJoinInfo', () => client.getGroupJoinInfo(SESSION, INVITE)],
              ['joinGroup', () => client.joinGroup(SESSION, INVITE)],
            ];
            for (const [method, call] of calls) {
              const outcome = await settle(call, method);
              try {
                if (outcome.ok) checkValue(method, outcome.value);
                else checkError(sdk, code, outcome.error);
              } catch (err) {
                throw new Error(`${method}: ${(err as Error).message}`);
              }
            }
          }),
          0x3_3001,
          300,
        ),
      ),
  },
];
