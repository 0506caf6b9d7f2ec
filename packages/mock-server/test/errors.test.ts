import { describe, expect, test } from 'vitest';
import type { Dialect } from '../src/index';
import { auth, CODE, call, createScenario, enc, fixedInit, GROUP, useServer } from './helpers';

const ctx = useServer();

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
};

/** The dialects of the invite contract (today's engine has its own tests: engineErrors.test.ts). */
type InviteDialect = Exclude<Dialect, 'noweb' | 'webjs'>;

/** The dialect's error shape (1, 2 or 5) and content type. */
function errorOf(dialect: InviteDialect, status: number, message: string): [number, string, unknown] {
  switch (dialect) {
    case 'docs':
      return [status, 'application/json', { success: false, error: message }];
    case 'gows':
      return [status, 'application/json', { error: { code: status, message } }];
    case 'waha':
    case 'json-string':
      return [
        status,
        dialect === 'waha' ? 'application/json; charset=utf-8' : 'application/json',
        { statusCode: status, message: status === 400 ? [message] : message, error: REASON[status] },
      ];
  }
}

const DIALECTS: InviteDialect[] = ['docs', 'waha', 'gows', 'json-string'];

async function shaped(url: string, init: RequestInit = {}): Promise<[number, string | null, unknown]> {
  const r = await call(url, init);
  return [r.status, r.contentType, JSON.parse(r.body)];
}

describe.each(DIALECTS)('errors in dialect %s', (dialect) => {
  const err = (status: number, message: string) => errorOf(dialect, status, message);
  const jsonType = dialect === 'waha' ? 'application/json; charset=utf-8' : 'application/json';

  test('401 for a missing key and for a wrong key, before anything else', async () => {
    const { baseUrl } = await createScenario(ctx.server, fixedInit(dialect));
    const url = `${baseUrl}/nope/groups/${enc(GROUP)}/invite-code`;
    expect(await shaped(url)).toEqual(err(401, 'Missing API key'));
    expect(await shaped(url, { headers: auth('wrong') })).toEqual(err(401, 'Invalid API key'));
    expect(await shaped(url, { headers: { authorization: 'Basic abc' } })).toEqual(
      err(401, 'Invalid API key'),
    );
    // The engine's own header works too.
    expect((await call(url, { headers: { 'x-api-key': 'test-key' } })).status).toBe(404);
  });

  test('404 for an unknown session, 422 (shape 3) for one not WORKING, 404 for an unknown group', async () => {
    const { baseUrl } = await createScenario(ctx.server, fixedInit(dialect));
    expect(await shaped(`${baseUrl}/nope/groups/${enc(GROUP)}/invite-code`, { headers: auth() })).toEqual(
      err(404, 'Session "nope" not found'),
    );
    expect(await shaped(`${baseUrl}/starting/groups/${enc(GROUP)}/invite-code`, { headers: auth() })).toEqual(
      [
        422,
        jsonType,
        {
          error: 'Session status is not as expected. Try again later or restart the session',
          session: 'starting',
          status: 'STARTING',
          expected: ['WORKING'],
        },
      ],
    );
    // 422 comes before the group check, and also guards join-info and join.
    expect(
      (await call(`${baseUrl}/starting/groups/join-info?code=${CODE}`, { headers: auth() })).status,
    ).toBe(422);
    expect(await shaped(`${baseUrl}/s1/groups/nope%40g.us/invite-code`, { headers: auth() })).toEqual(
      err(404, 'Group "nope@g.us" not found'),
    );
    // A group that belongs to another session is unknown here.
    expect(
      await shaped(`${baseUrl}/s1/groups/other%40g.us/invite-code/revoke`, {
        method: 'POST',
        headers: auth(),
      }),
    ).toEqual(err(404, 'Group "other@g.us" not found'));
  });

  test('not an admin: 403 (docs, json-string) or the engine 500 with exception.message (waha, gows)', async () => {
    const { baseUrl } = await createScenario(ctx.server, fixedInit(dialect));
    for (const [method, suffix] of [
      ['GET', ''],
      ['POST', '/revoke'],
    ] as const) {
      const path = `/outsider/groups/other%40g.us/invite-code${suffix}`;
      const got = await shaped(`${baseUrl}${path}`, { method, headers: auth() });
      if (dialect === 'docs' || dialect === 'json-string') {
        expect(got).toEqual(err(403, 'You are not an admin of this group'));
      } else {
        expect(got).toEqual([
          500,
          jsonType,
          {
            statusCode: 500,
            exception: { message: 'not-authorized', name: 'Error' },
            request: { path, method, query: {} },
          },
        ]);
      }
    }
  });

  test('400 without a code; 404 for an unknown code; 410 for a revoked one', async () => {
    const { baseUrl } = await createScenario(ctx.server, fixedInit(dialect));
    const missing = err(400, 'code must be a non-empty string');
    expect(await shaped(`${baseUrl}/s1/groups/join-info`, { headers: auth() })).toEqual(missing);
    expect(await shaped(`${baseUrl}/s1/groups/join-info?code=`, { headers: auth() })).toEqual(missing);
    const post = (body: string) =>
      shaped(`${baseUrl}/s1/groups/join`, {
        method: 'POST',
        headers: { ...auth(), 'content-type': 'application/json' },
        body,
      });
    expect(await post('{}')).toEqual(missing);
    expect(await post('not json')).toEqual(missing);
    expect(await post('{"code":""}')).toEqual(missing);

    expect(
      await shaped(`${baseUrl}/s1/groups/join-info?code=Unknown1234567890abcde`, { headers: auth() }),
    ).toEqual(err(404, 'Invite code not found'));
    expect(await post('{"code":"Unknown1234567890abcde"}')).toEqual(err(404, 'Invite code not found'));

    await call(`${baseUrl}/s1/groups/${enc(GROUP)}/invite-code/revoke`, { method: 'POST', headers: auth() });
    expect(await shaped(`${baseUrl}/s1/groups/join-info?code=${CODE}`, { headers: auth() })).toEqual(
      err(410, 'Invite code has been revoked'),
    );
    expect(await post(JSON.stringify({ code: CODE }))).toEqual(err(410, 'Invite code has been revoked'));
  });

  test('unknown routes and a wrong method on a known route are 404 (NestJS style)', async () => {
    const { baseUrl } = await createScenario(ctx.server, fixedInit(dialect));
    const path = `/s1/groups/${enc(GROUP)}/invite-code`;
    expect(await shaped(`${baseUrl}${path}`, { method: 'POST', headers: auth() })).toEqual(
      err(404, `Cannot POST ${path}`),
    );
    expect(await shaped(`${baseUrl}/s1/groups/join`, { headers: auth() })).toEqual(
      err(404, 'Cannot GET /s1/groups/join'),
    );
    expect(
      await shaped(`${baseUrl}/s1/groups/join-info?code=x`, { method: 'DELETE', headers: auth() }),
    ).toEqual(err(404, 'Cannot DELETE /s1/groups/join-info'));
    expect(await shaped(`${baseUrl}/`, { headers: auth() })).toEqual(err(404, 'Cannot GET /'));
    expect(await shaped(`${baseUrl}/s1/labels`, { headers: auth() })).toEqual(
      err(404, 'Cannot GET /s1/labels'),
    );
  });

  test('a bad percent escape in a path parameter is 400', async () => {
    const { baseUrl } = await createScenario(ctx.server, fixedInit(dialect));
    expect(await shaped(`${baseUrl}/s1/groups/bad%E0%A4%A/invite-code`, { headers: auth() })).toEqual(
      err(400, 'Malformed percent-encoding in a path parameter'),
    );
  });
});

