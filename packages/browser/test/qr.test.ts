import { expect, test } from 'vitest';
import { inviteQrSvg, WasendArgumentError } from '../src/index';

const CODE = 'AbCdEfGhIjKlMnOpQrStUv';

test('a bare code and every link form give the same SVG (the canonical https link)', () => {
  const svg = inviteQrSvg(CODE);
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+">/);
  expect(svg).toMatch(/<path fill="black" d="M[\d,hvz.M-]+"\/><\/svg>$/);
  for (const form of [
    `https://chat.whatsapp.com/${CODE}`,
    `chat.whatsapp.com/invite/${CODE}/`,
    `whatsapp://chat?code=${CODE}`,
    ` ${CODE}\n`,
  ]) {
    expect(inviteQrSvg(form)).toBe(svg);
  }
});

test('anything but an invite code or link is a WasendArgumentError', () => {
  for (const bad of ['', 'https://example.com/AbCdEfGhIjKlMnOpQrStUv', 'short', '<script>', 42, null]) {
    expect(() => inviteQrSvg(bad as string)).toThrow(WasendArgumentError);
  }
});

test('options: colours (escaped by uqr), pixel size, border and ecc; bad values are argument errors', () => {
  const svg = inviteQrSvg(CODE, { whiteColor: '#fff"><x', blackColor: 'teal', pixelSize: 4, border: 0 });
  expect(svg).toContain('fill="teal"');
  expect(svg).not.toContain('"><x');
  expect(inviteQrSvg(CODE, { ecc: 'H' })).not.toBe(inviteQrSvg(CODE, { ecc: 'L' }));
  expect(() => inviteQrSvg(CODE, { ecc: 'X' as 'L' })).toThrow(WasendArgumentError);
  expect(() => inviteQrSvg(CODE, { border: -1 })).toThrow(WasendArgumentError);
  expect(() => inviteQrSvg(CODE, { pixelSize: 0 })).toThrow(WasendArgumentError);
});
