// Caller headers as a property: any value is refused up front (WasendArgumentError, no request) or
// reaches the server exactly, as fetch normalises it (outer HTTP whitespace trimmed), in every runtime.
import { equal, ok, show } from '../../assert.ts';
import type { SuiteCase } from '../../types.ts';
import { clientFor, withScenario } from '../support.ts';
import { checkAsync, fc, literal, settle } from './support.ts';

/** Mostly printable ASCII, with what runtimes disagree on: controls, Latin-1, beyond U+00FF. */
const value = fc.string({
  unit: fc
    .oneof(
      { arbitrary: fc.integer({ min: 0x20, max: 0x7e }), weight: 8 },
      fc.constantFrom(0x00, 0x09, 0x0a, 0x0d, 0x7f),
      fc.integer({ min: 0x80, max: 0xff }),
      fc.constantFrom(0x100, 0x20ac, 0x1f465),
    )
    .map((c) => String.fromCodePoint(c)),
  maxLength: 12,
});

export const headerProperties: SuiteCase[] = [
  {
    name: 'properties · headers · any caller header value · WasendArgumentError before sending, or on the wire exactly',
    timeoutMs: 30_000,
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const client = clientFor(ctx, sc, { maxRetries: 0 });
        const sent: string[] = [];
        await checkAsync(
          fc.asyncProperty(value, async (v) => {
            const outcome = await settle(
              () => client.getGroupInviteCode(sc.sessionId, sc.groupId, { headers: { 'x-note': v } }),
              literal(v),
            );
            if (outcome.ok) {
              sent.push(v);
              return;
            }
            ok(
              outcome.error instanceof ctx.sdk.WasendArgumentError,
              `${literal(v)}: expected the code or a WasendArgumentError, got ${show(outcome.error)}`,
            );
          }),
          0x5_5001,
          60,
        );
        ok(sent.length > 10 && sent.length < 60, `a mix of sent (${sent.length}) and refused values`);
        const log = await sc.requests();
        equal(log.length, sent.length, 'one request per accepted value, none for a refused one');
        for (const [i, v] of sent.entries()) {
          equal(
            log[i]?.headers['x-note'],
            v.replace(/^[ \t]+|[ \t]+$/g, ''),
            `x-note ${literal(v)} on the wire`,
          );
        }
      }),
  },
];
