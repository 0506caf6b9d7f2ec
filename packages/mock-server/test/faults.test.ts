import { describe, expect, test } from 'vitest';
import { type Fault, listen } from '../src/index';
import { auth, CODE, call, createScenario, enc, fixedInit, GROUP, useServer } from './helpers';

const ctx = useServer();

async function withFaults(faults: Fault[], dialect: 'docs' | 'waha' = 'docs') {
  const created = await createScenario(ctx.server, fixedInit(dialect, { faults }));
  return {
    ...created,
    inviteUrl: `${created.baseUrl}/s1/groups/${enc(GROUP)}/invite-code`,
    revokeUrl: `${created.baseUrl}/s1/groups/${enc(GROUP)}/invite-code/revoke`,
    state: async () => (await fetch(`${ctx.server.url}/__mock/scenarios/${created.id}`)).json(),
    log: async () => (await fetch(`${ctx.server.url}/__mock/scenarios/${created.id}/requests`)).json(),
  };
}

const OK_BODY = `{"success":true,"inviteCode":"${CODE}"}`;

describe('faults', () => {
  test('{status, headers, body}: exactly that answer; a string body as-is with no content type', async () => {
    const s = await withFaults([
      {
        times: 1,
        respond: { status: 429, headers: { 'retry-after': '1', 'retry-after-ms': '10' }, body: 'slow down' },
      },
      { times: 1, respond: { status: 502, body: { oops: true } } },
      { times: 1, respond: { status: 200, headers: { 'content-type': 'text/plain' }, body: { a: 1 } } },
      { times: 1, respond: { status: 503 } },
      { times: 1, respond: { status: 200, body: CODE } },
    ]);
    const a = await call(s.inviteUrl, { headers: auth() });
    expect([a.status, a.contentType, a.body]).toEqual([429, null, 'slow down']);
    expect(a.headers.get('retry-after')).toBe('1');
    expect(a.headers.get('retry-after-ms')).toBe('10');
    expect(a.headers.get('x-request-id')).toMatch(/^req_\d+$/);
    expect(a.headers.get('access-control-allow-origin')).toBe('*');
    const b = await call(s.inviteUrl, { headers: auth() });
    expect([b.status, b.contentType, b.body]).toEqual([502, 'application/json', '{"oops":true}']);
    const c = await call(s.inviteUrl, { headers: auth() });
    expect([c.status, c.contentType, c.body]).toEqual([200, 'text/plain', '{"a":1}']);
    const d = await call(s.inviteUrl, { headers: auth() });
    expect([d.status, d.contentType, d.body]).toEqual([503, null, '']);
    const e = await call(s.inviteUrl, { headers: auth() });
    expect([e.status, e.contentType, e.body]).toEqual([200, null, CODE]);
    // Used up: the normal answer again; every hit was still logged.
    expect((await call(s.inviteUrl, { headers: auth() })).body).toBe(OK_BODY);
    expect(await s.log()).toHaveLength(6);
  });

  test('a status fault applies before the key check and does not run the endpoint', async () => {
    const s = await withFaults([{ times: 1, respond: { status: 500, body: 'boom' } }]);
    expect((await call(s.revokeUrl, { method: 'POST' })).status).toBe(500);
    expect((await s.state()).groups[0].inviteCode).toBe(CODE);
  });

  test('times counts matching requests; faults are tried in order; match by method and path', async () => {
    const s = await withFaults([
      { match: { method: 'post' }, times: 1, respond: { status: 418 } },
      { match: { path: 'join-info' }, times: 2, respond: { status: 503 } },
      { match: { path: '%40g.us/invite-code' }, respond: { status: 504 } },
    ]);
    const info = `${s.baseUrl}/s1/groups/join-info?code=${CODE}`;
    expect((await call(info, { headers: auth() })).status).toBe(503);
    expect((await call(s.revokeUrl, { method: 'POST', headers: auth() })).status).toBe(418);
    expect((await call(info, { headers: auth() })).status).toBe(503);
    expect((await call(info, { headers: auth() })).status).toBe(200);
    // The raw (encoded) path is what `match.path` sees; unlimited without `times`.
    expect((await call(s.inviteUrl, { headers: auth() })).status).toBe(504);
    expect((await call(s.revokeUrl, { method: 'POST', headers: auth() })).status).toBe(504);
    expect((await s.state()).faults.map((f: { remaining: number | null }) => f.remaining)).toEqual([
      0,
      0,
      null,
    ]);
  });

  test('times: 0 never applies', async () => {
    const s = await withFaults([{ times: 0, respond: { status: 500 } }]);
    expect((await call(s.inviteUrl, { headers: auth() })).status).toBe(200);
  });

  test('{delayMs}: waits, then answers normally', async () => {
    const s = await withFaults([{ times: 1, respond: { delayMs: 150 } }]);
    const t0 = performance.now();
    const r = await call(s.inviteUrl, { headers: auth() });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    expect([r.status, r.body]).toEqual([200, OK_BODY]);
  });

  test('{hang: true}: never answers; the client gives up; the request is logged', async () => {
    const s = await withFaults([{ times: 1, respond: { hang: true } }]);
    const t0 = performance.now();
    await expect(
      fetch(s.inviteUrl, { headers: auth(), signal: AbortSignal.timeout(200) }),
    ).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(190);
    expect(await s.log()).toHaveLength(1);
    expect((await call(s.inviteUrl, { headers: auth() })).status).toBe(200);
  });

  test('{reset: "before-headers"}: the socket is destroyed, fetch rejects', async () => {
    const s = await withFaults([{ times: 1, respond: { reset: 'before-headers' } }]);
    const error = await fetch(s.revokeUrl, { method: 'POST', headers: auth() }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    // Nothing ran: the code did not rotate.
    expect((await s.state()).groups[0].inviteCode).toBe(CODE);
    expect(await s.log()).toHaveLength(1);
  });

  test('{reset: "mid-body"}: headers and half the body arrive, then reading the body fails', async () => {
    const s = await withFaults([{ times: 1, respond: { reset: 'mid-body' } }]);
    const res = await fetch(s.inviteUrl, { headers: auth() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(OK_BODY.length));
    await expect(res.text()).rejects.toBeInstanceOf(TypeError);
  });

  test('{reset: "mid-body"} on revoke: the endpoint ran (the code rotated) before the break', async () => {
    const s = await withFaults([{ times: 1, respond: { reset: 'mid-body' } }], 'waha');
    const res = await fetch(s.revokeUrl, { method: 'POST', headers: auth() });
    expect(res.status).toBe(201);
    await expect(res.text()).rejects.toThrow();
    expect((await s.state()).groups[0].revokedInviteCodes).toEqual([CODE]);
  });

  test('{trickleMs}: the normal answer one byte at a time', async () => {
    const s = await withFaults([{ times: 1, respond: { trickleMs: 10 } }], 'waha');
    const t0 = performance.now();
    const res = await fetch(s.inviteUrl, { headers: auth() });
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    let chunks = 0;
    let text = '';
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      text += decoder.decode(value, { stream: true });
    }
    expect(text).toBe(CODE);
    expect(chunks).toBeGreaterThan(5);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(21 * 10 - 20);
  });

  test('{trickleMs, status, body}: a given body and status, trickled', async () => {
    const s = await withFaults([{ times: 1, respond: { trickleMs: 5, status: 202, body: 'hello' } }]);
    const t0 = performance.now();
    const r = await call(s.inviteUrl, { headers: auth() });
    expect([r.status, r.body]).toEqual([202, 'hello']);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(15);
  });

  test('{bodyBytes}: that many bytes of "a", 200 and application/json unless given', async () => {
    const s = await withFaults([
      { times: 1, respond: { bodyBytes: 2 * 1024 * 1024 } },
      { times: 1, respond: { bodyBytes: 10, status: 500, contentType: 'text/html' } },
    ]);
    const big = await fetch(s.inviteUrl, { headers: auth() });
    expect([big.status, big.headers.get('content-type'), big.headers.get('content-length')]).toEqual([
      200,
      'application/json',
      String(2 * 1024 * 1024),
    ]);
    const bytes = new Uint8Array(await big.arrayBuffer());
    expect(bytes.length).toBe(2 * 1024 * 1024);
    expect(bytes.every((b) => b === 0x61)).toBe(true);
    const small = await call(s.inviteUrl, { headers: auth() });
    expect([small.status, small.contentType, small.body]).toEqual([500, 'text/html', 'aaaaaaaaaa']);
  });

  test('a client leaving during a trickle or a delay does not hurt the server', async () => {
    const s = await withFaults([
      { times: 1, respond: { trickleMs: 20 } },
      { times: 1, respond: { delayMs: 300 } },
    ]);
    const res = await fetch(s.inviteUrl, { headers: auth(), signal: AbortSignal.timeout(60) });
    await expect(res.text()).rejects.toThrow();
    await expect(fetch(s.inviteUrl, { headers: auth(), signal: AbortSignal.timeout(60) })).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 100));
    expect((await call(s.inviteUrl, { headers: auth() })).body).toBe(OK_BODY);
  });

  test('faults added later through the control plane apply to the next requests', async () => {
    const s = await withFaults([]);
    expect((await call(s.inviteUrl, { headers: auth() })).status).toBe(200);
    await fetch(`${ctx.server.url}/__mock/scenarios/${s.id}/faults`, {
      method: 'POST',
      body: JSON.stringify([{ times: 1, respond: { status: 429 } }]),
    });
    expect((await call(s.inviteUrl, { headers: auth() })).status).toBe(429);
    expect((await call(s.inviteUrl, { headers: auth() })).status).toBe(200);
  });
});

