import { describe, expect, test } from 'vitest';
import { buildInviteLink, parseInviteCode, WasendArgumentError } from '../src/index';

const C = 'AbCdEfGhIjKlMnOpQrStUv';

describe('parseInviteCode', () => {
  test.each([
    [C],
    [`https://chat.whatsapp.com/${C}`],
    [`http://chat.whatsapp.com/${C}`],
    [`chat.whatsapp.com/${C}`],
    [`https://chat.whatsapp.com/invite/${C}`],
    [`https://chat.whatsapp.com/${C}/`],
    [`https://chat.whatsapp.com/${C}?mode=r_c`],
    [`https://chat.whatsapp.com/${C}?mode=ems_copy_t`],
    [`https://chat.whatsapp.com/${C}#fragment`],
    [`https://chat.whatsapp.com/${C}/?mode=r_c#x`],
    [`HTTPS://CHAT.WHATSAPP.COM/${C}`],
    [`  https://chat.whatsapp.com/${C}\n`],
    [`\t${C} `],
    [`whatsapp://chat?code=${C}`],
    [`whatsapp://chat?foo=1&code=${C}`],
  ])('%j → the bare code', (input) => {
    expect(parseInviteCode(input)).toBe(C);
  });

  test.each([['AbCdEfGh'], ['A'.repeat(64)], ['abc_DEF-123456'], ['1234567890123456']])(
    'accepts the code %s (8–64 of [A-Za-z0-9_-])',
    (code) => {
      expect(parseInviteCode(code)).toBe(code);
      expect(parseInviteCode(`https://chat.whatsapp.com/${code}`)).toBe(code);
    },
  );

  test.each([
    [''],
    ['   '],
    ['short'],
    ['A'.repeat(65)],
    ['has space inside'],
    ['https://evil.example/AbCdEfGhIjKl'],
    ['https://chat.whatsapp.com/'],
    ['https://chat.whatsapp.com/abc/def'],
    ['https://chat.whatsapp.com.evil.example/AbCdEfGhIjKl'],
    ['whatsapp://chat?code='],
    [`ftp://chat.whatsapp.com/${C}`],
    ['a!b@c#d$e%'],
  ])('rejects %j', (input) => {
    expect(() => parseInviteCode(input)).toThrow(WasendArgumentError);
  });

  test('rejects non-strings with WasendArgumentError, not a TypeError', () => {
    expect(() => parseInviteCode(undefined as unknown as string)).toThrow(WasendArgumentError);
    expect(() => parseInviteCode(12345678 as unknown as string)).toThrow(WasendArgumentError);
  });
});

describe('buildInviteLink', () => {
  test('is exactly https://chat.whatsapp.com/<code>', () => {
    expect(buildInviteLink(C)).toBe(`https://chat.whatsapp.com/${C}`);
    expect(buildInviteLink('abc_DEF-1')).toBe('https://chat.whatsapp.com/abc_DEF-1');
  });

  test.each([
    [`https://chat.whatsapp.com/${C}`],
    [''],
    ['short'],
    ['Ab12Cd3'],
    ['x'.repeat(65)],
    ['abc!defgh'],
    ['has space in'],
    ['a/b/c/d/e'],
    [null],
  ])('takes a bare code only: %j is a WasendArgumentError', (input) => {
    expect(() => buildInviteLink(input as string)).toThrow(WasendArgumentError);
  });

  test('round-trips with parseInviteCode', () => {
    expect(parseInviteCode(buildInviteLink(C))).toBe(C);
  });
});
