// The session of an endpoint whose path names none: the body's `session` (Messages) or the query's
// (Contacts), docs/contract.md "Messages", "Contacts". Wasend refuses a missing one (400); WAHA
// looks up whatever it got, so a missing one is the unknown session "undefined".
import { isEngineDialect } from './apiContext';
import { type ApiRequest, bodyObject } from './apiRequest';
import type { Rendered } from './dialects/common';
import type { ErrorRenderers } from './dialects/errors';
import type { Route } from './routes';
import { CONTACT_ENDPOINT_NAMES, type Dialect, type EndpointName, MESSAGE_ENDPOINT_NAMES } from './types';

const IN_BODY: ReadonlySet<EndpointName> = new Set(MESSAGE_ENDPOINT_NAMES);
const IN_QUERY: ReadonlySet<EndpointName> = new Set(CONTACT_ENDPOINT_NAMES);

/** Sets `route.session` from the body or query; the 400 when Wasend finds none. */
export function readRequestSession(
  dialect: Dialect,
  errors: ErrorRenderers,
  route: Route,
  request: ApiRequest,
): Rendered | undefined {
  const inBody = IN_BODY.has(route.name);
  if (!inBody && !IN_QUERY.has(route.name)) return undefined;
  const value: unknown = inBody ? bodyObject(request).session : request.query.session;
  if (typeof value === 'string' && value !== '') {
    route.session = value;
    return undefined;
  }
  if (!isEngineDialect(dialect)) return errors.error(400, 'session must be a non-empty string');
  route.session = typeof value === 'string' ? value : String(value);
  return undefined;
}
