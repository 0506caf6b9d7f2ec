import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createMockHandler, DEFAULT_SCENARIO } from '../src/handler';
import { CODE, fixedInit, GROUP } from './helpers';

const ORIGIN = 'http://mock.test';
const H = { authorization: 'Bearer test-key' };

async function scenario(handler: ReturnType<typeof createMockHandler>, init: object) {
  const res = await handler(
    new Request(`${ORIGIN}/__mock/scenarios`, { method: 'POST', body: JSON.stringify(init) }),
  );
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; baseUrl: string };
}

describe('createMockHandler (no socket)', () => {
  test('serves the default scenario in the handler dialect', async () => {
    const handler = createMockHandler({ dialect: 'json-string' });
    const state = await (await handler(new Request(`${ORIGIN}/__mock/scenarios/default`))).json();
    const res = await handler(
      new Request(`${ORIGIN}/demo/groups/${encodeURIComponent(DEFAULT_SCENARIO.groupId)}/invite-code`, {
        headers: { authorization: `Bearer ${DEFAULT_SCENARIO.apiKey}` },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-request-id')).toBe('req_2');
    expect(await res.text()).toBe(`"${state.groups[0].inviteCode}"`);
  });

  test('defaults to the docs dialect', async () => {
    const handler = createMockHandler();
    const state = await (await handler(new Request(`${ORIGIN}/__mock/scenarios/default`))).json();
    expect(state.dialect).toBe('docs');
  });

  test('scenarios, baseUrl from the request host, and the API', async () => {
    const handler = createMockHandler();
    const { baseUrl } = await scenario(handler, fixedInit('waha'));
    expect(baseUrl).toMatch(/^http:\/\/mock\.test\/__s\/sc_/);
    const res = await handler(
      new Request(`${baseUrl}/s1/groups/${encodeURIComponent(GROUP)}/invite-code/revoke`, {
        method: 'POST',
        headers: H,
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toMatch(/^[A-Za-z0-9]{22}$/);
    const pre = await handler(new Request(`${baseUrl}/x`, { method: 'OPTIONS' }));
    expect(pre.status).toBe(204);
  });

  test('reset faults become body streams that error; mid-body delivers the first half first', async () => {
    const handler = createMockHandler();
    const { baseUrl } = await scenario(
      handler,
      fixedInit('docs', {
        faults: [
          { times: 1, respond: { reset: 'before-headers' } },
          { times: 1, respond: { reset: 'mid-body' } },
        ],
      }),
    );
    const url = `${baseUrl}/s1/groups/${encodeURIComponent(GROUP)}/invite-code`;
    const before = await handler(new Request(url, { headers: H }));
    await expect(before.text()).rejects.toThrow(/reset/);

    const mid = await handler(new Request(url, { headers: H }));
    expect(mid.status).toBe(200);
    const reader = (mid.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    const full = `{"success":true,"inviteCode":"${CODE}"}`;
    expect(new TextDecoder().decode(first.value)).toBe(full.slice(0, Math.floor(full.length / 2)));
    await expect(reader.read()).rejects.toThrow(/reset/);
  });

  test('hang settles only when the request signal aborts', async () => {
    const handler = createMockHandler();
    const { baseUrl } = await scenario(handler, { faults: [{ respond: { hang: true } }] });
    const controller = new AbortController();
    const pending = handler(new Request(`${baseUrl}/x`, { signal: controller.signal }));
    const raced = await Promise.race([
      pending.then(
        () => 'settled',
        () => 'settled',
      ),
      new Promise((r) => setTimeout(() => r('pending'), 100)),
    ]);
    expect(raced).toBe('pending');
    controller.abort();
    await expect(pending).rejects.toBeDefined();
  });

  test('trickle and bodyBytes', async () => {
    const handler = createMockHandler();
    const { baseUrl } = await scenario(handler, {
      faults: [
        { times: 1, respond: { trickleMs: 5, body: 'abcd' } },
        { times: 1, respond: { bodyBytes: 5 } },
      ],
    });
    const t0 = performance.now();
    expect(await (await handler(new Request(`${baseUrl}/x`))).text()).toBe('abcd');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(10);
    const big = await handler(new Request(`${baseUrl}/x`));
    expect([big.status, big.headers.get('content-type'), await big.text()]).toEqual([
      200,
      'application/json',
      'aaaaa',
    ]);
  });

  test('each handler has its own state', async () => {
    const a = createMockHandler();
    const b = createMockHandler();
    const { id } = await scenario(a, {});
    expect((await b(new Request(`${ORIGIN}/__mock/scenarios/${id}`))).status).toBe(404);
  });
});

test('nothing the ./handler and ./client entries reach imports node:*', () => {
  const src = join(dirname(fileURLToPath(import.meta.url)), '../src');
  const seen = new Set<string>();
  // `file` is relative to src without `.ts`; imports are resolved against the importing file.
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(src, `${file}.ts`), 'utf8');
    expect(text, file).not.toMatch(/from ['"]node:|require\(|\bprocess\.|\bBuffer\b/);
    for (const m of text.matchAll(/from '(\.\.?\/[\w/.]+)'/g)) {
      visit(posix.normalize(posix.join(posix.dirname(file), m[1] as string)));
    }
  };
  visit('handler');
  visit('client');
  expect(seen.has('core')).toBe(true);
  expect(seen.has('client')).toBe(true);
  expect(seen.has('dialects/errors')).toBe(true);
  expect(seen.has('listen')).toBe(false);
});
