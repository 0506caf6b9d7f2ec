// Codes on the wire as a property (docs/contract.md §3, §4): whatever link form a caller passes, the
// engine receives the bare code, in the join-info query and in the join body.
import { deepEqual, equal, ok, show } from '../../assert.ts';
import type { SuiteCase } from '../../types.ts';
import { clientFor, withScenario } from '../support.ts';
import { anyLinkOf } from './inviteLinks.ts';
import { checkAsync, code, fc, literal, settle } from './support.ts';

const codeAndLink = code.chain((c) => fc.tuple(fc.constant(c), anyLinkOf(c)));

export const wireCodeProperties: SuiteCase[] = [
  {
    name: 'properties · wire codes · any link form to getGroupJoinInfo and joinGroup · the bare code in the query and the body',
    timeoutMs: 30_000,
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const client = clientFor(ctx, sc, { maxRetries: 0 });
        const codes: string[] = [];
        await checkAsync(
          fc.asyncProperty(codeAndLink, async ([c, link]) => {
            codes.push(c);
            // Unknown codes: the mock answers 404 (a WasendAPIError); what was sent is checked below.
            for (const outcome of [
              await settle(() => client.getGroupJoinInfo(sc.sessionId, link), `join info ${literal(link)}`),
              await settle(
                () => client.joinGroup(sc.sessionId, { inviteLink: link }),
                `join ${literal(link)}`,
              ),
            ]) {
              ok(
                outcome.ok || outcome.error instanceof ctx.sdk.WasendAPIError,
                `${literal(link)}: sent, then the server's answer, got ${show(outcome.ok || outcome.error)}`,
              );
            }
          }),
          0x6_6001,
          30,
        );
        const log = await sc.requests();
        equal(log.length, codes.length * 2, 'two requests per link');
        for (const [i, c] of codes.entries()) {
          const [info, join] = [log[2 * i], log[2 * i + 1]];
          equal(info?.query.code, c, `join-info query for code ${c}`);
          deepEqual(JSON.parse(join?.body ?? 'null'), { code: c, inviteCode: c }, `join body for code ${c}`);
        }
      }),
  },
];
