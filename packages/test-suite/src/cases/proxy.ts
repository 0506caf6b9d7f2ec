// The key-holding proxy (@wasend/core/proxy) in every runtime.
import type { SuiteCase } from '../types.ts';

export const proxyCases: SuiteCase[] = [];
