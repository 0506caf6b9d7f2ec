// Property-based cases (fast-check): invite links, paths, normalisers.
import type { SuiteCase } from '../types.ts';

export const propertyCases: SuiteCase[] = [];
