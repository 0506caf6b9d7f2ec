import { expect, test } from 'vitest';
import { auth, call, createScenario, enc, fixedInit, GROUP, useServer } from './helpers';

const ctx = useServer();

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, x-request-id, user-agent, *',
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-expose-headers': 'retry-after, retry-after-ms, x-request-id',
};

function corsOf(headers: Headers): Record<string, string | null> {
  return Object.fromEntries(Object.keys(CORS).map((name) => [name, headers.get(name)]));
}

test('every answer carries the CORS headers and an x-request-id', async () => {
  const { id, baseUrl } = await createScenario(
    ctx.server,
    fixedInit('docs', { faults: [{ match: { path: 'join' }, respond: { status: 429 } }] }),
  );
  const answers = [
    await call(`${baseUrl}/s1/groups/${enc(GROUP)}/invite-code`, { headers: auth() }), // success
    await call(`${baseUrl}/s1/groups/${enc(GROUP)}/invite-code`), // 401
    await call(`${baseUrl}/s1/groups/join`, { method: 'POST', headers: auth() }), // fault
    await call(`${ctx.server.url}/__mock/scenarios/${id}`), // control plane
    await call(`${ctx.server.url}/__s/nope/x`), // unknown scenario
  ];
  const ids = new Set<string>();
  for (const a of answers) {
    expect(corsOf(a.headers)).toEqual(CORS);
    const requestId = a.headers.get('x-request-id') ?? '';
    expect(requestId).toMatch(/^req_\d+$/);
    ids.add(requestId);
  }
  expect(ids.size).toBe(answers.length);
});

test('OPTIONS preflights answer 204 with CORS headers and are never logged', async () => {
  const { id, baseUrl } = await createScenario(
    ctx.server,
    fixedInit('waha', { faults: [{ respond: { status: 500 } }] }),
  );
  const pre = await fetch(`${baseUrl}/s1/groups/${enc(GROUP)}/invite-code`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://example.test',
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  });
  expect(pre.status).toBe(204);
  expect(corsOf(pre.headers)).toEqual(CORS);
  expect(await pre.text()).toBe('');
  expect(await (await fetch(`${ctx.server.url}/__mock/scenarios/${id}/requests`)).json()).toEqual([]);
  // Preflights skip faults, too.
  expect(
    (await (await fetch(`${ctx.server.url}/__mock/scenarios/${id}`)).json()).faults[0].remaining,
  ).toBeNull();
});
