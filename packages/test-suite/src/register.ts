// Binds a list of shared cases to a runner: one test per case, then one test proving every case ran.
// A runner only has to supply its `test(name, fn, timeoutMs)`; the cases never see the runner.

export type RegisterTest = (name: string, fn: () => Promise<void>, timeoutMs?: number) => void;

interface RunnableCase<Ctx> {
  name: string;
  timeoutMs?: number;
  run(ctx: Ctx): Promise<void>;
}

/**
 * Registers each case with `test`, in order, and last a test named `countTestName` that fails unless
 * every case was executed. `ctx` is read when a case runs, so a binding may fill it in `beforeAll`.
 */
export function registerCases<Ctx>(
  test: RegisterTest,
  list: RunnableCase<Ctx>[],
  ctx: Ctx,
  countTestName: string,
  defaultTimeoutMs = 10_000,
): void {
  let executed = 0;
  for (const c of list) {
    test(
      c.name,
      async () => {
        executed++;
        await c.run(ctx);
      },
      c.timeoutMs ?? defaultTimeoutMs,
    );
  }
  // Runs last (tests in a file run in order).
  test(countTestName, async () => {
    if (executed !== list.length) throw new Error(`executed ${executed} of ${list.length} shared cases`);
  });
}
