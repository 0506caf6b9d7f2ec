// Property-based cases (fast-check, fixed seeds) about what a runtime can change: paths and proxy
// routes (URL parsing), normalisers over real bodies and streams, keys and headers (Headers), timers,
// the request() escape hatch. Pure link parsing is tested once, in packages/core/test.
import type { SuiteCase } from '../types.ts';
import { headerProperties } from './properties/headers.ts';
import { keyProperties } from './properties/keys.ts';
import { normaliserProperties } from './properties/normalisers.ts';
import { optionProperties } from './properties/options.ts';
import { pathProperties } from './properties/paths.ts';
import { proxyRouteProperties } from './properties/proxyRoutes.ts';
import { requestProperties } from './properties/request.ts';

export const propertyCases: SuiteCase[] = [
  ...pathProperties,
  ...proxyRouteProperties,
  ...normaliserProperties,
  ...keyProperties,
  ...headerProperties,
  ...optionProperties,
  ...requestProperties,
];
