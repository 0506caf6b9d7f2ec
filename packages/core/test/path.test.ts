import { expect, test } from 'vitest';
import { encodePathSegment, WasendArgumentError } from '../src/index';

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
])('encodes %j as %j', (value, encoded) => {
  expect(encodePathSegment(value)).toBe(encoded);
});

test.each([[''], ['.'], ['..'], ['\uD800'], ['a\uDC00b'], ['\uDBFFx']])('rejects %j', (value) => {
  expect(() => encodePathSegment(value)).toThrow(WasendArgumentError);
});

test.each([[undefined], [null], [123], [{}]])('rejects the non-string %j', (value) => {
  expect(() => encodePathSegment(value as string)).toThrow(WasendArgumentError);
});
