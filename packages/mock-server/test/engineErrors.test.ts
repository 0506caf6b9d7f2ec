// Today's engine (noweb, webjs) on the invite endpoints, and the key checks of every dialect:
// 401 shapes, and 403 for a key scoped to other sessions.
import { describe, expect, test } from 'vitest';
import type { Dialect } from '../src/handler';
import {
  ALL_DIALECTS,
  type Answer,
  G1,
  G2,
  groupPath,
  groupsInit,
  KEY,
  NEST,
  useHandler,
} from './apiHarness';

const scenario = useHandler();
const triple = (a: Answer) => [a.status, a.contentType, a.text === '' ? '' : a.json()];
const CODE = 'AbCdEfGhIjKlMnOpQrStUv';

function expectCrash(a: Answer, message: string) {
  expect([a.status, a.contentType]).toEqual([500, NEST]);
  const body = a.json() as { exception: { message: string; stack: string }; statusCode: number };
  expect(body.statusCode).toBe(500);
  expect(body.exception.message).toBe(message);
  expect(typeof body.exception.stack).toBe('string');
}

describe.each(['noweb', 'webjs'] as const)('invite endpoints in %s', (dialect) => {
  test('unknown session is 422 "does not exist"; not WORKING is shape 3', async () => {
    const sc = await scenario(groupsInit(dialect));
    expect(triple(await sc.call('GET', groupPath(G1, '/invite-code', 'nope')))).toEqual([
      422,
      NEST,
      { error: 'Session "nope" does not exist', session: 'nope' },
    ]);
    const notReady = await sc.call('GET', `/starting/groups/join-info?code=${CODE}`);
    expect([
      notReady.status,
      notReady.contentType,
      (notReady.json() as { expected: string[] }).expected,
    ]).toEqual([422, NEST, ['WORKING']]);
  });

  test('unknown group, unknown and revoked codes are 500s with the engine’s message', async () => {
    const sc = await scenario(groupsInit(dialect));
    expectCrash(await sc.call('GET', groupPath('nope@g.us', '/invite-code')), 'item-not-found');
    expectCrash(await sc.call('POST', groupPath('nope@g.us', '/invite-code/revoke')), 'item-not-found');
    expectCrash(await sc.call('GET', '/s1/groups/join-info?code=Unknown1234567890abcde'), 'item-not-found');
    expectCrash(
      await sc.call('POST', '/s1/groups/join', { body: { code: 'Unknown1234567890abcde' } }),
      'item-not-found',
    );

    const revoke = await sc.call('POST', groupPath(G1, '/invite-code/revoke'));
    expect([revoke.status, revoke.contentType]).toEqual([200, 'text/html; charset=utf-8']);
    expect(revoke.text).toMatch(/^[A-Za-z0-9]{22}$/);
    expectCrash(await sc.call('GET', `/s1/groups/join-info?code=${CODE}`), 'invite link revoked');
    expectCrash(
      await sc.call('POST', '/s1/groups/join', { body: { code: CODE, inviteCode: CODE } }),
      'invite link revoked',
    );
    expect(triple(await sc.call('GET', '/s1/groups/join-info'))).toEqual([
      400,
      NEST,
      { statusCode: 400, message: ['code must be a non-empty string'], error: 'Bad Request' },
    ]);
  });

  test('not an admin: NOWEB 500; WEBJS invite-code 200 empty without content type', async () => {
    const sc = await scenario(groupsInit(dialect));
    const a = await sc.call('GET', groupPath(G2, '/invite-code'));
    if (dialect === 'webjs') expect([a.status, a.contentType, a.text]).toEqual([200, null, '']);
    else expectCrash(a, 'not-authorized');
    expectCrash(await sc.call('POST', groupPath(G2, '/invite-code/revoke')), 'not-authorized');
  });

  test('the 500 envelope echoes the request as Express saw it', async () => {
    const sc = await scenario(groupsInit(dialect));
    const a = await sc.call('POST', `${groupPath('nope@g.us', '/participants/add')}?x=1&x=2&y=z`, {
      body: { participants: [{ id: '491700000003@c.us' }], notify: true },
    });
    expect(a.json()).toMatchObject({
      request: {
        path: '/s1/groups/nope%40g.us/participants/add?x=1&x=2&y=z',
        method: 'POST',
        body: { participants: [{ id: '491700000003@c.us' }], notify: true },
        query: { x: ['1', '2'], y: 'z' },
      },
      version: { version: '2026.2.1', engine: dialect.toUpperCase(), tier: 'PLUS', browser: null },
    });
    if (dialect === 'noweb') {
      expect((a.json() as { exception: unknown }).exception).toMatchObject({
        isBoom: true,
        data: 404,
        output: {
          statusCode: 404,
          payload: { statusCode: 404, error: 'Not Found', message: 'item-not-found' },
        },
      });
    }
  });
});

