import { expect, test } from 'vitest';
import { encodePathSegment, WasendArgumentError } from '../src/index';
import { isIdSegment } from '../src/path';

test.each([
  ['123@g.us', '123%40g.us'],
  ['491701234567-1550606659@g.us', '491701234567-1550606659%40g.us'],
  ['a/b', 'a%2Fb'],
  ['a?b#c', 'a%3Fb%23c'],
  ['../x', '..%2Fx'],
  ['...', '...'],
  ['%2e', '%252e'],
  ['ü €', '%C3%BC%20%E2%82%AC'],
  ['😀', '%F0%9F%98%80'],
  ['%', '%25'],
  ['a b', 'a%20b'],
  ['.x', '.x'],
])('encodes %j as %j', (value, encoded) => {
  expect(encodePathSegment(value)).toBe(encoded);
});

test.each([[''], ['.'], ['..'], ['\uD800'], ['a\uDC00b'], ['\uDBFFx']])('rejects %j', (value) => {
  expect(() => encodePathSegment(value)).toThrow(WasendArgumentError);
});

test.each([[undefined], [null], [123], [{}]])('rejects the non-string %j', (value) => {
  expect(() => encodePathSegment(value as string)).toThrow(WasendArgumentError);
});

// Ids (session, group, chat, message): one segment even after a hop that decodes the path.
test.each([
  ['default'],
  ['120363025988123456@g.us'],
  ['491701234567-1550606659@g.us'],
  ['my session'],
  ['grüppe'],
  ['..x'],
  ['a&b=c+d'],
])('id %j is accepted', (id) => {
  expect(isIdSegment(id)).toBe(true);
});

test.each([
  [''],
  ['.'],
  ['..'],
  ['a/b'],
  ['a\\b'],
  ['a?b'],
  ['a#b'],
  ['a;b'],
  ['100%'],
  ['..%2Fx'],
  ['a\u0000b'],
  ['a\nb'],
  ['a\u007fb'],
  ['a\u0085b'],
  ['a\uD800b'],
  [42],
])('id %j is refused', (id) => {
  expect(isIdSegment(id)).toBe(false);
});
