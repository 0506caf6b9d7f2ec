// parseInviteCode / buildInviteLink as properties (fast-check, fixed seeds): round-trips, every link
// form of docs/contract.md ("Invite codes and links"), any string; and the bare code on the wire.
// Pure functions: tested once, here (the runtimes add nothing: regexes, URLSearchParams, JSON).
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buildInviteLink, parseInviteCode, WasendArgumentError } from '../src/index';
import { clientWith, json } from './helpers';

const CODE = /^[A-Za-z0-9_-]{8,64}$/;
const LINK_PREFIX = 'https://chat.whatsapp.com/';
const code = fc.stringMatching(CODE);

/** Whitespace JS `trim()` removes: a link pasted from a chat, a page or a file. */
const outerSpace = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\ufeff', '\u2028', '\u3000'),
  maxLength: 3,
});

/** https://, http:// or no scheme; any letter case; /invite/; trailing '/'; ?query; #fragment. */
const webLink = (c: string) =>
  fc
    .record({
      scheme: fc.constantFrom('https://', 'http://', ''),
      host: fc.mixedCase(fc.constant('chat.whatsapp.com')),
      invite: fc.oneof(fc.constant(''), fc.mixedCase(fc.constant('invite/'))),
      slash: fc.constantFrom('', '/'),
      query: fc.option(fc.oneof(fc.constantFrom('mode=r_c', 'mode=ems_copy_t'), fc.webQueryParameters()), {
        nil: undefined,
      }),
      fragment: fc.option(fc.webFragments(), { nil: undefined }),
    })
    .map(
      (p) =>
        `${p.scheme}${p.host}/${p.invite}${c}${p.slash}` +
        `${p.query === undefined ? '' : `?${p.query}`}${p.fragment === undefined ? '' : `#${p.fragment}`}`,
    );

const param = fc
  .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[A-Za-z0-9._~%-]{0,12}$/))
  .filter(([name]) => name !== 'code')
  .map(([name, value]) => `${name}=${value}`);

/** whatsapp://chat?code=CODE, the code among other parameters, maybe a '/' and a #fragment. */
const appLink = (c: string) =>
  fc
    .record({
      scheme: fc.mixedCase(fc.constant('whatsapp://chat')),
      slash: fc.constantFrom('', '/'),
      before: fc.array(param, { maxLength: 3 }),
      after: fc.array(param, { maxLength: 3 }),
      fragment: fc.option(fc.webFragments(), { nil: undefined }),
    })
    .map(
      (p) =>
        `${p.scheme}${p.slash}?${[...p.before, `code=${c}`, ...p.after].join('&')}` +
        `${p.fragment === undefined ? '' : `#${p.fragment}`}`,
    );

const anyLinkOf = (c: string) =>
  fc
    .tuple(outerSpace, fc.oneof(fc.constant(c), webLink(c), appLink(c)), outerSpace)
    .map(([a, link, b]) => a + link + b);

/** Strings near the grammar (link prefixes around junk or near-codes) as well as any string at all. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc
    .tuple(
      fc.constantFrom(
        '',
        ' ',
        'https://chat.whatsapp.com/',
        'HTTP://CHAT.WHATSAPP.COM/invite/',
        'chat.whatsapp.com/',
        'https://chat.whatsapp.com.evil.example/',
        'https://evil.example/',
        'whatsapp://chat?code=',
        'whatsapp://chat/?x=1&code=',
        'whatsapp://chat?xcode=',
      ),
      fc.oneof(
        code,
        fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.string({
          unit: fc.constantFrom('a', '/', '?', '#', '&', '=', '%', '.', '\n', ' ', '\uD800'),
          maxLength: 12,
        }),
      ),
      fc.constantFrom('', '/', '//', '?mode=r_c', '#x', '&code=x', '/extra', ' ', '\n', '\u0000'),
    )
    .map((parts) => parts.join('')),
);

/** Runs `fn`: its code, or `undefined` for a WasendArgumentError; anything else fails. */
function codeOrArgumentError(fn: () => string): string | undefined {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WasendArgumentError);
    return undefined;
  }
}

test('every valid code round-trips through buildInviteLink and parseInviteCode', () => {
  fc.assert(
    fc.property(code, (c) => {
      expect(buildInviteLink(c)).toBe(LINK_PREFIX + c);
      expect(parseInviteCode(c)).toBe(c);
      expect(parseInviteCode(buildInviteLink(c))).toBe(c);
    }),
    { seed: 0x1_1001, numRuns: 500 },
  );
});

test('every link form and combination reduces to its code', () => {
  fc.assert(
    fc.property(
      code.chain((c) => fc.tuple(fc.constant(c), anyLinkOf(c))),
      ([c, link]) => {
        expect(parseInviteCode(link), link).toBe(c);
      },
    ),
    { seed: 0x1_1002, numRuns: 1000 },
  );
});

test('any string (full Unicode, lone surrogates, near-links): a code taken from it, or WasendArgumentError', () => {
  fc.assert(
    fc.property(anyString, (input) => {
      const parsed = codeOrArgumentError(() => parseInviteCode(input));
      if (parsed !== undefined) expect(CODE.test(parsed) && input.includes(parsed), input).toBe(true);
      // buildInviteLink takes a bare code only: exactly the trimmed codes pass.
      const bare = input.trim();
      expect(
        codeOrArgumentError(() => buildInviteLink(input)),
        input,
      ).toBe(CODE.test(bare) ? LINK_PREFIX + bare : undefined);
    }),
    { seed: 0x1_1003, numRuns: 3000 },
  );
});

test('a valid code under another host or scheme is a WasendArgumentError', () => {
  const otherAuthority = fc
    .webAuthority({ withPort: true })
    .filter((a) => !a.toLowerCase().startsWith('chat.whatsapp.com'));
  fc.assert(
    fc.property(
      fc.constantFrom('https://', 'http://', '', 'ftp://', 'whatsapp://'),
      otherAuthority,
      fc.constantFrom('', 'invite/'),
      code,
      (scheme, authority, invite, c) => {
        const link = `${scheme}${authority}/${invite}${c}`;
        expect(
          codeOrArgumentError(() => parseInviteCode(link)),
          link,
        ).toBeUndefined();
      },
    ),
    { seed: 0x1_1004, numRuns: 500 },
  );
});

test('any link form to getGroupJoinInfo and joinGroup: the bare code in the query and in the body', async () => {
  await fc.assert(
    fc.asyncProperty(
      code.chain((c) => fc.tuple(fc.constant(c), anyLinkOf(c))),
      async ([c, link]) => {
        const { client, calls } = clientWith([json(200, { id: 'g@g.us' })]);
        await client.getGroupJoinInfo('s', link);
        await client.joinGroup('s', { inviteLink: link });
        expect(new URL(calls[0]?.url ?? '').searchParams.getAll('code')).toEqual([c]);
        expect(JSON.parse(calls[1]?.body ?? 'null')).toEqual({ code: c, inviteCode: c });
      },
    ),
    { seed: 0x6_6001, numRuns: 200 },
  );
});
