import { describe, expect, test } from 'vitest';
import { mayReadEnv, readEnv } from '../src/env.ts';
import { fakeDeno } from './fakeDeno.ts';

describe('readEnv', () => {
  test('granted: the value is read', () => {
    const deno = fakeDeno({ vars: { WASEND_API_KEY: 'k1' }, granted: 'all' });
    expect(readEnv('WASEND_API_KEY', deno)).toBe('k1');
    expect(deno.queries).toEqual(['WASEND_API_KEY']);
  });

  test('granted for that variable only (--allow-env=WASEND_API_KEY)', () => {
    const deno = fakeDeno({
      vars: { WASEND_API_KEY: 'k1', WASEND_BASE_URL: 'u' },
      granted: ['WASEND_API_KEY'],
    });
    expect(readEnv('WASEND_API_KEY', deno)).toBe('k1');
    expect(readEnv('WASEND_BASE_URL', deno)).toBeUndefined();
    expect(deno.reads).toEqual(['WASEND_API_KEY']);
  });

  for (const state of ['prompt', 'denied'] as const) {
    test(`${state}: Deno.env.get is never called (no prompt, no NotCapable)`, () => {
      const deno = fakeDeno({ vars: { WASEND_API_KEY: 'k1' }, state });
      expect(readEnv('WASEND_API_KEY', deno)).toBeUndefined();
      expect(mayReadEnv('WASEND_API_KEY', deno)).toBe(false);
      expect(deno.reads).toEqual([]);
    });
  }

  test('empty or blank counts as unset', () => {
    const deno = fakeDeno({ vars: { A: '', B: '  \n' }, granted: 'all' });
    expect(readEnv('A', deno)).toBeUndefined();
    expect(readEnv('B', deno)).toBeUndefined();
  });

  test('no Deno, no permission API, or a throwing one: nothing is read', () => {
    expect(readEnv('WASEND_API_KEY', undefined)).toBeUndefined();
    const reads: string[] = [];
    const env = {
      get: (name: string) => {
        reads.push(name);
        return 'x';
      },
    };
    expect(readEnv('WASEND_API_KEY', { env })).toBeUndefined();
    expect(readEnv('WASEND_API_KEY', { env, permissions: {} })).toBeUndefined();
    const throwing = {
      querySync: () => {
        throw new Error('unsupported');
      },
    };
    expect(readEnv('WASEND_API_KEY', { env, permissions: throwing })).toBeUndefined();
    expect(reads).toEqual([]);
  });

  test('Deno.env.get throwing despite the grant: treated as unset', () => {
    const deno = fakeDeno({ granted: 'all' });
    const env = {
      get: () => {
        throw new Error('NotCapable');
      },
    };
    expect(readEnv('WASEND_API_KEY', { ...deno, env })).toBeUndefined();
  });
});
