// Transport: the custom fetch option and a baseUrl carrying a path prefix (redirects: the fault matrix).
import { equal, ok, rejectsWith } from '../assert.ts';
import type { SuiteCase } from '../types.ts';
import { clientFor, expectRequests, withScenario } from './support.ts';

export const transportCases: SuiteCase[] = [
  {
    name: 'transport · custom fetch option · called once per attempt, unbound',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ times: 1, respond: { status: 503 } }] }, async (sc) => {
        let calls = 0;
        const receivers: unknown[] = [];
        const realFetch = globalThis.fetch;
        const counting = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
          calls++;
          receivers.push(this);
          return realFetch(input, init);
        } as typeof fetch;
        const client = clientFor(ctx, sc, { fetch: counting, maxRetries: 2 });
        equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
        const log = await expectRequests(sc, 2);
        equal(calls, log.length, 'custom fetch called once per attempt');
        for (const self of receivers) {
          ok(
            self === undefined || self === globalThis,
            'fetch is called unbound (this is undefined/globalThis)',
          );
        }
      }),
  },
  {
    name: 'transport · custom fetch answering by itself · no network, code parsed',
    run: async (ctx) => {
      const seen: string[] = [];
      const fake = (async (input: RequestInfo | URL) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return new Response('"AbCdEfGhIjKlMnOpQrStUv"', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }) as typeof fetch;
      const client = new ctx.sdk.WasendClient({
        apiKey: 'k',
        baseUrl: 'https://api.example.test/v1',
        fetch: fake,
      });
      equal(await client.getGroupInviteCode('s1', '1@g.us'), 'AbCdEfGhIjKlMnOpQrStUv');
      equal(seen.length, 1);
      equal(
        seen[0],
        'https://api.example.test/v1/s1/groups/1%40g.us/invite-code',
        'URL under the path prefix',
      );
    },
  },
  {
    name: 'transport · custom fetch throwing a TypeError · WasendConnectionError, never a bare TypeError',
    run: async (ctx) => {
      const broken = (async () => {
        throw new TypeError('fetch failed');
      }) as typeof fetch;
      const client = new ctx.sdk.WasendClient({
        apiKey: 'k',
        baseUrl: 'http://127.0.0.1:9',
        fetch: broken,
        maxRetries: 0,
      });
      await rejectsWith(ctx.sdk.WasendConnectionError, client.getGroupInviteCode('s', 'g@g.us'));
    },
  },
  {
    name: 'transport · baseUrl with a path prefix (/__s/<id>) · every request lands under it',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        ok(new URL(sc.baseUrl).pathname.length > 1, 'the scenario baseUrl has a path prefix');
        const client = clientFor(ctx, sc);
        await client.getGroupInviteCode(sc.sessionId, sc.groupId);
        await client.getGroupJoinInfo(sc.sessionId, sc.inviteCode);
        // The log only holds requests that arrived under this scenario's prefix.
        await expectRequests(sc, 2);
      }),
  },
];
