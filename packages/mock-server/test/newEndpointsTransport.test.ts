// Faults, the request log, CORS and the control-plane client on the groups and sessions endpoints,
// over a real socket.
import { expect, test } from 'vitest';
import { createMockControl } from '../src/client';
import { auth, call, createScenario, enc, useServer } from './helpers';

const ctx = useServer();
const GROUP = '120363025988123456@g.us';

test('faults match the new paths; every request is logged, with its body; CORS allows PUT', async () => {
  const { id, baseUrl } = await createScenario(ctx.server, {
    dialect: 'noweb',
    faults: [
      {
        match: { method: 'PUT', path: '/subject' },
        times: 1,
        respond: { status: 503, body: { error: 'busy' } },
      },
      { match: { path: '/auth/qr' }, times: 1, respond: { status: 429, headers: { 'retry-after': '2' } } },
    ],
  });
  const subject = `${baseUrl}/default/groups/${enc(GROUP)}/subject`;
  const put = (text: string) =>
    call(subject, { method: 'PUT', headers: { ...auth(), 'content-type': 'application/json' }, body: text });
  const faulted = await put('{"subject":"A"}');
  expect([faulted.status, faulted.body]).toEqual([503, '{"error":"busy"}']);
  expect(faulted.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, DELETE, OPTIONS');
  const ok = await put('{"subject":"B"}');
  expect([ok.status, ok.body, ok.headers.get('access-control-allow-origin')]).toEqual([200, '', '*']);
  const qr = await call(`${baseUrl}/sessions/default/auth/qr`, { headers: auth() });
  expect([qr.status, qr.headers.get('retry-after')]).toEqual([429, '2']);

  const log = await (await fetch(`${ctx.server.url}/__mock/scenarios/${id}/requests`)).json();
  expect(
    log.map((r: { method: string; path: string; body: string | null }) => [r.method, r.path, r.body]),
  ).toEqual([
    ['PUT', '/default/groups/120363025988123456%40g.us/subject', '{"subject":"A"}'],
    ['PUT', '/default/groups/120363025988123456%40g.us/subject', '{"subject":"B"}'],
    ['GET', '/sessions/default/auth/qr', null],
  ]);
  const preflight = await call(subject, { method: 'OPTIONS' });
  expect([preflight.status, preflight.headers.get('access-control-allow-methods')]).toEqual([
    204,
    'GET, POST, PUT, DELETE, OPTIONS',
  ]);
});

test('the PNG QR over a socket: content-length, bytes intact; a mid-body reset cuts it', async () => {
  const { baseUrl } = await createScenario(ctx.server, {
    dialect: 'webjs',
    sessions: [{ id: 'default', status: 'SCAN_QR_CODE' }],
    faults: [{ match: { path: '/auth/qr' }, times: 1, respond: { reset: 'mid-body' } }],
  });
  const url = `${baseUrl}/sessions/default/auth/qr`;
  const cut = await fetch(url, { headers: auth() });
  expect(cut.status).toBe(200);
  await expect(cut.arrayBuffer()).rejects.toThrow();
  const res = await fetch(url, { headers: { ...auth(), accept: 'image/png' } });
  expect([res.status, res.headers.get('content-type'), res.headers.get('content-length')]).toEqual([
    200,
    'image/png',
    '136',
  ]);
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 4)]).toEqual([137, 80, 78, 71]);
  expect(res.headers.get('x-request-id')).toMatch(/^req_\d+$/);
});

test('the Scenario handle: scanQr() and setSessionStatus()', async () => {
  const sc = await createMockControl(ctx.server.url).createScenario({
    dialect: 'gows',
    sessions: [{ id: 'a' }, { id: 'b', status: 'SCAN_QR_CODE' }],
    groups: [],
  });
  await sc.setSessionStatus('a', 'SCAN_QR_CODE');
  await sc.scanQr(); // the first session
  await sc.scanQr('b');
  expect((await sc.state()).sessions.map((s) => s.status)).toEqual(['WORKING', 'WORKING']);
  await expect(sc.scanQr('b')).rejects.toThrow(/409/);
  await sc.setSessionStatus('b', 'FAILED');
  expect((await sc.state()).sessions[1]?.status).toBe('FAILED');
  await sc.close();
});
