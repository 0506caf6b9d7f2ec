// The group endpoints' refusals in every dialect: not an admin, unknown group, body formats
// (participants, the dual-field admin-only flag, pictures, subject), list parameters, 501.
import { describe, expect, test } from 'vitest';
import type { Dialect } from '../src/handler';
import {
  ALICE,
  ALL_DIALECTS,
  type Answer,
  BOB,
  ENGINE_DIALECTS,
  G1,
  G2,
  groupPath,
  groupsInit,
  ME,
  NEST,
  useHandler,
} from './apiHarness';

const scenario = useHandler();
const WASEND = (d: Dialect) => d === 'docs' || d === 'json-string';

/** The dialect's plain error (shape 1, 2 or 5) as [status, content type, body]. */
function plainError(dialect: Dialect, status: number, message: string): [number, string, unknown] {
  const reasons: Record<number, string> = {
    400: 'Bad Request',
    403: 'Forbidden',
    404: 'Not Found',
    501: 'Not Implemented',
  };
  const nest = { statusCode: status, message: status === 400 ? [message] : message, error: reasons[status] };
  switch (dialect) {
    case 'docs':
      return [status, 'application/json', { success: false, error: message }];
    case 'json-string':
      return [status, 'application/json', nest];
    case 'gows':
      return [status, 'application/json', { error: { code: status, message } }];
    default:
      return [status, NEST, nest];
  }
}

const triple = (a: Answer) => [a.status, a.contentType, a.text === '' ? '' : a.json()];

/** The parts of a 500 body these tests read. */
interface Envelope {
  exception: { message: string; name: string; isBoom?: boolean; data?: number };
  request: { body: unknown };
}

/** Today's 500 envelope (noweb, webjs): checks what the SDK reads, and that the stack is there. */
function expectEnvelope(a: Answer, engine: 'NOWEB' | 'WEBJS', message: string, name = 'Error') {
  expect([a.status, a.contentType]).toEqual([500, NEST]);
  const body = a.json() as Envelope;
  expect(body).toMatchObject({
    statusCode: 500,
    timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    exception: { message, name, stack: expect.stringContaining(`${name}: ${message}`) },
    request: { method: expect.any(String), path: expect.any(String), body: expect.anything(), query: {} },
    version: { version: '2026.2.1', engine, tier: 'PLUS' },
  });
  return body;
}

/** The older engines' short 500 (waha: NestJS content type; gows: plain). */
function compactCrash(
  dialect: 'waha' | 'gows',
  path: string,
  method: string,
  message: string,
  name = 'Error',
) {
  return [
    500,
    dialect === 'waha' ? NEST : 'application/json',
    { statusCode: 500, exception: { message, name }, request: { path, method, query: {} } },
  ];
}

/** Every change `me` may not make in G2 (a plain member there), with a valid body per dialect. */
function mutations(dialect: Dialect): Array<[string, string, unknown]> {
  const people = WASEND(dialect) ? [BOB] : [{ id: BOB }];
  return [
    ['PUT', '/subject', { subject: 'x' }],
    ['PUT', '/description', { description: 'x' }],
    ['PUT', '/settings/security/info-admin-only', { enabled: true, adminsOnly: true }],
    ['PUT', '/settings/security/messages-admin-only', { enabled: true, adminsOnly: true }],
    [
      'PUT',
      '/picture',
      { url: 'https://x.example/p.jpg', file: { url: 'https://x.example/p.jpg', mimetype: 'image/jpeg' } },
    ],
    ['DELETE', '/picture', undefined],
    ['POST', '/participants/add', { participants: people }],
    ['POST', '/participants/remove', { participants: people }],
    ['POST', '/admin/promote', { participants: people }],
    ['POST', '/admin/demote', { participants: people }],
    ['GET', '/invite-code', undefined],
    ['POST', '/invite-code/revoke', undefined],
  ];
}

