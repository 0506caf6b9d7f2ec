// Which requests the proxy forwards, and the upstream path it builds for them: only the core's own
// endpoint entries, each with its method; ids decoded, checked as the client checks them, and
// encoded again; only the query parameters the entry defines. The caller's raw path and query are
// never forwarded, so a decoding hop upstream cannot turn them into another route.

import * as z from 'zod/mini';
import { type Endpoint, pathOf, searchOf } from '../endpoints/endpoint';
import { getInviteCode, getJoinInfo, joinGroup, revokeInviteCode } from '../endpoints/invite';
import { groupId, inviteCode, sessionId } from '../schemas/invite';

type AnyEndpoint = Endpoint<Record<string, unknown>, unknown>;

/** The endpoints forwarded: the invite family. */
const PROXIED = [getInviteCode, revokeInviteCode, getJoinInfo, joinGroup] as unknown as AnyEndpoint[];

/** How each path or query parameter is checked (the client's own schemas). */
const PARAMETERS: Record<string, z.ZodMiniType<string>> = { sessionId, groupId, code: inviteCode };

export type Route = { path: string } | { status: 400 | 404; message: string };

/** The upstream path and query for a request under `prefix`, or why there is none. */
export function route(method: string, url: URL, prefix: string): Route {
  if (!url.pathname.startsWith(`${prefix}/`)) return NOT_FOUND;
  const segments = url.pathname.slice(prefix.length).split('/');
  const endpoint = PROXIED.find((e) => e.method === method && matches(e.path.split('/'), segments));
  if (!endpoint) return NOT_FOUND;

  // The raw values: each id segment decoded, then the route's own query parameters, once each.
  const raw: Record<string, string> = {};
  const ids = endpoint.path.split('/').map(idName);
  for (const [i, name] of ids.entries()) {
    if (name === undefined) continue;
    try {
      raw[name] = decodeURIComponent(segments[i] as string);
    } catch {
      return { status: 400, message: 'malformed percent-encoding in a path segment' };
    }
  }
  for (const [name, value] of url.searchParams) {
    // Anything but the route's own parameters is refused rather than dropped: it is an attack or a bug.
    if (!endpoint.query?.includes(name) || name in raw)
      return { status: 400, message: `unexpected query parameter ${JSON.stringify(name)}` };
    raw[name] = value;
  }

  // Checked as the client checks them, then encoded again by the entry.
  const input: Record<string, string> = {};
  for (const name of [...ids.filter((n) => n !== undefined), ...(endpoint.query ?? [])]) {
    const checked = z.safeParse(PARAMETERS[name] as z.ZodMiniType<string>, raw[name]);
    if (!checked.success)
      return { status: 400, message: checked.error.issues[0]?.message ?? 'bad parameter' };
    input[name] = checked.data;
  }
  return { path: pathOf(endpoint, input) + searchOf(endpoint, input) };
}

const NOT_FOUND: Route = { status: 404, message: 'not a proxied Wasend endpoint' };

/** The name of a template segment that stands for an id (`{sessionId}`), else undefined. */
const idName = (segment: string): string | undefined => /^\{(\w+)\}$/.exec(segment)?.[1];

/** Whether raw segments have the template's shape: every literal segment exactly, one non-empty segment per id. */
const matches = (template: string[], segments: string[]): boolean =>
  template.length === segments.length &&
  template.every((part, i) => (idName(part) === undefined ? part === segments[i] : segments[i] !== ''));
