// Property-based cases (fast-check, fixed seeds): invite links, paths, proxy routes, codes on the wire,
// normalisers, API keys, caller headers, timeouts, the request() escape hatch.
import type { SuiteCase } from '../types.ts';
import { headerProperties } from './properties/headers.ts';
import { inviteLinkProperties } from './properties/inviteLinks.ts';
import { keyProperties } from './properties/keys.ts';
import { normaliserProperties } from './properties/normalisers.ts';
import { optionProperties } from './properties/options.ts';
import { pathProperties } from './properties/paths.ts';
import { proxyRouteProperties } from './properties/proxyRoutes.ts';
import { requestProperties } from './properties/request.ts';
import { wireCodeProperties } from './properties/wireCodes.ts';

export const propertyCases: SuiteCase[] = [
  ...inviteLinkProperties,
  ...pathProperties,
  ...proxyRouteProperties,
  ...wireCodeProperties,
  ...normaliserProperties,
  ...keyProperties,
  ...headerProperties,
  ...optionProperties,
  ...requestProperties,
];
