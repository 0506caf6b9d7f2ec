// A real Chromium clicks through the built page, served with the demo handler on one origin:
// get the invite, see code + link + QR, copy the link, revoke and see a new code.
import { mkdirSync } from 'node:fs';
// One Chromium look-up and one set of offline flags for every browser test in the repo.
import { CHROMIUM_ARGS, resolveChromium } from '@wasend/test-suite/chromium';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_SERVER_KEY, type DemoServer, startDemoServer } from './demoServer';

const SCREENSHOT = new URL('../reports/screenshot.png', import.meta.url);

let server: DemoServer;
let browser: Browser;

beforeAll(async () => {
  server = await startDemoServer();
  const { executablePath } = await resolveChromium();
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('get invite, copy the link, revoke: through the proxy only, never holding a key', async () => {
  const context = await browser.newContext({ viewport: { width: 720, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const sent: { url: string; authorization: string | undefined }[] = [];
  page.on('request', (request) =>
    sent.push({ url: request.url(), authorization: request.headers().authorization }),
  );
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));

  await page.goto(server.url);
  await page.fill('#session', server.session);
  await page.fill('#group', server.group);
  await page.getByRole('button', { name: 'Get invite' }).click();

  const first = await server.currentCode();
  await expect.poll(() => page.textContent('#code')).toBe(first);
  const link = `https://chat.whatsapp.com/${first}`;
  expect(await page.textContent('#link')).toBe(link);
  expect(await page.getAttribute('#link', 'href')).toBe(link);
  expect(await page.locator('#qr svg').count()).toBe(1);
  expect((await page.locator('#qr svg').boundingBox())?.width).toBeGreaterThan(100);

  await page.getByRole('button', { name: 'Copy' }).click();
  await expect.poll(() => page.textContent('#status')).toBe('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  await page.getByRole('button', { name: 'Revoke' }).click();
  await expect.poll(() => page.textContent('#code')).not.toBe(first);
  const second = await server.currentCode();
  expect(second).not.toBe(first);
  expect(await page.textContent('#code')).toBe(second);
  expect(await page.textContent('#link')).toBe(`https://chat.whatsapp.com/${second}`);
  expect(await page.textContent('#status')).toMatch(/revoked/);

  mkdirSync(new URL('.', SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT.pathname, fullPage: true });

  // The page only ever spoke to its own origin, without a key; the proxy added the key upstream.
  expect(pageErrors).toEqual([]);
  expect(sent.filter(({ url }) => !url.startsWith(`${server.url}/`))).toEqual([]);
  expect(sent.filter(({ authorization }) => authorization !== undefined)).toEqual([]);
  const wasend = sent.filter(({ url }) => url.includes('/wasend/'));
  expect(wasend.map(({ url }) => new URL(url).pathname)).toEqual([
    `/wasend/${server.session}/groups/${encodeURIComponent(server.group)}/invite-code`,
    `/wasend/${server.session}/groups/${encodeURIComponent(server.group)}/invite-code/revoke`,
  ]);
  const upstream = await server.mockRequests();
  expect(upstream.map(({ method }) => method)).toEqual(['GET', 'POST']);
  for (const request of upstream) expect(request.headers.authorization).toBe(`Bearer ${DEMO_SERVER_KEY}`);
  await context.close();
}, 60_000);
