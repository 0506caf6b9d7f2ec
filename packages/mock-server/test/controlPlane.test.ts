import { describe, expect, test } from 'vitest';
import { auth, CODE, call, createScenario, enc, fixedInit, GROUP, ME, useServer } from './helpers';

const ctx = useServer();

describe('control plane', () => {
  test('health', async () => {
    const r = await call(`${ctx.server.url}/__mock/health`);
    expect([r.status, r.contentType, r.body]).toEqual([200, 'application/json', '{"ok":true}']);
  });

  test('POST /__mock/scenarios with no body gives the documented defaults', async () => {
    const res = await fetch(`${ctx.server.url}/__mock/scenarios`, { method: 'POST' });
    expect(res.status).toBe(201);
    const { id, baseUrl, scenario } = await res.json();
    expect(id).toMatch(/^sc_[A-Za-z0-9]{12}$/);
    expect(baseUrl).toBe(`${ctx.server.url}/__s/${id}`);
    expect(scenario).toEqual({
      id,
      dialect: 'docs',
      keys: ['test-key'],
      keyScopes: {},
      build: 'plus',
      unimplemented: [],
      sessionLifecycle: { startingMs: 50, scanAfterQrMs: 250 },
      sessions: [
        {
          id: 'default',
          status: 'WORKING',
          me: ME,
          name: 'default',
          phoneNumber: '+491700000001',
          enableAccountProtection: false,
          enableMessageLogging: false,
          enableWebhook: false,
          webhookUrl: null,
          createdAt: '2023-11-14T22:13:20.000Z',
          updatedAt: '2023-11-14T22:13:20.000Z',
          authenticated: true,
          auto: false,
          statusSince: expect.any(Number),
          qr: null,
          qrFetchedAt: null,
        },
      ],
      groups: [
        {
          id: GROUP,
          session: 'default',
          name: 'Wasend test group',
          description: '',
          owner: ME,
          admins: [ME],
          members: [ME],
          inviteCode: expect.stringMatching(/^[A-Za-z0-9]{22}$/),
          revokedInviteCodes: [],
          createdAt: 1700000000,
          isAnnounce: false,
          isLocked: false,
          picture: null,
          infoAdminOnlyChange: null,
          messagesAdminOnlyChange: null,
        },
      ],
      chats: [],
      contacts: [],
      account: { id: 'acc_mock', name: 'Wasend Mock', plan: 'free' },
      faults: [],
    });
    // The code works at once.
    const r = await call(`${baseUrl}/default/groups/${enc(GROUP)}/invite-code`, { headers: auth() });
    expect(r.body).toBe(`{"success":true,"inviteCode":"${scenario.groups[0]?.inviteCode}"}`);
  });

  test('baseUrl follows the Host header the caller used', async () => {
    const url = ctx.server.url.replace('127.0.0.1', 'localhost');
    const res = await fetch(`${url}/__mock/scenarios`, { method: 'POST', body: '{}' }).catch(() => null);
    if (res === null) return; // localhost may not resolve to 127.0.0.1 here
    const { baseUrl, id } = await res.json();
    expect(baseUrl).toBe(`${url}/__s/${id}`);
  });

  test('codes are random 22-character [A-Za-z0-9] and differ', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const { scenario } = await createScenario(ctx.server);
      codes.add(scenario.groups[0]?.inviteCode ?? '');
    }
    expect(codes.size).toBe(20);
    for (const c of codes) expect(c).toMatch(/^[A-Za-z0-9]{22}$/);
  });

  test('invalid bodies are 400 with a message', async () => {
    const post = (body: string) => call(`${ctx.server.url}/__mock/scenarios`, { method: 'POST', body });
    expect(await post('{')).toMatchObject({ status: 400, body: '{"error":"body must be JSON"}' });
    expect(JSON.parse((await post('{"dialect":"klingon"}')).body).error).toMatch(/dialect/);
    expect(JSON.parse((await post('{"sessions":[{"status":"WORKING"}]}')).body).error).toMatch(
      /sessions\[0\]\.id/,
    );
    expect(JSON.parse((await post('{"faults":[{"respond":{}}]}')).body).error).toMatch(
      /faults\[0\]\.respond/,
    );
  });

  test('GET state, the request log, faults, DELETE; unknown ids are 404', async () => {
    const { id, baseUrl } = await createScenario(ctx.server, fixedInit('docs'));
    const control = `${ctx.server.url}/__mock/scenarios/${id}`;

    // Raw, still-encoded path; decoded query; lowercase headers; raw body text or null.
    await fetch(`${baseUrl}/s1/groups/${enc(GROUP)}/invite-code?x=1&y=a%20b`, {
      headers: { ...auth(), 'X-Custom': 'Yes' },
    });
    await fetch(`${baseUrl}/outsider/groups/join`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: `{"code":"${CODE}"}`,
    });
    await fetch(`${baseUrl}/s1/groups/${enc(GROUP)}/invite-code/revoke`, { method: 'POST', headers: auth() });
    await fetch(`${baseUrl}/s1/groups/join-info?code=${CODE}`, { method: 'OPTIONS' }); // preflight: not logged

    const log = await (await fetch(`${control}/requests`)).json();
    expect(log.map((r: { method: string; path: string }) => `${r.method} ${r.path}`)).toEqual([
      'GET /s1/groups/120363025988123456%40g.us/invite-code',
      'POST /outsider/groups/join',
      'POST /s1/groups/120363025988123456%40g.us/invite-code/revoke',
    ]);
    expect(log[0].query).toEqual({ x: '1', y: 'a b' });
    expect(log[0].headers).toMatchObject({ authorization: 'Bearer test-key', 'x-custom': 'Yes' });
    expect(log[0].body).toBeNull();
    expect(log[1].body).toBe(`{"code":"${CODE}"}`);
    expect(log[1].headers['content-type']).toBe('application/json');
    expect(log[2].body).toBeNull();
    expect(typeof log[0].time).toBe('number');
    expect(Math.abs(log[0].time - Date.now())).toBeLessThan(10_000);
    expect(log[0].time).toBeLessThanOrEqual(log[2].time);

    // State: the code rotated, the old one is remembered, the outsider joined.
    const state = await (await fetch(control)).json();
    expect(state.groups[0].inviteCode).not.toBe(CODE);
    expect(state.groups[0].revokedInviteCodes).toEqual([CODE]);
    expect(state.groups[0].members).toEqual([ME, '491700000002@c.us', '491700000009@c.us']);

    // Faults are appended and show up (with uses left) in the state.
    const added = await fetch(`${control}/faults`, {
      method: 'POST',
      body: JSON.stringify([{ match: { path: 'join' }, times: 2, respond: { status: 503 } }]),
    });
    expect(added.status).toBe(204);
    expect((await (await fetch(control)).json()).faults).toEqual([
      { match: { path: 'join' }, times: 2, respond: { status: 503 }, remaining: 2, hits: 0 },
    ]);
    expect((await call(`${control}/faults`, { method: 'POST', body: '{"no":"array"}' })).status).toBe(400);

    expect((await fetch(control, { method: 'DELETE' })).status).toBe(204);
    const gone = '{"error":"unknown scenario"}';
    for (const r of [
      await call(control),
      await call(`${control}/requests`),
      await call(`${control}/faults`, { method: 'POST', body: '[]' }),
      await call(control, { method: 'DELETE' }),
      await call(`${baseUrl}/s1/groups/join-info?code=x`, { headers: auth() }),
    ]) {
      expect([r.status, r.body]).toEqual([404, gone]);
    }
  });

  test('state is per scenario: a revoke in one leaves another alone', async () => {
    const a = await createScenario(ctx.server, fixedInit('docs'));
    const b = await createScenario(ctx.server, fixedInit('docs'));
    await fetch(`${a.baseUrl}/s1/groups/${enc(GROUP)}/invite-code/revoke`, {
      method: 'POST',
      headers: auth(),
    });
    const r = await call(`${b.baseUrl}/s1/groups/${enc(GROUP)}/invite-code`, { headers: auth() });
    expect(r.body).toBe(`{"success":true,"inviteCode":"${CODE}"}`);
    expect(await (await fetch(`${ctx.server.url}/__mock/scenarios/${b.id}/requests`)).json()).toHaveLength(1);
  });

  test('revoke rotates every time; each old code then answers 410, the current one 200', async () => {
    const { baseUrl } = await createScenario(ctx.server, fixedInit('json-string'));
    const revoke = async () =>
      JSON.parse(
        (
          await call(`${baseUrl}/s1/groups/${enc(GROUP)}/invite-code/revoke`, {
            method: 'POST',
            headers: auth(),
          })
        ).body,
      ) as string;
    const second = await revoke();
    const third = await revoke();
    expect(new Set([CODE, second, third]).size).toBe(3);
    const info = (c: string) => call(`${baseUrl}/s1/groups/join-info?code=${c}`, { headers: auth() });
    expect((await info(CODE)).status).toBe(410);
    expect((await info(second)).status).toBe(410);
    expect((await info(third)).status).toBe(200);
  });

  test('the default scenario is reachable as "default"; DELETE re-seeds it', async () => {
    const control = `${ctx.server.url}/__mock/scenarios/default`;
    const before = await (await fetch(control)).json();
    await fetch(`${ctx.server.url}/demo/groups/${enc(GROUP)}/invite-code/revoke`, {
      method: 'POST',
      headers: auth('wasend-demo-key'),
    });
    expect((await (await fetch(control)).json()).groups[0].inviteCode).not.toBe(before.groups[0].inviteCode);
    expect((await fetch(control, { method: 'DELETE' })).status).toBe(204);
    const reseeded = await (await fetch(control)).json();
    expect(reseeded.groups[0].revokedInviteCodes).toEqual([]);
    expect(await (await fetch(`${control}/requests`)).json()).toEqual([]);
  });

  test('unknown control routes are 404', async () => {
    expect((await call(`${ctx.server.url}/__mock/nope`)).status).toBe(404);
    expect((await call(`${ctx.server.url}/__mock/scenarios`)).status).toBe(404);
  });
});