describe.each(ALL_DIALECTS)('not an admin, in %s', (dialect) => {
  test('every change is refused the dialect’s way, and nothing changes', async () => {
    const sc = await scenario(groupsInit(dialect));
    const before = (await sc.state()).groups.find((g) => g.id === G2);
    for (const [method, suffix, body] of mutations(dialect)) {
      const path = groupPath(G2, suffix);
      const a = await sc.call(method, path, body === undefined ? {} : { body });
      const label = `${method} ${suffix}`;
      switch (dialect) {
        case 'docs':
        case 'json-string':
          expect(triple(a), label).toEqual(plainError(dialect, 403, 'You are not an admin of this group'));
          break;
        case 'waha':
        case 'gows':
          expect(triple(a), label).toEqual(compactCrash(dialect, path, method, 'not-authorized'));
          break;
        case 'noweb':
          expect(expectEnvelope(a, 'NOWEB', 'not-authorized').exception, label).toMatchObject({
            isBoom: true,
            data: 401,
          });
          break;
        case 'webjs':
          if (suffix === '/invite-code') {
            // 200, no body, no content type (docs/contract.md, "Today's engine").
            expect([a.status, a.contentType, a.text], label).toEqual([200, null, '']);
          } else if (method === 'PUT' && suffix !== '/picture') {
            expect(triple(a), label).toEqual([200, NEST, false]);
          } else {
            expectEnvelope(a, 'WEBJS', 'not-authorized');
          }
          break;
      }
    }
    expect((await sc.state()).groups.find((g) => g.id === G2)).toEqual(before);
  });

  test('reads and leave need no admin', async () => {
    const sc = await scenario(groupsInit(dialect));
    for (const suffix of ['', '/participants', '/picture', '/settings/security/info-admin-only']) {
      expect((await sc.call('GET', groupPath(G2, suffix))).status, suffix).toBe(200);
    }
    expect((await sc.call('POST', groupPath(G2, '/leave'))).status).toBe(200);
  });
});

describe.each(ALL_DIALECTS)('unknown group and session checks, in %s', (dialect) => {
  test('an unknown group (or one of another session) is 404, or item-not-found as a 500', async () => {
    const sc = await scenario({
      ...groupsInit(dialect),
      sessions: [
        { id: 's1', me: ME },
        { id: 'other', me: BOB },
      ],
      groups: [...(groupsInit(dialect).groups ?? []), { id: 'theirs@g.us', session: 'other', admins: [BOB] }],
    });
    for (const group of ['nope@g.us', 'theirs@g.us']) {
      for (const [method, suffix, body] of [
        ['GET', '', undefined],
        ['GET', '/participants', undefined],
        ['PUT', '/subject', { subject: 'x' }],
        ['POST', '/leave', undefined],
      ] as const) {
        const path = groupPath(group, suffix);
        const a = await sc.call(method, path, body === undefined ? {} : { body });
        if (dialect === 'noweb' || dialect === 'webjs') {
          expectEnvelope(a, dialect === 'noweb' ? 'NOWEB' : 'WEBJS', 'item-not-found');
        } else {
          expect(triple(a)).toEqual(plainError(dialect, 404, `Group "${group}" not found`));
        }
      }
    }
  });

  test('session checks come first: unknown session, then a session that is not WORKING', async () => {
    const sc = await scenario(groupsInit(dialect));
    const unknown = await sc.call('GET', '/nope/groups');
    if (dialect === 'noweb' || dialect === 'webjs') {
      expect(triple(unknown)).toEqual([
        422,
        NEST,
        { error: 'Session "nope" does not exist', session: 'nope' },
      ]);
    } else {
      expect(triple(unknown)).toEqual(plainError(dialect, 404, 'Session "nope" not found'));
    }
    for (const [method, path] of [
      ['GET', '/starting/groups'],
      ['POST', '/starting/groups'],
      ['GET', '/starting/groups/count'],
      ['PUT', groupPath('nope@g.us', '/subject', 'starting')],
    ] as const) {
      const a = await sc.call(method, path, method === 'GET' ? {} : { body: {} });
      expect([a.status, a.json()]).toEqual([
        422,
        {
          error: 'Session status is not as expected. Try again later or restart the session',
          session: 'starting',
          status: 'STARTING',
          expected: ['WORKING'],
        },
      ]);
    }
  });

  test('GET …/groups/join stays a 404, and count/join-info are never group ids', async () => {
    const sc = await scenario(groupsInit(dialect));
    expect((await sc.call('GET', '/s1/groups/join')).status).toBe(404);
    expect((await sc.call('PUT', '/s1/groups/count/subject', { body: { subject: 'x' } })).status).toBe(404);
  });
});

