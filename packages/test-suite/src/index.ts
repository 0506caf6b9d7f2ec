// @wasend/test-suite: the shared cases every runtime binds to its runner (see README.md).
import { abortCases } from './cases/aborts.ts';
import { concurrencyCases } from './cases/concurrency.ts';
import { errorCases } from './cases/errors.ts';
import { faultMatrixCases } from './cases/faultMatrix.ts';
import { groupsCases } from './cases/groups.ts';
import { inputCases } from './cases/input.ts';
import { inviteCodeCases } from './cases/inviteCode.ts';
import { joinCases } from './cases/join.ts';
import { joinInfoCases } from './cases/joinInfo.ts';
import { messagesCases } from './cases/messages.ts';
import { pathCases } from './cases/paths.ts';
import { propertyCases } from './cases/properties.ts';
import { proxyCases } from './cases/proxy.ts';
import { proxyAllowCases } from './cases/proxyAllow.ts';
import { proxyAttackCases } from './cases/proxyAttacks.ts';
import { requestCases } from './cases/request.ts';
import { retryCases } from './cases/retries.ts';
import { revokeCases } from './cases/revoke.ts';
import { secretCases } from './cases/secrets.ts';
import { sessionsCases } from './cases/sessions.ts';
import { timeoutCases } from './cases/timeouts.ts';
import { todaysEngineCases } from './cases/todaysEngine.ts';
import { transportCases } from './cases/transport.ts';
import type { SuiteCase } from './types.ts';

export const cases: SuiteCase[] = [
  ...inviteCodeCases,
  ...revokeCases,
  ...joinInfoCases,
  ...joinCases,
  ...groupsCases,
  ...sessionsCases,
  ...todaysEngineCases,
  ...messagesCases,
  ...errorCases,
  ...retryCases,
  ...pathCases,
  ...inputCases,
  ...timeoutCases,
  ...abortCases,
  ...secretCases,
  ...transportCases,
  ...requestCases,
  ...concurrencyCases,
  ...faultMatrixCases,
  ...propertyCases,
  ...proxyCases,
  ...proxyAttackCases,
  ...proxyAllowCases,
];

// Names are test ids in every runner: a duplicate would silently merge two results.
const seen = new Set<string>();
for (const c of cases) {
  if (seen.has(c.name)) throw new Error(`@wasend/test-suite: duplicate case name ${JSON.stringify(c.name)}`);
  seen.add(c.name);
}

export const caseCount: number = cases.length;

export { createMockControl } from '@wasend/mock-server/client';
export { deepEqual, equal, match, ok, rejectsWith, within } from './assert.ts';
export { type RegisterTest, registerCases } from './register.ts';
export type * from './types.ts';
