// A real Chromium clicks through the built page, served with the demo handler on one origin:
// get the invite, see code + link + QR, copy the link, revoke and see a new code; list the
// session's groups and their participants with their roles.
import { mkdirSync } from 'node:fs';
// One Chromium look-up and one set of offline flags for every browser test in the repo.
import { CHROMIUM_ARGS, resolveChromium } from '@wasend/test-suite/chromium';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_GROUP, DEMO_SERVER_KEY, type DemoServer, startDemoServer } from './demoServer';

const SCREENSHOT = new URL('../reports/screenshot.png', import.meta.url);
const GROUPS_SCREENSHOT = new URL('../reports/screenshot-groups.png', import.meta.url);

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

/** What the page sends (URL, Authorization header) and any error it throws, from now on. */
function watch(page: Page) {
  const sent: { url: string; authorization: string | undefined }[] = [];
  page.on('request', (request) =>
    sent.push({ url: request.url(), authorization: request.headers().authorization }),
  );
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  return { sent, pageErrors };
}

/** Fills the session, clicks List groups and waits for the demo group's entry. */
async function listGroups(page: Page) {
  await page.goto(server.url);
  await page.fill('#session', server.session);
  await page.getByRole('button', { name: 'List groups' }).click();
  const group = page.locator(`#groups li.group[data-id="${DEMO_GROUP.id}"]`);
  await expect.poll(() => group.count()).toBe(1);
  return group;
}

/** The participants the page shows in a group's entry, as `{ id, role }`. */
const shownParticipants = (group: ReturnType<Page['locator']>) =>
  group.locator('.participant').evaluateAll((items) =>
    items.map((item) => ({
      id: item.querySelector('.participant-id')?.textContent,
      role: item.querySelector('.role')?.textContent,
    })),
  );

test('list groups: the seeded group with its participants and their roles, through the proxy only', async () => {
  const context = await browser.newContext({ viewport: { width: 720, height: 1100 } });
  const page = await context.newPage();
  const { sent, pageErrors } = watch(page);
  const before = (await server.mockRequests()).length;

  const group = await listGroups(page);
  expect(await page.isVisible('#groups')).toBe(true);
  expect(await group.locator('.group-name').textContent()).toBe(DEMO_GROUP.name);
  expect(await group.locator('.group-id').textContent()).toBe(DEMO_GROUP.id);
  expect(await group.locator('.count').textContent()).toBe('3 participants');
  expect(await shownParticipants(group)).toEqual(DEMO_GROUP.participants);
  expect(await group.locator('.role[data-role="admin"]').isVisible()).toBe(true);
  expect(await page.textContent('#status')).toBe(`1 group in session ${server.session}.`);

  mkdirSync(new URL('.', GROUPS_SCREENSHOT), { recursive: true });
  await page.screenshot({ path: GROUPS_SCREENSHOT.pathname, fullPage: true });

  // One list call (its answer holds the participants), from the page's own origin, without a key.
  expect(pageErrors).toEqual([]);
  expect(sent.filter(({ url }) => !url.startsWith(`${server.url}/`))).toEqual([]);
  expect(sent.filter(({ authorization }) => authorization !== undefined)).toEqual([]);
  const wasend = sent.filter(({ url }) => url.includes('/wasend/'));
  expect(wasend.map(({ url }) => new URL(url).pathname)).toEqual([`/wasend/${server.session}/groups`]);
  const upstream = (await server.mockRequests()).slice(before);
  expect(upstream.map(({ method, path }) => `${method} ${path}`)).toEqual([`GET /${server.session}/groups`]);
  for (const request of upstream) expect(request.headers.authorization).toBe(`Bearer ${DEMO_SERVER_KEY}`);
  await context.close();
}, 60_000);

test('list groups when the list answer has no participants: the page asks for them (getGroupParticipants)', async () => {
  const context = await browser.newContext({ viewport: { width: 720, height: 1100 } });
  const page = await context.newPage();
  const { sent, pageErrors } = watch(page);
  const before = (await server.mockRequests()).length;
  await server.addFaults([
    {
      match: { method: 'GET', path: `/${server.session}/groups` },
      times: 1,
      respond: { status: 200, body: [{ id: DEMO_GROUP.id, name: DEMO_GROUP.name }] },
    },
  ]);

  const group = await listGroups(page);
  expect(await group.locator('.count').textContent()).toBe('3 participants');
  expect(await shownParticipants(group)).toEqual(DEMO_GROUP.participants);

  expect(pageErrors).toEqual([]);
  expect(sent.filter(({ authorization }) => authorization !== undefined)).toEqual([]);
  const wasend = sent.filter(({ url }) => url.includes('/wasend/'));
  expect(wasend.map(({ url }) => new URL(url).pathname)).toEqual([
    `/wasend/${server.session}/groups`,
    `/wasend/${server.session}/groups/${encodeURIComponent(DEMO_GROUP.id)}/participants`,
  ]);
  const upstream = (await server.mockRequests()).slice(before);
  expect(upstream).toHaveLength(2);
  for (const request of upstream) expect(request.headers.authorization).toBe(`Bearer ${DEMO_SERVER_KEY}`);
  await context.close();
}, 60_000);

test('list groups with no session filled in: says so, sends nothing', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { sent } = watch(page);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'List groups' }).click();
  expect(await page.textContent('#status')).toBe('Enter a session to list its groups.');
  expect(await page.getAttribute('#status', 'data-kind')).toBe('error');
  expect(await page.isHidden('#groups')).toBe(true);
  expect(sent.filter(({ url }) => url.includes('/wasend/'))).toEqual([]);
  await context.close();
}, 60_000);
