// Construction and argument checks: bad keys throw at once; methods only ever reject.
import { equal, ok, rejectsWith } from '../assert.ts';
import type { SuiteCase, SuiteClient } from '../types.ts';
import { clientFor, expectRequests, withScenario } from './support.ts';

export const inputCases: SuiteCase[] = [
  {
    name: 'input · apiKey missing, empty, blank · WasendArgumentError at construction',
    run: async (ctx) => {
      for (const apiKey of [undefined, '', '   ', '\n']) {
        await rejectsWith(
          ctx.sdk.WasendArgumentError,
          () => new ctx.sdk.WasendClient({ apiKey, baseUrl: 'http://127.0.0.1:9' }),
        );
      }
    },
  },
  {
    name: 'input · apiKey with whitespace or control characters inside · WasendArgumentError at construction',
    run: async (ctx) => {
      for (const apiKey of ['ab cd', 'ab\ncd', 'ab\tcd', 'ab\u0000cd', 'ab\u007fcd', 'ab\r\ncd']) {
        const err = await rejectsWith(
          ctx.sdk.WasendArgumentError,
          () => new ctx.sdk.WasendClient({ apiKey, baseUrl: 'http://127.0.0.1:9' }),
        );
        ok(!err.message.includes(apiKey), 'the bad key is not echoed in the message');
      }
    },
  },
  {
    name: 'input · apiKey with NUL, BEL, ESC or DEL at its edge (not whitespace, so not trimmed) · WasendArgumentError',
    run: async (ctx) => {
      for (const apiKey of ['\u0000test-key', 'test-key\u0007', '\u001btest-key', 'test-key\u007f']) {
        const err = await rejectsWith(
          ctx.sdk.WasendArgumentError,
          () => new ctx.sdk.WasendClient({ apiKey, baseUrl: 'http://127.0.0.1:9' }),
        );
        ok(!err.message.includes('test-key'), 'the key is not echoed in the message');
      }
    },
  },
  {
    name: 'input · apiKey wrapped in a BOM, NBSP or line separator (pasted from a file or page) · trimmed, Bearer <key>',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        for (const pasted of [`\ufeff${sc.key}`, `\u00a0${sc.key}\u00a0`, `${sc.key}\u2028`]) {
          equal(
            await clientFor(ctx, sc, { apiKey: pasted }).getGroupInviteCode(sc.sessionId, sc.groupId),
            sc.inviteCode,
          );
        }
        for (const req of await expectRequests(sc, 3)) equal(req.headers.authorization, `Bearer ${sc.key}`);
      }),
  },
  {
    name: 'input · apiKey not a string (number, object) · WasendArgumentError at construction',
    run: async (ctx) => {
      for (const apiKey of [12345, { key: 'x' }, true]) {
        await rejectsWith(
          ctx.sdk.WasendArgumentError,
          () =>
            new ctx.sdk.WasendClient({ apiKey: apiKey as unknown as string, baseUrl: 'http://127.0.0.1:9' }),
        );
      }
    },
  },
  {
    name: 'input · apiKey with Unicode whitespace or C1 control characters inside · WasendArgumentError',
    run: async (ctx) => {
      for (const apiKey of ['ab\u00a0cd', 'ab\u2028cd', 'ab\u0085cd', 'ab\u009fcd']) {
        await rejectsWith(
          ctx.sdk.WasendArgumentError,
          () => new ctx.sdk.WasendClient({ apiKey, baseUrl: 'http://127.0.0.1:9' }),
          undefined,
        ).catch((err: Error) => {
          throw new Error(`apiKey ${JSON.stringify(apiKey)}: ${err.message}`);
        });
      }
    },
  },
  {
    name: 'input · a non-Latin-1 apiKey (cannot go in a header) · a WasendError, never a bare TypeError',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        // Either the constructor refuses it (WasendArgumentError) or the call rejects with a WasendError.
        const err = await (async () => clientFor(ctx, sc, { apiKey: 'ключ-ключ' }))()
          .then((client) => client.getGroupInviteCode(sc.sessionId, sc.groupId))
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        ok(ctx.sdk.isWasendError(err), `expected a WasendError, got ${String(err)}`);
        await expectRequests(sc, 0);
      }),
  },
  {
    name: 'input · unsendable headers (non-Latin-1 value, bad name, newline) · a WasendError, never a TypeError',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const attempts: Array<() => Promise<unknown>> = [
          async () =>
            clientFor(ctx, sc, { headers: { 'x-note': 'ключ' } }).getGroupInviteCode(
              sc.sessionId,
              sc.groupId,
            ),
          async () =>
            clientFor(ctx, sc, { headers: { 'bad header name': 'x' } }).getGroupInviteCode(
              sc.sessionId,
              sc.groupId,
            ),
          async () =>
            clientFor(ctx, sc).getGroupInviteCode(sc.sessionId, sc.groupId, { headers: { 'x-bad': 'a\nb' } }),
        ];
        for (const [i, attempt] of attempts.entries()) {
          const err = await attempt().then(
            () => undefined,
            (e: unknown) => e,
          );
          ok(ctx.sdk.isWasendError(err), `attempt ${i}: expected a WasendError, got ${String(err)}`);
        }
        await expectRequests(sc, 0);
      }),
  },
  {
    name: 'input · malformed baseUrl · WasendArgumentError (at construction or on the call)',
    run: async (ctx) => {
      for (const baseUrl of ['not a url', 'ftp://example.com', '://x']) {
        await rejectsWith(ctx.sdk.WasendArgumentError, async () => {
          const client = new ctx.sdk.WasendClient({ apiKey: 'test-key', baseUrl });
          await client.getGroupInviteCode('default', 'g@g.us');
        });
      }
    },
  },
  {
    name: 'input · methods never throw synchronously, even on bad input · they reject',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const client = clientFor(ctx, sc) as unknown as Record<
          keyof SuiteClient,
          (...a: unknown[]) => unknown
        >;
        const calls: Array<() => unknown> = [
          () => client.getGroupInviteCode(42, null),
          () => client.getGroupInviteLink(),
          () => client.revokeGroupInviteCode('', ''),
          () => client.getGroupJoinInfo(sc.sessionId, 7),
          () => client.joinGroup(sc.sessionId, { nope: true }),
          () => client.request(null),
        ];
        for (const call of calls) {
          let result: unknown;
          try {
            result = call();
          } catch (err) {
            throw new Error(`threw synchronously: ${String(err)}`);
          }
          ok(
            result instanceof Promise || typeof (result as Promise<unknown>)?.then === 'function',
            'a promise',
          );
          const err = await (result as Promise<unknown>).then(
            () => undefined,
            (e: unknown) => e,
          );
          ok(
            err instanceof ctx.sdk.WasendArgumentError,
            `rejected with WasendArgumentError, got ${String(err)}`,
          );
        }
        await expectRequests(sc, 0);
      }),
  },
  {
    name: 'input · baseUrl with a trailing slash · no double slash on the wire',
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const client = clientFor(ctx, sc, { baseUrl: `${sc.baseUrl}/` });
        equal(await client.getGroupInviteCode(sc.sessionId, sc.groupId), sc.inviteCode);
        const [req] = await expectRequests(sc, 1);
        equal(req?.path, `/${sc.sessionId}/groups/${encodeURIComponent(sc.groupId)}/invite-code`);
      }),
  },
];
