// The proxy's `allow`: further client methods forwarded by name, nothing else ever; authorize,
// CORS, checks and redaction as for the invite endpoints; the key upstream as `auth` says.
import { createWasendProxy } from '@wasend/core/proxy';
import { deepEqual, equal, ok, rejectsWith } from '../assert.ts';
import type { Scenario, ScenarioInit, SuiteCase, SuiteContext } from '../types.ts';
import { APP, HERE, incoming, PREFIX, proxyError, proxyFor } from './proxySupport.ts';
import { clientFor, enc, expectRequests, GID, ME, OTHER, withScenario } from './support.ts';

const GROUPS: ScenarioInit = {
  sessions: [{ id: 'default', me: ME }],
  groups: [{ id: GID, session: 'default', name: 'Club', admins: [ME], members: [ME, OTHER] }],
};

/** A key-less client whose every request goes through `proxy`. */
const viaProxy = (ctx: SuiteContext, sc: Scenario, proxy: (request: Request) => Promise<Response>) =>
  clientFor(ctx, sc, {
    apiKey: null,
    baseUrl: HERE + PREFIX,
    fetch: (input, init) => proxy(new Request(input, init)),
  });

export const proxyAllowCases: SuiteCase[] = [
  {
    name: 'proxy · allow · listed methods pass with their query; others (create, count) → 404 from the proxy, nothing upstream',
    run: (ctx) =>
      withScenario(ctx, GROUPS, async (sc) => {
        const client = viaProxy(ctx, sc, proxyFor(sc, { allow: ['getGroups', 'getGroupParticipants'] }));
        const groups = await client.getGroups('default', { limit: 5, exclude: ['participants'] });
        deepEqual(
          groups.map((g) => g.id),
          [GID],
        );
        const people = await client.getGroupParticipants('default', GID);
        equal(people.length, 2);
        await rejectsWith(
          ctx.sdk.NotFoundError,
          client.createGroup('default', { name: 'x', participants: [OTHER] }),
        );
        await rejectsWith(ctx.sdk.NotFoundError, client.getGroupsCount('default'));
        const log = await expectRequests(sc, 2, 'only the allowed calls went upstream');
        deepEqual(log[0]?.query, { limit: '5', exclude: 'participants' });
        equal(log[0]?.headers.authorization, `Bearer ${sc.key}`, 'the real key');
      }),
  },
  {
    name: 'proxy · without allow · a Groups method is not forwarded → 404, nothing upstream',
    run: (ctx) =>
      withScenario(ctx, GROUPS, async (sc) => {
        await proxyError(await proxyFor(sc)(incoming(`${PREFIX}/default/groups`)), 404, 'NotFoundError');
        await expectRequests(sc, 0);
      }),
  },
  {
    name: 'proxy · allow · a PUT passes with its JSON body; the CORS preflight names the methods it forwards',
    run: (ctx) =>
      withScenario(ctx, GROUPS, async (sc) => {
        const proxy = proxyFor(sc, { allow: ['setGroupSubject'] });
        await viaProxy(ctx, sc, proxy).setGroupSubject('default', GID, 'Renamed');
        equal((await sc.state()).groups[0]?.name, 'Renamed');
        const [req] = await expectRequests(sc, 1);
        equal(req?.method, 'PUT');
        deepEqual(JSON.parse(req?.body ?? 'null'), { subject: 'Renamed' });
        const preflight = await proxy(
          incoming(`${PREFIX}/default/groups/${enc(GID)}/subject`, {
            method: 'OPTIONS',
            headers: { origin: APP, 'access-control-request-method': 'PUT' },
          }),
        );
        equal(preflight.status, 204);
        deepEqual((preflight.headers.get('access-control-allow-methods') ?? '').split(', ').sort(), [
          'GET',
          'POST',
          'PUT',
        ]);
      }),
  },
  {
    name: 'proxy · allow · an unknown method name is refused when the proxy is created',
    run: async (ctx) => {
      let thrown: unknown;
      try {
        createWasendProxy({ apiKey: 'sk_1234', authorize: () => true, allow: ['getGroups', 'dropDatabase'] });
      } catch (error) {
        thrown = error;
      }
      ok(thrown instanceof ctx.sdk.WasendArgumentError, 'a WasendArgumentError');
      ok(String((thrown as Error).message).includes('"dropDatabase"'), (thrown as Error).message);
    },
  },
  {
    name: 'proxy · allow · ids and queries are checked: an encoded / in a group id, an unknown or repeated parameter → 400, nothing upstream',
    run: (ctx) =>
      withScenario(ctx, GROUPS, async (sc) => {
        const proxy = proxyFor(sc, { allow: ['getGroups', 'getGroup'] });
        for (const path of [
          `/default/groups/${enc('1%2F..%2Fjoin')}`,
          '/default/groups?limit=1&limit=2',
          '/default/groups?admin=true',
        ])
          await proxyError(await proxy(incoming(PREFIX + path)), 400, 'BadRequestError');
        const ok200 = await proxy(
          incoming(`${PREFIX}/default/groups?exclude=participants&exclude=participants`),
        );
        equal(ok200.status, 200, 'a list parameter may repeat');
        await expectRequests(sc, 1);
      }),
  },
  {
    name: "proxy · auth 'x-api-key' · the real key goes upstream as X-Api-Key; a caller's X-Api-Key never does",
    run: (ctx) =>
      withScenario(ctx, { ...GROUPS, dialect: 'noweb' }, async (sc) => {
        const proxy = proxyFor(sc, { auth: 'x-api-key', allow: ['getGroups'] });
        const response = await proxy(
          incoming(`${PREFIX}/default/groups`, { headers: { 'x-api-key': 'forged' } }),
        );
        equal(response.status, 200);
        const [req] = await expectRequests(sc, 1);
        equal(req?.headers['x-api-key'], sc.key);
        equal(req?.headers.authorization, undefined);
      }),
  },
  {
    name: 'proxy · allow retrieveQRCode · a PNG answer passes back byte for byte',
    run: (ctx) =>
      withScenario(
        ctx,
        { dialect: 'noweb', sessions: [{ id: 'default', status: 'SCAN_QR_CODE' }], groups: [] },
        async (sc) => {
          const proxy = proxyFor(sc, { allow: ['retrieveQRCode'] });
          const response = await proxy(
            incoming(`${PREFIX}/sessions/default/auth/qr`, { headers: { accept: 'image/png' } }),
          );
          equal(response.status, 200);
          equal(response.headers.get('content-type'), 'image/png');
          const bytes = new Uint8Array(await response.arrayBuffer());
          deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
          ok(bytes.length > 100, `the whole image (${bytes.length} bytes)`);
        },
      ),
  },
];
