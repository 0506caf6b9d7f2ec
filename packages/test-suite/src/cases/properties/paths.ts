// Path ids as a property: any session/group id is refused before sending, or lands on exactly
// /{session}/groups/{group}/invite-code with those ids decoded back from the wire.
import { equal, ok, show } from '../../assert.ts';
import type { SuiteCase } from '../../types.ts';
import { clientFor, withScenario } from '../support.ts';
import { checkAsync, encodable, fc, literal, settle } from './support.ts';

/** Ids from every corner: any code point, hostile URL characters, surrogate halves, real jids. */
const id = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({
    unit: fc.constantFrom('/', '?', '#', '%', '.', ' ', '@', '&', '=', '+', '\\', ';', 'a', 'é', '👥'),
    maxLength: 8,
  }),
  fc.string({ unit: fc.constantFrom('\uD800', '\uDC00', '\uDBFF', 'a', '.', '%'), maxLength: 4 }),
  fc.constantFrom('', '.', '..', '...', '%2e%2e', '%2F', 'a/b', '../x', 'x?y=1', 'x#y', '100%', 'a b'),
  fc.constantFrom('default', '120363025988123456@g.us', '491701234567-1550606659@g.us'),
  fc.string({ maxLength: 12 }).map((s) => `${s}@g.us`),
);

/**
 * docs/contract.md: '', '.', '..' (URL parsers collapse them), unencodable ids, and ids holding
 * / \ ? # ; % or a control character (a decoding hop would read them as path or query syntax) are refused.
 */
const sendable = (value: string) =>
  value !== '' && value !== '.' && value !== '..' && encodable(value) && !/[/\\?#;%\p{Cc}]/u.test(value);

export const pathProperties: SuiteCase[] = [
  {
    name: 'properties · paths · arbitrary session and group ids · WasendArgumentError before any request, or exactly /{s}/groups/{g}/invite-code',
    timeoutMs: 30_000,
    run: (ctx) =>
      withScenario(ctx, {}, async (sc) => {
        const client = clientFor(ctx, sc, { maxRetries: 0 });
        // Ids of every call that was sent, in order; the log is read once at the end.
        const sent: Array<[string, string]> = [];
        await checkAsync(
          fc.asyncProperty(id, id, async (session, group) => {
            const ids = `[${literal(session)}, ${literal(group)}]`;
            const outcome = await settle(() => client.getGroupInviteCode(session, group), ids);
            if (!sendable(session) || !sendable(group)) {
              const err = outcome.ok ? `the value ${show(outcome.value)}` : outcome.error;
              ok(
                err instanceof ctx.sdk.WasendArgumentError && err.name === 'WasendArgumentError',
                `${ids}: expected a WasendArgumentError, got ${show(err)}`,
              );
              return;
            }
            sent.push([session, group]);
            // The mock answers 404 for an unknown session or group: only where it landed matters.
            ok(
              outcome.ok || outcome.error instanceof ctx.sdk.WasendAPIError,
              `${ids}: expected a code or the server's answer (WasendAPIError), got ${show(outcome.ok || outcome.error)}`,
            );
          }),
          0x2_2001,
          80,
        );
        const log = await sc.requests();
        equal(log.length, sent.length, 'one request per sendable pair, none for a refused one');
        for (const [i, [session, group]] of sent.entries()) {
          const path = log[i]?.path ?? '';
          const segments = path.split('/');
          ok(
            segments.length === 5 &&
              segments[0] === '' &&
              segments[2] === 'groups' &&
              segments[4] === 'invite-code',
            `[${literal(session)}, ${literal(group)}]: landed on ${show(path)}`,
          );
          equal(decodeURIComponent(segments[1] ?? ''), session, `session decoded back from ${show(path)}`);
          equal(decodeURIComponent(segments[3] ?? ''), group, `group decoded back from ${show(path)}`);
          // A decoding hop (a gateway that decodes the whole path before routing) reads the same route.
          const hop = decodeURIComponent(path).split('/');
          ok(
            hop.length === 5 && hop[1] === session && hop[2] === 'groups' && hop[3] === group,
            `[${literal(session)}, ${literal(group)}]: after a decoding hop ${show(hop.join('/'))}`,
          );
        }
        ok(sent.length > 10 && sent.length < 80, `a mix of sent (${sent.length}) and refused pairs`);
      }),
  },
];
