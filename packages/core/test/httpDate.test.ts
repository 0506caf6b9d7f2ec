// HTTP dates and Retry-After, as the fault matrix (issue 4) found them misread: each case pinned here.
import { describe, expect, it } from 'vitest';
import { parseHttpDate } from '../src/http/httpDate';
import { serverDelayMs } from '../src/http/serverDelay';

const NOW = Date.parse('2026-11-26T08:00:00Z');

describe('Retry-After garbage is no date (engines’ Date.parse reads a year out of it)', () => {
  it.each([
    'soon, maybe 2099',
    'after 2099 maybe',
    'later 5',
    'abc 2030',
    '1 Jan',
    'tomorrow 3',
    'Wed, 21 Oct 2015',
    '2026-11-26T08:00:10Z',
  ])('%j → undefined, so the backoff applies', (garbage) => {
    expect(parseHttpDate(garbage, NOW)).toBeUndefined();
    expect(serverDelayMs({ 'retry-after': garbage }, NOW)).toBeUndefined();
  });
});

describe('parseHttpDate: the three forms of RFC 9110 §5.6.7', () => {
  const instant = Date.UTC(1994, 10, 6, 8, 49, 37);
  it('IMF-fixdate, as toUTCString writes it', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT', NOW)).toBe(instant);
    expect(parseHttpDate(new Date(NOW + 7000).toUTCString(), NOW)).toBe(NOW + 7000);
  });
  it('obsolete RFC 850, two-digit year: more than 50 years ahead is the previous century', () => {
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', NOW)).toBe(instant);
    expect(parseHttpDate('Thursday, 26-Nov-26 08:00:05 GMT', NOW)).toBe(NOW + 5000);
  });
  it('obsolete asctime, read as UTC whatever the local zone', () => {
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994', NOW)).toBe(instant);
  });
  it('out-of-range fields are refused', () => {
    expect(parseHttpDate('Sun, 06 Foo 1994 08:49:37 GMT', NOW)).toBeUndefined();
    expect(parseHttpDate('Sun, 06 Nov 1994 24:49:37 GMT', NOW)).toBeUndefined();
    expect(parseHttpDate('Sun, 00 Nov 1994 08:49:37 GMT', NOW)).toBeUndefined();
  });
  it('a real date still drives serverDelayMs', () => {
    expect(serverDelayMs({ 'retry-after': 'Thu, 26 Nov 2026 08:00:02 GMT' }, NOW)).toBe(2000);
  });
});