describe.each(ALL_DIALECTS)('keys in %s', (dialect) => {
  const engine = !['docs', 'json-string'].includes(dialect);

  test('401 for a missing or wrong key', async () => {
    const sc = await scenario(groupsInit(dialect));
    for (const key of [null, 'wrong']) {
      const a = await sc.call('GET', '/sessions', { key });
      expect(a.status).toBe(401);
      if (dialect === 'noweb' || dialect === 'webjs') {
        expect([a.contentType, a.json()]).toEqual([NEST, { message: 'Unauthorized', statusCode: 401 }]);
      }
    }
  });

  test('a key scoped to some sessions: 403 elsewhere, its sessions work, the list is filtered', async () => {
    const sc = await scenario(
      groupsInit(dialect, {
        keys: [KEY, { key: 'scoped', sessions: ['s1'] }],
        sessions: [{ id: 's1' }, { id: 's2' }],
      }),
    );
    const forbidden = (a: Answer, message: string) => {
      expect(a.status).toBe(403);
      if (engine)
        expect([a.contentType, a.json()]).toEqual([NEST, { message: 'Forbidden', statusCode: 403 }]);
      else if (dialect === 'docs') expect(a.json()).toEqual({ success: false, error: message });
      else expect(a.json()).toEqual({ statusCode: 403, message, error: 'Forbidden' });
    };
    const s2 = 'This API key may not use session "s2"';
    forbidden(await sc.call('GET', '/s2/groups', { key: 'scoped' }), s2);
    forbidden(await sc.call('GET', groupPath(G1, '/invite-code', 's2'), { key: 'scoped' }), s2);
    forbidden(await sc.call('GET', '/sessions/s2', { key: 'scoped' }), s2);
    forbidden(await sc.call('GET', '/sessions/s2/auth/qr', { key: 'scoped' }), s2);
    forbidden(await sc.call('POST', '/sessions/s2/stop', { key: 'scoped' }), s2);
    // Before the session check: an unknown session is also "not yours".
    forbidden(
      await sc.call('GET', '/nope/groups', { key: 'scoped' }),
      'This API key may not use session "nope"',
    );
    forbidden(
      await sc.call('POST', '/sessions', {
        key: 'scoped',
        body: { sessionName: 'x', phoneNumber: '+491701234567' },
      }),
      'This API key may not create sessions',
    );
    expect((await sc.call('GET', '/s1/groups', { key: 'scoped' })).status).toBe(200);
    expect((await sc.call('GET', groupPath(G1, '/invite-code'), { key: 'scoped' })).status).toBe(200);
    const list = JSON.stringify((await sc.call('GET', '/sessions?all=true', { key: 'scoped' })).json());
    expect(list).toContain('s1');
    expect(list).not.toContain('s2');
    // The unscoped key sees both.
    expect(JSON.stringify((await sc.call('GET', '/sessions?all=true')).json())).toContain('s2');
    expect((await sc.state()).keyScopes).toEqual({ scoped: ['s1'] });
  });
});

test('scoped keys in the control plane: keys stay a list of strings; a bad entry is 400', async () => {
  const sc = await scenario({ keys: ['a', { key: 'b' }, { key: 'c', sessions: [] }] });
  const state = await sc.state();
  expect([state.keys, state.keyScopes]).toEqual([['a', 'b', 'c'], { c: [] }]);
  await expect(scenario({ keys: [{ sessions: ['x'] } as never] })).rejects.toThrow(/keys\[0\]\.key/);
});

test.each(['docs', 'waha'] satisfies Dialect[])(
  '%s keeps its invite answers for a key with no scope',
  async (dialect) => {
    const sc = await scenario(groupsInit(dialect));
    expect((await sc.call('GET', groupPath(G1, '/invite-code'))).text).toContain(CODE);
  },
);
