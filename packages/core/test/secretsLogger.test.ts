// The logger (packages/core/README.md: debug for each attempt, warn for each failure and retry), also for failures
// that end an attempt without an answer or come from an unusable answer, and never with the key.
import { expect, test } from 'vitest';
import { WasendAbortError, WasendResponseError } from '../src/index';
import { clientWith, json, KEY, rejection, text } from './helpers';

function recorder() {
  const lines: { level: 'debug' | 'warn'; message: string; meta: unknown }[] = [];
  const logger = {
    debug: (message: string, meta?: unknown) => void lines.push({ level: 'debug', message, meta }),
    warn: (message: string, meta?: unknown) => void lines.push({ level: 'warn', message, meta }),
  };
  const levels = () => lines.map((l) => l.level);
  const all = () => lines.map((l) => `${l.message} ${JSON.stringify(l.meta)}`).join('\n');
  return { logger, levels, all };
}

test('an answer over 1 MiB: a debug line for the attempt, then a warn; no key', async () => {
  const { logger, levels, all } = recorder();
  const { client } = clientWith([text(200, `${KEY} ${'a'.repeat(1024 * 1024)}`)], { logger });
  expect(await rejection(client.getGroupInviteCode('s', 'g@g.us'))).toBeInstanceOf(WasendResponseError);
  expect(levels()).toEqual(['debug', 'warn']);
  expect(all()).toMatch(/GET \/s\/groups\/g%40g\.us\/invite-code WasendResponseError \d+ms/);
  expect(all()).not.toContain(KEY);
});

test('an unusable 2xx (normaliser failure): the attempt is debug-logged and the failure warned; no key', async () => {
  const { logger, levels, all } = recorder();
  const { client } = clientWith([json(200, { token: KEY })], { logger });
  expect(await rejection(client.getGroupInviteCode('s', 'g@g.us'))).toBeInstanceOf(WasendResponseError);
  expect(levels()).toEqual(['debug', 'warn']);
  expect(all()).toMatch(/failed: 200 response holds no invite code/);
  expect(all()).not.toContain(KEY);
});

test('a caller abort during an attempt: debug for the attempt, warn for the failure', async () => {
  const { logger, levels } = recorder();
  const controller = new AbortController();
  const hang = (call: { signal: AbortSignal | undefined }) =>
    new Promise<Response>((_, reject) =>
      call.signal?.addEventListener('abort', () => reject(new Error('x'))),
    );
  const { client } = clientWith([hang], { logger });
  const pending = client.getGroupInviteCode('s', 'g@g.us', { signal: controller.signal });
  setTimeout(() => controller.abort(), 10);
  expect(await rejection(pending)).toBeInstanceOf(WasendAbortError);
  expect(levels()).toEqual(['debug', 'warn']);
});

test('a logger that throws on the normaliser failure does not change the error', async () => {
  const logger = {
    warn: () => {
      throw new Error('logger down');
    },
  };
  const { client } = clientWith([json(200, { nothing: true })], { logger });
  expect(await rejection(client.getGroupInviteCode('s', 'g@g.us'))).toBeInstanceOf(WasendResponseError);
});
