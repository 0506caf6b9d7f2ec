// createMockControl (the ./client entry) against a real listen() server.
import { describe, expect, test } from 'vitest';
import { createMockControl, type MockControl } from '../src/client';
import { auth, CODE, enc, fixedInit, GROUP, KEY, ME, useServer } from './helpers';

const ctx = useServer();
const control = (): MockControl => createMockControl(ctx.server.url);

describe('createMockControl', () => {
  test('url is the server root, trailing slashes dropped', () => {
    expect(createMockControl(`${ctx.server.url}//`).url).toBe(ctx.server.url);
  });

  test('listen() answers with the same client: createScenario on the server itself', async () => {
    const sc = await ctx.server.createScenario({ dialect: 'gows' });
    expect(sc.baseUrl).toBe(`${ctx.server.url}/__s/${sc.id}`);
    expect((await sc.state()).dialect).toBe('gows');
    await sc.close();
  });

  test('createScenario() with no init: the documented defaults as handles', async () => {
    const sc = await control().createScenario();
    expect(sc.id).toMatch(/^sc_[A-Za-z0-9]{12}$/);
    expect(sc.baseUrl).toBe(`${ctx.server.url}/__s/${sc.id}`);
    expect([sc.key, sc.sessionId, sc.groupId]).toEqual(['test-key', 'default', GROUP]);
    expect(sc.inviteCode).toMatch(/^[A-Za-z0-9]{22}$/);
    await sc.close();
  });

  test('createScenario(init): first key, session, group and code; state() is the normalised scenario', async () => {
    const sc = await control().createScenario(fixedInit('waha'));
    expect([sc.key, sc.sessionId, sc.groupId, sc.inviteCode]).toEqual([KEY, 's1', GROUP, CODE]);
    const state = await sc.state();
    expect(state.id).toBe(sc.id);
    expect(state.dialect).toBe('waha');
    expect(state.sessions.map((s) => [s.id, s.status])).toEqual([
      ['s1', 'WORKING'],
      ['starting', 'STARTING'],
      ['outsider', 'WORKING'],
    ]);
    expect(state.groups[0]).toMatchObject({
      id: GROUP,
      inviteCode: CODE,
      admins: [ME],
      revokedInviteCodes: [],
    });
    await sc.close();
  });

  test('a scenario without groups has empty groupId and inviteCode', async () => {
    const sc = await control().createScenario({ groups: [] });
    expect([sc.groupId, sc.inviteCode]).toEqual(['', '']);
    await sc.close();
  });

  test('requests() returns the log, oldest first, path still encoded', async () => {
    const sc = await control().createScenario(fixedInit('docs'));
    expect(await sc.requests()).toEqual([]);
    await fetch(`${sc.baseUrl}/s1/groups/${enc(GROUP)}/invite-code?x=1`, { headers: auth() });
    await fetch(`${sc.baseUrl}/s1/groups/join`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: '{"code":"x"}',
    });
    const log = await sc.requests();
    expect(log.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /s1/groups/120363025988123456%40g.us/invite-code',
      'POST /s1/groups/join',
    ]);
    expect(log[0]).toMatchObject({
      query: { x: '1' },
      body: null,
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(log[1]?.body).toBe('{"code":"x"}');
    expect(typeof log[0]?.time).toBe('number');
    await sc.close();
  });

  test('addFaults() appends faults that then answer, and shows in state()', async () => {
    const sc = await control().createScenario(fixedInit('docs'));
    await sc.addFaults([
      { match: { path: 'invite-code' }, times: 1, respond: { status: 429, body: 'slow down' } },
    ]);
    expect((await sc.state()).faults).toEqual([
      {
        match: { path: 'invite-code' },
        times: 1,
        remaining: 1,
        hits: 0,
        respond: { status: 429, body: 'slow down' },
      },
    ]);
    const url = `${sc.baseUrl}/s1/groups/${enc(GROUP)}/invite-code`;
    const first = await fetch(url, { headers: auth() });
    expect([first.status, await first.text()]).toEqual([429, 'slow down']);
    const second = await fetch(url, { headers: auth() });
    expect(second.status).toBe(200);
    await second.body?.cancel();
    await sc.close();
  });

  test('close() deletes the scenario: later calls reject with a 404 naming the call', async () => {
    const sc = await control().createScenario();
    await sc.close();
    const at = `${ctx.server.url}/__mock/scenarios/${sc.id}`;
    expect((await fetch(at)).status).toBe(404);
    await expect(sc.state()).rejects.toThrow(
      `mock control plane: GET ${at} → 404 {"error":"unknown scenario"}`,
    );
    await expect(sc.requests()).rejects.toThrow(/GET .*\/requests → 404 .*unknown scenario/);
    await expect(sc.addFaults([])).rejects.toThrow(/POST .*\/faults → 404 .*unknown scenario/);
    await expect(sc.close()).rejects.toThrow(/DELETE .* → 404 .*unknown scenario/);
  });

  test('an invalid init rejects with the server’s 400 message', async () => {
    await expect(control().createScenario({ dialect: 'klingon' as never })).rejects.toThrow(
      /POST .*\/__mock\/scenarios → 400 .*dialect/,
    );
  });
});
