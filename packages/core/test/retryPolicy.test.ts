import { describe, expect, test } from 'vitest';
import { backoffMs, isRetriedMethod, isRetriedStatus } from '../src/http/retryPolicy';
import { serverDelayMs } from '../src/http/serverDelay';
import { clientWith, json } from './helpers';

const NOW = Date.parse('2026-11-26T08:00:00Z');

describe('serverDelayMs', () => {
  test('retry-after-ms wins over Retry-After', () => {
    expect(serverDelayMs({ 'retry-after-ms': '250', 'retry-after': '9' }, NOW)).toBe(250);
  });
  test('Retry-After in seconds', () => {
    expect(serverDelayMs({ 'retry-after': '3' }, NOW)).toBe(3000);
    expect(serverDelayMs({ 'retry-after': '0' }, NOW)).toBe(0);
    expect(serverDelayMs({ 'retry-after': '1.5' }, NOW)).toBe(1500);
  });
  test('Retry-After as an HTTP date', () => {
    expect(serverDelayMs({ 'retry-after': new Date(NOW + 7000).toUTCString() }, NOW)).toBe(7000);
  });
  test('a past date means now', () => {
    expect(serverDelayMs({ 'retry-after': new Date(NOW - 60_000).toUTCString() }, NOW)).toBe(0);
  });
  test('above 60 s is reported as is (the caller decides not to wait)', () => {
    expect(serverDelayMs({ 'retry-after': '120' }, NOW)).toBe(120_000);
    expect(serverDelayMs({ 'retry-after-ms': '60001' }, NOW)).toBe(60_001);
  });
  test('absent or garbage → undefined', () => {
    expect(serverDelayMs({}, NOW)).toBeUndefined();
    expect(serverDelayMs({ 'retry-after': 'soon' }, NOW)).toBeUndefined();
    expect(serverDelayMs({ 'retry-after': '-5' }, NOW)).toBeUndefined();
    expect(serverDelayMs({ 'retry-after-ms': 'abc' }, NOW)).toBeUndefined();
    expect(serverDelayMs({ 'retry-after-ms': 'abc', 'retry-after': '2' }, NOW)).toBe(2000);
  });
});

describe('backoffMs', () => {
  test('retry k waits 50–100 % of initialMs · 2^(k−1)', () => {
    for (const [k, base] of [
      [1, 500],
      [2, 1000],
      [3, 2000],
      [4, 4000],
    ] as const) {
      expect(backoffMs(k, {}, () => 0)).toBe(base / 2);
      expect(backoffMs(k, {}, () => 0.999999)).toBe(base);
      for (let i = 0; i < 50; i++) {
        const delay = backoffMs(k);
        expect(delay).toBeGreaterThanOrEqual(base / 2);
        expect(delay).toBeLessThanOrEqual(base);
      }
    }
  });
  test('capped at maxMs', () => {
    expect(backoffMs(10, { initialMs: 500, maxMs: 8000 }, () => 0.999999)).toBe(8000);
    expect(backoffMs(10, { initialMs: 500, maxMs: 8000 }, () => 0)).toBe(4000);
    expect(backoffMs(3, { initialMs: 10, maxMs: 15 }, () => 0.999999)).toBe(15);
  });
  test('custom initialMs', () => {
    expect(backoffMs(1, { initialMs: 10 }, () => 0.999999)).toBe(10);
    expect(backoffMs(2, { initialMs: 10 }, () => 0)).toBe(10);
  });
});

test('retried statuses and methods', () => {
  for (const status of [408, 425, 429, 500, 502, 503, 504]) expect(isRetriedStatus(status)).toBe(true);
  for (const status of [200, 400, 401, 403, 404, 409, 410, 422, 501, 505])
    expect(isRetriedStatus(status)).toBe(false);
  expect(isRetriedMethod('GET')).toBe(true);
  expect(isRetriedMethod('POST')).toBe(false);
});

describe("an engine's own error is not retried", () => {
  test('a 500 with an exception body is not retried; a bare 500 is', async () => {
    const engine = clientWith([
      json(500, { statusCode: 500, exception: { message: 'item-not-found' } }),
      json(200, []),
    ]);
    await expect(engine.client.getGroups('s')).rejects.toMatchObject({ status: 500 });
    expect(engine.calls).toHaveLength(1);
    const outage = clientWith([json(500, { message: 'oops' }), json(200, [])]);
    await expect(outage.client.getGroups('s')).resolves.toEqual([]);
    expect(outage.calls).toHaveLength(2);
  });
});
