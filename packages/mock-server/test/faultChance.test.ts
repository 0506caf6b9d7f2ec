import { describe, expect, test } from 'vitest';
import { takeFault } from '../src/faults';
import type { Fault } from '../src/index';
import { createScenario as createScenarioState } from '../src/state';
import { auth, call, createScenario, enc, fixedInit, GROUP, useServer } from './helpers';

const ctx = useServer();

/** A scenario state holding `faults`, for calling takeFault directly. */
const stateWith = (faults: Fault[]) => createScenarioState('sc_test', { faults }).state;

/** A `random` that returns the given values in turn. */
function scripted(...values: number[]): () => number {
  return () => {
    const next = values.shift();
    if (next === undefined) throw new Error('random called more often than scripted');
    return next;
  };
}

describe('fault chance', () => {
  test('a request wins the roll when random() < chance; a miss spends no use and tries the next fault', () => {
    const state = stateWith([
      { times: 1, chance: 0.25, respond: { status: 503 } },
      { chance: 0.5, respond: { status: 500 } },
    ]);
    // 0.3 misses the first (0.25), 0.4 wins the second (0.5).
    expect(takeFault(state, 'GET', '/x', scripted(0.3, 0.4))?.respond).toEqual({ status: 500 });
    expect(state.faults.map((f) => [f.remaining, f.hits])).toEqual([
      [1, 0],
      [null, 1],
    ]);
    // Both miss: no fault, nothing spent.
    expect(takeFault(state, 'GET', '/x', scripted(0.25, 0.5))).toBeUndefined();
    // The first wins and is used up; from then on only the second rolls.
    expect(takeFault(state, 'GET', '/x', scripted(0.1))?.respond).toEqual({ status: 503 });
    expect(takeFault(state, 'GET', '/x', scripted(0.1))?.respond).toEqual({ status: 500 });
    expect(state.faults.map((f) => [f.remaining, f.hits])).toEqual([
      [0, 1],
      [null, 2],
    ]);
  });

  test('no roll for a request the fault does not match, nor for a fault without chance', () => {
    const state = stateWith([
      { match: { method: 'POST' }, chance: 0.5, respond: { status: 418 } },
      { respond: { status: 502 } },
    ]);
    // An empty script throws if random() is called at all.
    expect(takeFault(state, 'GET', '/x', scripted())?.respond).toEqual({ status: 502 });
  });

  test('over the server: chance 0 never applies, chance 1 always; hits count the applications', async () => {
    const { id, baseUrl } = await createScenario(
      ctx.server,
      fixedInit('docs', {
        faults: [
          { chance: 0, respond: { status: 500 } },
          { times: 2, chance: 1, respond: { status: 503 } },
        ],
      }),
    );
    const url = `${baseUrl}/s1/groups/${enc(GROUP)}/invite-code`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(url, { headers: auth() })).status);
    expect(statuses).toEqual([503, 503, 200]);
    const state = await (await fetch(`${ctx.server.url}/__mock/scenarios/${id}`)).json();
    expect(state.faults.map((f: { hits: number }) => f.hits)).toEqual([0, 2]);
  });

  test('chance 0.5 applies to roughly half of many requests (Math.random by default)', () => {
    const state = stateWith([{ chance: 0.5, respond: { status: 503 } }]);
    let hits = 0;
    for (let i = 0; i < 4000; i++) if (takeFault(state, 'GET', '/x')) hits++;
    // Binomial(4000, 0.5): sd ≈ 32, so these bounds are > 9 sd away.
    expect(hits).toBeGreaterThan(1700);
    expect(hits).toBeLessThan(2300);
    expect(state.faults[0]?.hits).toBe(hits);
  });

  test('a chance outside 0–1 or not a number is a 400 naming the field', async () => {
    for (const chance of [-0.1, 1.5, '0.5', null]) {
      const res = await call(`${ctx.server.url}/__mock/scenarios`, {
        method: 'POST',
        body: JSON.stringify({ faults: [{ chance, respond: { status: 503 } }] }),
      });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).error).toBe('faults[0].chance must be a number from 0 to 1');
    }
  });
});
