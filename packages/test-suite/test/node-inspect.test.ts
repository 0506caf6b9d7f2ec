// Node only: util.inspect (what console.log and most Node loggers print) of every error the SDK can
// throw, with hidden properties and unlimited depth, never holds the key — even when the server,
// the network layer or a custom fetch echoes it. The failures are the shared secrets cases' own.
import { inspect } from 'node:util';
import * as sdk from '@wasend/node';
import { expect, inject, test } from 'vitest';
import { ESCAPED_KEYS, KEY } from '../src/cases/keyEchoes.ts';
import { KEY_FAILURES, provoke } from '../src/cases/secrets.ts';
import { createMockControl, type SuiteContext } from '../src/index.ts';

declare module 'vitest' {
  interface ProvidedContext {
    mockUrl: string;
  }
}

const ctx: SuiteContext = { mock: createMockControl(inject('mockUrl')), sdk };
const KEYS: Array<[string, string]> = [['plain key', KEY], ...ESCAPED_KEYS];

const renderings = (error: unknown): string[] => [
  inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
  inspect(error),
];

for (const failure of KEY_FAILURES) {
  test.each(KEYS)(
    `node · util.inspect · ${failure.label} · ${failure.error} (%s) never shows the key`,
    async (_, key) => {
      const { error } = await provoke(ctx, failure, key);
      expect((error as Error).name).toBe(failure.error);
      for (const text of renderings(error)) expect(text).not.toContain(key);
    },
  );
}

test('node · util.inspect · a WasendArgumentError from options holding the key never shows it', () => {
  for (const options of [
    { apiKey: `${KEY} x` },
    { apiKey: KEY, baseUrl: `https://user:${KEY}@api.example` },
    { apiKey: KEY, headers: { 'x-api-key': `${KEY}\r\nx: 1` } },
  ]) {
    let error: unknown;
    try {
      new sdk.WasendClient(options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(sdk.WasendArgumentError);
    for (const text of renderings(error)) expect(text).not.toContain(KEY);
  }
});

test('node · util.inspect · a client never shows its key', () => {
  const client = new sdk.WasendClient({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9' });
  for (const text of renderings(client)) expect(text).not.toContain(KEY);
  expect(JSON.stringify(client)).not.toContain(KEY);
});
