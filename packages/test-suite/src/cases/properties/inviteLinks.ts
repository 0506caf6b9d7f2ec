// parseInviteCode / buildInviteLink as properties: round-trips, every docs/contract.md link form, any string.
import { equal, ok, show } from '../../assert.ts';
import type { SdkModule, SuiteCase } from '../../types.ts';
import { LINK_PREFIX } from '../support.ts';
import { CODE, check, code, fc, literal } from './support.ts';

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

export const anyLinkOf = (c: string) =>
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

/** Runs `fn`; anything but a return or a WasendArgumentError fails, naming the input. */
function codeOrArgumentError(sdk: SdkModule, fn: () => string, input: string): string | undefined {
  try {
    return fn();
  } catch (err) {
    const typed = err instanceof sdk.WasendArgumentError && err.name === 'WasendArgumentError';
    ok(typed, `input ${literal(input)}: expected a WasendArgumentError, got ${show(err)}`);
    return undefined;
  }
}

export const inviteLinkProperties: SuiteCase[] = [
  {
    name: 'properties · invite links · every valid code · round-trips through buildInviteLink and parseInviteCode',
    run: async ({ sdk }) => {
      check(
        fc.property(code, (c) => {
          equal(sdk.buildInviteLink(c), LINK_PREFIX + c, 'the link is exactly the prefix and the code');
          equal(sdk.parseInviteCode(c), c, 'a bare code is its own code');
          equal(sdk.parseInviteCode(sdk.buildInviteLink(c)), c, 'the built link parses back');
        }),
        0x1_1001,
        500,
      );
    },
  },
  {
    name: 'properties · invite links · every docs/contract.md link form and combination · reduces to its code',
    run: async ({ sdk }) => {
      check(
        fc.property(
          code.chain((c) => fc.tuple(fc.constant(c), anyLinkOf(c))),
          ([c, link]) => equal(sdk.parseInviteCode(link), c, `parseInviteCode(${literal(link)})`),
        ),
        0x1_1002,
        1000,
      );
    },
  },
  {
    name: 'properties · invite links · any string (full Unicode, lone surrogates, near-links) · a code taken from it or WasendArgumentError',
    run: async ({ sdk }) => {
      check(
        fc.property(anyString, (input) => {
          const parsed = codeOrArgumentError(sdk, () => sdk.parseInviteCode(input), input);
          if (parsed !== undefined) {
            ok(
              CODE.test(parsed) && input.includes(parsed),
              `parseInviteCode(${literal(input)}) = ${literal(parsed)}`,
            );
          }
          // buildInviteLink takes a bare code only: exactly the trimmed codes pass.
          const built = codeOrArgumentError(sdk, () => sdk.buildInviteLink(input), input);
          const bare = input.trim();
          equal(
            built,
            CODE.test(bare) ? LINK_PREFIX + bare : undefined,
            `buildInviteLink(${literal(input)})`,
          );
        }),
        0x1_1003,
        3000,
      );
    },
  },
  {
    name: 'properties · invite links · a valid code under another host or scheme · WasendArgumentError',
    run: async ({ sdk }) => {
      const otherAuthority = fc
        .webAuthority({ withPort: true })
        .filter((a) => !a.toLowerCase().startsWith('chat.whatsapp.com'));
      check(
        fc.property(
          fc.constantFrom('https://', 'http://', '', 'ftp://', 'whatsapp://'),
          otherAuthority,
          fc.constantFrom('', 'invite/'),
          code,
          (scheme, authority, invite, c) => {
            const link = `${scheme}${authority}/${invite}${c}`;
            const got = codeOrArgumentError(sdk, () => sdk.parseInviteCode(link), link);
            equal(got, undefined, `parseInviteCode(${literal(link)}) must refuse a foreign host`);
          },
        ),
        0x1_1004,
        500,
      );
    },
  },
];
