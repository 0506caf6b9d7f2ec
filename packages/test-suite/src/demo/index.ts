export { demoCaseCount, demoCases } from './cases.ts';
export type { DemoCase, DemoContext } from './types.ts';