describe('path parameters', () => {
  test('arrive percent-encoded and are decoded per segment; an encoded "/" stays inside the id', async () => {
    const weird = 'a/b?c#d..e@g.us';
    const { baseUrl } = await createScenario(ctx.server, {
      sessions: [{ id: 'my session/1' }],
      groups: [{ id: weird, session: 'my session/1', inviteCode: CODE }],
    });
    const res = await call(`${baseUrl}/${enc('my session/1')}/groups/${enc(weird)}/invite-code`, {
      headers: auth(),
    });
    expect([res.status, res.body]).toEqual([200, `{"success":true,"inviteCode":"${CODE}"}`]);
    // Unencoded, the same characters make a different (unknown) route.
    const raw = await call(`${baseUrl}/${enc('my session/1')}/groups/a/b/invite-code`, { headers: auth() });
    expect(raw.status).toBe(404);
  });
});

describe('hostile ids', () => {
  test.each(['a/b', '../x', 'a?b=c', 'x#y', '100%', 'a b', 'grüppe', '👥🎉'])(
    '%j, encoded, hits exactly its endpoint and is logged raw',
    async (id) => {
      const { id: scenarioId, baseUrl } = await createScenario(ctx.server, {
        sessions: [{ id }],
        groups: [{ id: `${id}@g.us`, session: id, inviteCode: CODE }],
      });
      const path = `/${enc(id)}/groups/${enc(`${id}@g.us`)}/invite-code`;
      const res = await call(`${baseUrl}${path}`, { headers: auth() });
      expect([res.status, res.body]).toEqual([200, `{"success":true,"inviteCode":"${CODE}"}`]);
      const log = await (await fetch(`${ctx.server.url}/__mock/scenarios/${scenarioId}/requests`)).json();
      expect(log.map((r: { path: string; query: object }) => [r.path, r.query])).toEqual([[path, {}]]);
    },
  );
});
