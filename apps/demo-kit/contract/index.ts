// The demo contract's cases, beside the kit they test: each demo's test binds them to its runner
// (with registerCases from @wasend/test-suite) and runs them against itself as a real server.
export { demoCaseCount, demoCases } from './cases.ts';
export type { DemoCase, DemoContext } from './types.ts';