describe('participants format', () => {
  test.each(ENGINE_DIALECTS)(
    '%s: strings (the Wasend form) crash the engine with a TypeError',
    async (dialect) => {
      const sc = await scenario(groupsInit(dialect));
      const before = (await sc.state()).groups;
      for (const suffix of ['/participants/add', '/participants/remove', '/admin/promote', '/admin/demote']) {
        const path = groupPath(G1, suffix);
        for (const [body, message] of [
          [{ participants: [BOB] }, "Cannot read properties of undefined (reading 'split')"],
          [{ participants: [{ jid: BOB }] }, "Cannot read properties of undefined (reading 'split')"],
          [{}, "Cannot read properties of undefined (reading 'map')"],
          [{ participants: BOB }, 'participants.map is not a function'],
        ] as const) {
          const a = await sc.call('POST', path, { body });
          if (dialect === 'waha' || dialect === 'gows') {
            expect(triple(a)).toEqual(compactCrash(dialect, path, 'POST', message, 'TypeError'));
          } else {
            const envelope = expectEnvelope(a, dialect === 'noweb' ? 'NOWEB' : 'WEBJS', message, 'TypeError');
            // The request body is echoed as parsed JSON.
            expect(envelope.request.body).toEqual(body);
            expect(envelope.exception.isBoom).toBeUndefined();
          }
        }
      }
      // Create reads participants the same way.
      const create = await sc.call('POST', '/s1/groups', { body: { name: 'x', participants: [BOB] } });
      expect(create.status).toBe(500);
      expect((await sc.state()).groups).toEqual(before);
    },
  );

  test.each(['docs', 'json-string'] as const)(
    '%s: strings and {id} objects, phones and JIDs',
    async (dialect) => {
      const sc = await scenario(groupsInit(dialect));
      const add = await sc.call('POST', groupPath(G1, '/participants/add'), {
        body: {
          participants: [
            '+49 170 0000003',
            { id: '491700000004@s.whatsapp.net' },
            '491700000003@c.us',
            'nonsense',
          ],
          notify: true,
        },
      });
      expect(add.status).toBe(200);
      const lists = (dialect === 'docs' ? (add.json() as { data: unknown }).data : add.json()) as unknown;
      // Phones and @s.whatsapp.net are stored as <digits>@c.us; a duplicate counts once; a bad id fails.
      expect(lists).toEqual({
        added: [{ id: BOB }, { id: '491700000004@c.us' }],
        failed: [{ id: 'nonsense', reason: 'invalid participant id' }],
      });
      expect((await sc.state()).groups[0]?.members).toEqual([ME, ALICE, BOB, '491700000004@c.us']);

      for (const body of [{}, { participants: [] }, { participants: 'x' }, { participants: [42] }]) {
        const a = await sc.call('POST', groupPath(G1, '/admin/promote'), { body });
        expect(a.status).toBe(400);
      }
    },
  );

  test.each(ENGINE_DIALECTS)(
    '%s: ids are matched by their digits; an empty list changes nothing',
    async (dialect) => {
      const sc = await scenario(groupsInit(dialect));
      const a = await sc.call('POST', groupPath(G1, '/admin/promote'), {
        body: { participants: [{ id: '491700000002@s.whatsapp.net' }] },
      });
      expect(a.status).toBe(200);
      expect((await sc.state()).groups[0]?.admins).toEqual([ME, ALICE]);
      const empty = await sc.call('POST', groupPath(G1, '/participants/add'), { body: { participants: [] } });
      expect(empty.status).toBe(200);
    },
  );
});