describe('keep-alive', () => {
  test('by default every answer closes its connection (connection: close)', async () => {
    const s = await withFaults([{ times: 1, respond: { reset: 'mid-body' } }]);
    expect((await fetch(`${ctx.server.url}/__mock/health`)).headers.get('connection')).toBe('close');
    expect((await fetch(s.inviteUrl, { headers: auth() })).headers.get('connection')).toBe('close');
    expect((await fetch(s.inviteUrl, { headers: auth() })).headers.get('connection')).toBe('close');
  });

  test('listen({ keepAlive: true }) keeps connections open', async () => {
    const server = await listen({ keepAlive: true });
    try {
      const res = await fetch(`${server.url}/__mock/health`);
      expect(res.headers.get('connection')).toBe('keep-alive');
      await res.text();
    } finally {
      await server.close();
    }
  });
});

describe('close()', () => {
  test('closes promptly with a hung request and a keep-alive connection open', async () => {
    const server = await listen({ keepAlive: true });
    const { baseUrl } = await createScenario(server, { faults: [{ respond: { hang: true } }] });
    await fetch(`${server.url}/__mock/health`); // leaves a keep-alive socket
    const hung = fetch(`${baseUrl}/x`).then(
      () => 'answered',
      () => 'rejected',
    );
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    await server.close();
    expect(performance.now() - t0).toBeLessThan(500);
    expect(await hung).toBe('rejected');
    // Idempotent.
    await server.close();
  });
});
