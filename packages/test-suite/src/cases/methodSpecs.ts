// One method of an API area, described once, becomes its shared cases: the happy path in each
// dialect (the result, the state after, the one request it sends), its input rules (a
// WasendArgumentError naming the rule, nothing sent) and its retry class under a 503.
import { equal, ok, rejectsWith } from '../assert.ts';
import type {
  Dialect,
  RequestOptions,
  Scenario,
  ScenarioInit,
  SuiteCase,
  SuiteClient,
  SuiteContext,
} from '../types.ts';
import { expectRequests, onlyRequest, withScenario } from './support.ts';

export interface MethodSpec {
  name: string;
  /** The one request it sends: its method and path (encoded, as the mock logs it). */
  wire: [string, (sc: Scenario) => string | Promise<string>];
  /** The happy call; `o` (per-call options) goes last, as every method takes it. */
  call(client: SuiteClient, sc: Scenario, o?: RequestOptions): Promise<unknown>;
  /** What the result and the scenario's state must be afterwards. */
  check(result: unknown, sc: Scenario, dialect: Dialect): Promise<void> | void;
  /** A: reads, retried by default; B: idempotent changes, retried only when asked; C: never. */
  retry: 'A' | 'B' | 'C';
  /** A call with bad input, and the words its WasendArgumentError must hold. */
  bad: [(client: SuiteClient, sc: Scenario) => Promise<unknown>, RegExp];
  /** Where the method exists, when not everywhere the area runs (the hosted service's own routes). */
  dialects?: Dialect[];
}

export interface AreaSetup<Spec extends MethodSpec> {
  dialects: Dialect[];
  /** The scenario a spec's cases run in. */
  scenario(dialect: Dialect, spec: Spec): ScenarioInit;
  /** The client for that scenario (a WAHA engine wants `{ id }` participant lists, say). */
  client(ctx: SuiteContext, sc: Scenario, dialect: Dialect): SuiteClient;
}

const RETRY_RULES = {
  A: 'a 503 is retried by default',
  B: 'a 503 is retried only when the call passes maxRetries',
  C: 'sent once even with maxRetries: 3',
};

export function methodCases<Spec extends MethodSpec>(specs: Spec[], setup: AreaSetup<Spec>): SuiteCase[] {
  const happyPaths = specs.flatMap((spec) =>
    (spec.dialects ?? setup.dialects).map(
      (dialect): SuiteCase => ({
        name: `${spec.name} · ${dialect} dialect · the result, the state after, one ${spec.wire[0]} to its path`,
        run: (ctx) =>
          withScenario(ctx, setup.scenario(dialect, spec), async (sc) => {
            const result = await spec.call(setup.client(ctx, sc, dialect), sc);
            await spec.check(result, sc, dialect);
            const req = onlyRequest(await expectRequests(sc, 1));
            equal(`${req.method} ${req.path}`, `${spec.wire[0]} ${await spec.wire[1](sc)}`);
          }),
      }),
    ),
  );

  const inputRules = specs.map(
    (spec): SuiteCase => ({
      name: `${spec.name} · bad input · WasendArgumentError naming the rule, nothing sent`,
      run: (ctx) =>
        withScenario(ctx, setup.scenario('docs', spec), async (sc) => {
          await rejectsWith(
            ctx.sdk.WasendArgumentError,
            spec.bad[0](setup.client(ctx, sc, 'docs'), sc),
            (err) => {
              ok(
                spec.bad[1].test(err.message),
                `message ${JSON.stringify(err.message)} matches ${spec.bad[1]}`,
              );
            },
          );
          await expectRequests(sc, 0);
        }),
    }),
  );

  const retryClasses = specs.map(
    (spec): SuiteCase => ({
      name: `${spec.name} · class ${spec.retry} · ${RETRY_RULES[spec.retry]}`,
      run: (ctx) =>
        withScenario(ctx, setup.scenario('docs', spec), async (sc) => {
          const busy = () =>
            sc.addFaults([
              { match: { method: spec.wire[0] }, times: 1, respond: { status: 503, body: 'busy' } },
            ]);
          const c = setup.client(ctx, sc, 'docs');
          await busy();
          if (spec.retry === 'A') {
            await spec.call(c, sc);
            await expectRequests(sc, 2, 'the 503, then the retry');
          } else if (spec.retry === 'B') {
            await rejectsWith(ctx.sdk.InternalServerError, spec.call(c, sc));
            await expectRequests(sc, 1, 'not retried by default');
            await busy();
            await spec.call(c, sc, { maxRetries: 1 });
            await expectRequests(sc, 3, 'the 503, then the retry the call asked for');
          } else {
            await rejectsWith(ctx.sdk.InternalServerError, spec.call(c, sc, { maxRetries: 3 }));
            await expectRequests(sc, 1, 'one attempt');
          }
        }),
    }),
  );

  return [...happyPaths, ...inputRules, ...retryClasses];
}
