// Client options as properties: any timeout the options allow (a finite number >= 1 s here) is honoured;
// one past what a timer holds (2^31 − 1 ms) must not overflow into an instant timeout.
import { equal, ok, show } from '../../assert.ts';
import type { SuiteCase } from '../../types.ts';
import { checkAsync, fc, settle } from './support.ts';

const CODE = 'AbCdEfGhIjKlMnOpQrStUv';

const timeout = fc.oneof(
  fc.integer({ min: 1000, max: 2 ** 31 - 1 }),
  fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ min: 1000, max: 1e300, noNaN: true, noDefaultInfinity: true }),
);

export const optionProperties: SuiteCase[] = [
  {
    name: 'properties · options · any timeout from 1 s to 1e300 ms · a reply after 20 ms is read, never an instant WasendTimeoutError',
    timeoutMs: 30_000,
    run: async (ctx) => {
      // Answers after 20 ms, by itself: no network.
      const slow = (async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return new Response(JSON.stringify(CODE), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }) as typeof fetch;
      await checkAsync(
        fc.asyncProperty(timeout, async (ms) => {
          const client = new ctx.sdk.WasendClient({
            apiKey: 'sk_prop_options_0123456789',
            baseUrl: 'http://api.example.test',
            fetch: slow,
            timeout: ms,
            maxRetries: 0,
          });
          const outcome = await settle(() => client.getGroupInviteCode('default', '1@g.us'), `timeout ${ms}`);
          ok(outcome.ok, `timeout ${ms}: expected the code, got ${show(outcome.ok || outcome.error)}`);
          equal(outcome.value, CODE);
        }),
        0x7_7001,
        25,
      );
    },
  },
];