describe('the admin-only flag: Wasend reads `enabled`, WAHA `adminsOnly`', () => {
  // What each dialect stores for each body (docs/contract.md, "Groups": WEBJS' library defaults to true).
  const cases: Array<[Dialect, Record<string, unknown>, boolean | 400]> = [
    ['docs', { enabled: true }, true],
    ['docs', { enabled: true, adminsOnly: false }, true],
    ['docs', { adminsOnly: true }, 400],
    ['json-string', { enabled: 'yes' }, 400],
    ['waha', { enabled: true }, false],
    ['noweb', { enabled: true }, false],
    ['gows', { enabled: true }, false],
    ['webjs', { enabled: false }, true],
    ['noweb', { enabled: false, adminsOnly: true }, true],
    ['gows', { adminsOnly: true }, true],
    ['webjs', { adminsOnly: false }, false],
  ];
  test.each(cases)('%s with %j → %s', async (dialect, body, stored) => {
    const sc = await scenario(groupsInit(dialect));
    for (const [kind, field] of [
      ['info', 'isLocked'],
      ['messages', 'isAnnounce'],
    ] as const) {
      const a = await sc.call('PUT', groupPath(G1, `/settings/security/${kind}-admin-only`), { body });
      const group = (await sc.state()).groups[0] as unknown as Record<string, unknown>;
      if (stored === 400) {
        expect(triple(a)).toEqual(plainError(dialect, 400, 'enabled must be a boolean'));
        expect(group[field]).toBe(false);
      } else {
        expect(a.status).toBe(200);
        expect(group[field]).toBe(stored);
      }
    }
  });
});

describe('other bodies', () => {
  test.each(ALL_DIALECTS)('%s: picture, subject and description bodies', async (dialect) => {
    const sc = await scenario(groupsInit(dialect));
    const put = (suffix: string, body: unknown) => sc.call('PUT', groupPath(G1, suffix), { body });
    if (WASEND(dialect)) {
      expect(triple(await put('/picture', {}))).toEqual(plainError(dialect, 400, 'url or data is required'));
      expect(triple(await put('/picture', { url: 'ftp://x' }))).toEqual(
        plainError(dialect, 400, 'url must be an http(s) URL'),
      );
      expect(triple(await put('/picture', { url: 'https://x.example/a', format: 'gif' }))).toEqual(
        plainError(dialect, 400, 'format must be one of jpeg, png, webp'),
      );
      expect(triple(await put('/subject', { subject: '  ' }))).toEqual(
        plainError(dialect, 400, 'subject must be a non-empty string'),
      );
      expect(triple(await put('/description', {}))).toEqual(
        plainError(dialect, 400, 'description must be a string'),
      );
      // Wasend's `url` wins; `file` is not read.
      expect((await put('/picture', { url: 'https://x.example/a.jpg', file: {} })).status).toBe(200);
    } else {
      // The engines read `file` only: Wasend's `url` alone crashes them.
      const pic = await put('/picture', { url: 'https://x.example/a.jpg' });
      expect([pic.status, (pic.json() as Envelope).exception]).toMatchObject([
        500,
        { name: 'TypeError', message: "Cannot read properties of undefined (reading 'url')" },
      ]);
      const empty = await put('/subject', { subject: '' });
      expect([empty.status, (empty.json() as Envelope).exception.message]).toEqual([500, 'bad-request']);
      // Baileys clears the description when none is given.
      expect((await put('/description', {})).status).toBe(200);
      expect((await sc.state()).groups[0]?.description).toBe('');
    }
    expect((await sc.state()).groups[0]?.name).toBe('Test group');
  });

  test.each(ALL_DIALECTS)('%s: create needs a name; Wasend needs participants', async (dialect) => {
    const sc = await scenario(groupsInit(dialect));
    const noName = await sc.call('POST', '/s1/groups', { body: { participants: [{ id: BOB }] } });
    if (WASEND(dialect)) {
      expect(triple(noName)).toEqual(plainError(dialect, 400, 'name must be a non-empty string'));
      expect((await sc.call('POST', '/s1/groups', { body: { name: 'x', participants: [] } })).status).toBe(
        400,
      );
      expect(
        (await sc.call('POST', '/s1/groups', { body: { name: 'x', participants: ['nonsense'] } })).status,
      ).toBe(400);
    } else {
      expect([noName.status, (noName.json() as Envelope).exception.message]).toEqual([500, 'bad-request']);
      // WAHA creates a group with only its creator.
      expect((await sc.call('POST', '/s1/groups', { body: { name: 'x', participants: [] } })).status).toBe(
        201,
      );
    }
  });
});

