// Fault matrix (issue 4): every client method × every fault the mock can stage.
import type { SuiteCase } from '../types.ts';

export const faultMatrixCases: SuiteCase[] = [];
