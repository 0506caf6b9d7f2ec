// Which requests the proxy forwards: the four invite endpoints, each with its own method, and ids
// the client itself could have sent.
import { encodePathSegment } from '../path';

// Matched against the raw (still encoded) path after the prefix.
const ROUTES: [method: string, path: RegExp][] = [
  ['GET', /^\/([^/]+)\/groups\/([^/]+)\/invite-code$/],
  ['POST', /^\/([^/]+)\/groups\/([^/]+)\/invite-code\/revoke$/],
  ['GET', /^\/([^/]+)\/groups\/join-info$/],
  ['POST', /^\/([^/]+)\/groups\/join$/],
];

export type Route = { path: string } | 'not-found' | 'bad-segment';

/** The upstream path for `request` under `prefix`, or why there is none. */
export function route(request: Request, url: URL, prefix: string): Route {
  const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : undefined;
  const match =
    path === undefined ? undefined : ROUTES.find(([m, p]) => m === request.method && p.test(path));
  if (!match || path === undefined) return 'not-found';
  try {
    // Each id must be one the client itself could have sent (decodable, not '', '.', '..').
    for (const segment of match[1].exec(path)?.slice(1) ?? []) encodePathSegment(decodeURIComponent(segment));
  } catch {
    return 'bad-segment';
  }
  return { path };
}