describe.each(ALL_DIALECTS)('list parameters and refresh, in %s', (dialect) => {
  test('invalid values are 400 in the dialect’s shape', async () => {
    const sc = await scenario(groupsInit(dialect));
    const sortKeys = WASEND(dialect)
      ? 'id, subject, name, creation, createdAt, participantsCount'
      : 'id, subject';
    const bad: Array<[string, string]> = [
      ['sortBy=nope', `sortBy must be one of the following values: ${sortKeys}`],
      ['sortOrder=up', 'sortOrder must be one of the following values: desc, asc'],
      ['limit=-1', 'limit must be a number conforming to the specified constraints'],
      ['offset=x', 'offset must be a number conforming to the specified constraints'],
      [
        'exclude=participants&exclude=desc',
        'each value in exclude must be one of the following values: participants',
      ],
    ];
    for (const [query, message] of bad) {
      expect(triple(await sc.call('GET', `/s1/groups?${query}`)), query).toEqual(
        plainError(dialect, 400, message),
      );
    }
    // Wasend's extra sort keys are WAHA's 400.
    expect((await sc.call('GET', '/s1/groups?sortBy=participantsCount')).status).toBe(
      WASEND(dialect) ? 200 : 400,
    );
    // `status`, `search` and `tags` are stripped silently.
    expect((await sc.call('GET', '/s1/groups?status=active&search=x&tags=a')).status).toBe(200);
    expect(triple(await sc.call('GET', groupPath(G1, '/picture?refresh=maybe')))).toEqual(
      plainError(dialect, 400, 'refresh must be a boolean value'),
    );
  });
});

describe.each(ALL_DIALECTS)('501 for a method the engine lacks, in %s', (dialect) => {
  const engine = dialect === 'gows' ? 'GOWS' : dialect === 'webjs' ? 'WEBJS' : 'NOWEB';
  const message = `The method is not implemented by '${engine}' engine.`;
  const expected: [number, string, unknown] = WASEND(dialect)
    ? plainError(dialect, 501, message)
    : [501, NEST, { statusCode: 501, message, error: 'Not Implemented' }];

  test("build: 'core' lacks group picture set and delete", async () => {
    const sc = await scenario(groupsInit(dialect, { build: 'core' }));
    const url = 'https://x.example/p.jpg';
    expect(
      triple(
        await sc.call('PUT', groupPath(G1, '/picture'), {
          body: { url, file: { url, mimetype: 'image/jpeg' } },
        }),
      ),
    ).toEqual(expected);
    expect(triple(await sc.call('DELETE', groupPath(G1, '/picture')))).toEqual(expected);
    // Before any group lookup: an unknown group gets the 501 too.
    expect(triple(await sc.call('DELETE', groupPath('nope@g.us', '/picture')))).toEqual(expected);
    expect((await sc.call('GET', groupPath(G1, '/picture'))).status).toBe(200);
    expect((await sc.state()).groups[0]?.picture).toBeNull();
  });

  test('`unimplemented` names more; session checks still come first', async () => {
    const sc = await scenario(
      groupsInit(dialect, { unimplemented: ['getGroupParticipants', 'retrieveAllSessions'] }),
    );
    expect(triple(await sc.call('GET', groupPath(G1, '/participants')))).toEqual(expected);
    expect(triple(await sc.call('GET', '/sessions'))).toEqual(expected);
    expect((await sc.call('GET', groupPath(G1, '/participants', 'starting'))).status).toBe(422);
    expect((await sc.call('GET', groupPath(G1))).status).toBe(200);
  });
});

test('an unknown endpoint name in `unimplemented` or a bad build is a 400 from the control plane', async () => {
  await expect(scenario({ unimplemented: ['fly' as never] })).rejects.toThrow(/unimplemented\[0\]/);
  await expect(scenario({ build: 'pro' as never })).rejects.toThrow(/build/);
});
