// The exported helpers: parseInviteCode, buildInviteLink, encodePathSegment, isWasendError.
import { equal, ok, rejectsWith } from '../assert.ts';
import type { SuiteCase } from '../types.ts';
import { clientFor, withScenario } from './support.ts';

const C = 'AbCdEfGhIjKlMnOpQrStUv';

export const helperCases: SuiteCase[] = [
  {
    name: 'helpers · parseInviteCode · every link form of docs/contract.md reduces to the bare code',
    run: async ({ sdk }) => {
      const forms = [
        C,
        `https://chat.whatsapp.com/${C}`,
        `http://chat.whatsapp.com/${C}`,
        `chat.whatsapp.com/${C}`,
        `https://chat.whatsapp.com/invite/${C}`,
        `https://chat.whatsapp.com/${C}/`,
        `https://chat.whatsapp.com/${C}?mode=r_c`,
        `https://chat.whatsapp.com/${C}?mode=ems_copy_t`,
        `https://chat.whatsapp.com/${C}#fragment`,
        `  https://chat.whatsapp.com/${C}\n`,
        `whatsapp://chat?code=${C}`,
      ];
      for (const form of forms)
        equal(sdk.parseInviteCode(form), C, `parseInviteCode(${JSON.stringify(form)})`);
    },
  },
  {
    name: 'helpers · parseInviteCode · 8–64 chars of [A-Za-z0-9_-] accepted, not only 22',
    run: async ({ sdk }) => {
      for (const code of ['Ab12Cd34', 'Ab-cd_EF12345678', 'x'.repeat(64), 'AbCdEfGhIjKlMnOpQrStUvW']) {
        equal(sdk.parseInviteCode(code), code);
        equal(sdk.parseInviteCode(`https://chat.whatsapp.com/${code}`), code);
      }
    },
  },
  {
    name: 'helpers · parseInviteCode · no code inside · WasendArgumentError',
    run: async ({ sdk }) => {
      for (const bad of [
        '',
        '   ',
        'https://chat.whatsapp.com/',
        'abc',
        'x'.repeat(65),
        'has spaces in it',
        'a!b@c#d$e%',
      ]) {
        await rejectsWith(sdk.WasendArgumentError, () => sdk.parseInviteCode(bad));
      }
    },
  },
  {
    name: 'helpers · parseInviteCode · a code on another host or path is not an invite link',
    run: async ({ sdk }) => {
      for (const bad of [
        `https://example.com/${C}`,
        `https://chat.whatsapp.com.evil.example/${C}`,
        `https://chat.whatsapp.com/${C}/extra`,
      ]) {
        await rejectsWith(sdk.WasendArgumentError, () => sdk.parseInviteCode(bad));
      }
    },
  },
  {
    name: 'helpers · buildInviteLink · exactly https://chat.whatsapp.com/<code>; a link is refused',
    run: async ({ sdk }) => {
      equal(sdk.buildInviteLink(C), `https://chat.whatsapp.com/${C}`);
      equal(sdk.buildInviteLink('Ab-cd_EF12345678'), 'https://chat.whatsapp.com/Ab-cd_EF12345678');
      await rejectsWith(sdk.WasendArgumentError, () => sdk.buildInviteLink(`https://chat.whatsapp.com/${C}`));
      await rejectsWith(sdk.WasendArgumentError, () => sdk.buildInviteLink(''));
      for (const bad of ['Ab12Cd3', 'x'.repeat(65), 'abc!defgh', 'has space in']) {
        await rejectsWith(sdk.WasendArgumentError, () => sdk.buildInviteLink(bad));
      }
    },
  },
  {
    name: 'helpers · encodePathSegment · equals encodeURIComponent; refuses "", ".", "..", lone surrogates',
    run: async ({ sdk }) => {
      for (const v of ['a/b', '../x', '?', '#', '%', 'a b', 'grüppe', '👥', '123@g.us', '...', '.x']) {
        equal(sdk.encodePathSegment(v), encodeURIComponent(v), `encodePathSegment(${JSON.stringify(v)})`);
      }
      for (const bad of ['', '.', '..', '\uD800', 'x\uDFFF']) {
        await rejectsWith(sdk.WasendArgumentError, () => sdk.encodePathSegment(bad));
      }
    },
  },
  {
    name: 'helpers · isWasendError · true for SDK errors of every branch, false for others',
    run: (ctx) =>
      withScenario(ctx, { faults: [{ respond: { status: 404, body: { error: 'nope' } } }] }, async (sc) => {
        const { sdk } = ctx;
        const client = clientFor(ctx, sc, { maxRetries: 0 });
        const apiErr = await client.getGroupInviteCode(sc.sessionId, sc.groupId).catch((e: unknown) => e);
        const argErr = await client.getGroupInviteCode('', sc.groupId).catch((e: unknown) => e);
        let syncErr: unknown;
        try {
          sdk.parseInviteCode('');
        } catch (e) {
          syncErr = e;
        }
        for (const e of [apiErr, argErr, syncErr]) {
          ok(sdk.isWasendError(e), `isWasendError(${String(e)})`);
          ok(e instanceof sdk.WasendError, 'instanceof WasendError');
          equal((e as Error).name, (e as Error).constructor.name, 'name is the class name');
        }
        for (const other of [new Error('x'), new TypeError('x'), null, undefined, 'WasendError', 42, {}]) {
          equal(sdk.isWasendError(other), false, `isWasendError(${String(other)})`);
        }
      }),
  },
];
