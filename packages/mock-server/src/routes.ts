/** The four API endpoints, with their path parameters already decoded. */
export type Route =
  | { name: 'invite-code'; session: string; group: string }
  | { name: 'revoke'; session: string; group: string }
  | { name: 'join-info'; session: string }
  | { name: 'join'; session: string };

export type RouteMatch = { route: Route } | { error: 'not-found' | 'bad-encoding' };

/**
 * Matches on the raw (still percent-encoded) path split into segments, so an encoded `/`, `?` or
 * `#` inside an id can never change the endpoint; each parameter is decoded afterwards. A wrong
 * method on a known path is a 404, as NestJS answers.
 */
export function matchRoute(method: string, rawPath: string): RouteMatch {
  const segments = rawPath.split('/').slice(1);
  // Express (non-strict routing) ignores one trailing slash.
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  if (segments.some((s) => s === '') || segments[1] !== 'groups') return { error: 'not-found' };

  const [session, , third, fourth, fifth] = segments;
  let raw: { name: Route['name']; session: string; group?: string } | undefined;
  if (segments.length === 3 && third === 'join-info' && method === 'GET') {
    raw = { name: 'join-info', session: session as string };
  } else if (segments.length === 3 && third === 'join' && method === 'POST') {
    raw = { name: 'join', session: session as string };
  } else if (segments.length === 4 && fourth === 'invite-code' && method === 'GET') {
    raw = { name: 'invite-code', session: session as string, group: third as string };
  } else if (segments.length === 5 && fourth === 'invite-code' && fifth === 'revoke' && method === 'POST') {
    raw = { name: 'revoke', session: session as string, group: third as string };
  }
  if (!raw) return { error: 'not-found' };

  try {
    const decodedSession = decodeURIComponent(raw.session);
    if (raw.name === 'invite-code' || raw.name === 'revoke') {
      return {
        route: { name: raw.name, session: decodedSession, group: decodeURIComponent(raw.group ?? '') },
      };
    }
    return { route: { name: raw.name, session: decodedSession } };
  } catch {
    return { error: 'bad-encoding' };
  }
}
