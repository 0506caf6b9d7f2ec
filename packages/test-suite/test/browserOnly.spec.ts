// Chromium-only checks of @wasend/browser, beside the shared cases (browser.test.ts). Named *.spec.ts
// so the Node config (test/**/*.test.ts) never picks it up: it needs a DOM.
import {
  AuthenticationError,
  inviteQrSvg,
  NotFoundError,
  WasendArgumentError,
  WasendClient,
} from '@wasend/browser';
import { expect, inject, test } from 'vitest';
import { createMockControl } from '../src/index.ts';

const mock = createMockControl(inject('mockUrl'));

test('browser only · the tests really run in Chromium', () => {
  expect(typeof document).toBe('object');
  expect(navigator.userAgent).toMatch(/Chrome\//);
});

test('browser only · an apiKey without dangerouslyAllowBrowser throws at once, never echoing it', () => {
  const key = 'sk_live_in_the_page_0123456789';
  let caught: unknown;
  try {
    // @ts-expect-error a string key without dangerouslyAllowBrowser is a type error too
    new WasendClient({ apiKey: key, baseUrl: `${mock.url}/x` });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WasendArgumentError);
  expect(String((caught as Error).message) + String((caught as Error).stack)).not.toContain(key);
});

test('browser only · proxy mode sends no Authorization header (a keyed server answers 401)', async () => {
  const sc = await mock.createScenario({});
  try {
    const client = new WasendClient({ baseUrl: sc.baseUrl, maxRetries: 0 });
    await expect(client.getGroupInviteCode(sc.sessionId, sc.groupId)).rejects.toBeInstanceOf(
      AuthenticationError,
    );
    const log = await sc.requests();
    expect(log).toHaveLength(1);
    expect(log[0]?.headers.authorization).toBeUndefined();
  } finally {
    await sc.close();
  }
});

test('browser only · a 410 is not served from the HTTP cache on the next GET of that URL', async () => {
  // Chromium treats a 410 without cache headers as fresh forever; the client asks for no-store.
  const sc = await mock.createScenario({});
  try {
    const client = new WasendClient({ apiKey: sc.key, baseUrl: sc.baseUrl, dangerouslyAllowBrowser: true });
    await sc.addFaults([{ times: 1, respond: { status: 410, body: { error: 'gone' } } }]);
    await expect(client.getGroupInviteCode(sc.sessionId, sc.groupId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.getGroupInviteCode(sc.sessionId, sc.groupId)).resolves.toBe(sc.inviteCode);
    expect(await sc.requests()).toHaveLength(2);
  } finally {
    await sc.close();
  }
});

test('browser only · inviteQrSvg parses as SVG and renders at a real size in the page', () => {
  const svg = inviteQrSvg('https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv');
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(parsed.querySelector('parsererror')).toBeNull();
  expect(parsed.documentElement.tagName).toBe('svg');
  const box = document.createElement('div');
  box.style.width = '200px';
  box.innerHTML = svg;
  document.body.append(box);
  try {
    const rect = (box.firstElementChild as SVGSVGElement).getBoundingClientRect();
    expect(rect.width).toBe(200);
    expect(rect.height).toBe(200);
  } finally {
    box.remove();
  }
});
