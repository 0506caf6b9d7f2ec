// Which requests the proxy forwards, and the upstream path it builds for them: only the core's own
// endpoint entries (the invite family, plus the methods `allow` names), each with its method; ids
// decoded, checked as the client checks them, and encoded again; only the query parameters the
// entry defines. The caller's raw path and query are never forwarded, so a decoding hop upstream
// cannot turn them into another route.

import * as z from 'zod/mini';
import { type Endpoint, pathOf, searchOf } from '../endpoints/endpoint';
import { getInviteCode, revokeInviteCode } from '../endpoints/invite';
import { getJoinInfo, joinGroup } from '../endpoints/join';
import { endpoints } from '../endpoints/lazy';
import { isIdSegment } from '../path';
import { groupId, inviteCode, sessionId } from '../schemas/invite';

type AnyEndpoint = Endpoint<Record<string, unknown>, unknown>;

/** The endpoints always forwarded: the invite family. */
const INVITE = [getInviteCode, revokeInviteCode, getJoinInfo, joinGroup] as unknown as AnyEndpoint[];

/** The method names `allow` may list: every method the client sends as one endpoint entry (not a composite). */
export const ALLOWABLE = Object.keys(endpoints).filter((name) => typeof endpoints[name] === 'object');

/** The entries a proxy forwards: the invite family and the methods `allow` names. */
export const proxied = (allow: readonly string[]): AnyEndpoint[] => [
  ...new Set([...INVITE, ...allow.map((name) => endpoints[name] as AnyEndpoint)]),
];

/**
 * How each path or query parameter is checked: ids and the code as the client checks them; any
 * other query value passes as text (the upstream reads it as the client would have sent it).
 */
const PARAMETERS: Record<string, z.ZodMiniType<string>> = { sessionId, groupId, code: inviteCode };
const ANY_TEXT = z.custom<string>((value) => typeof value === 'string');
/** Any other path id (a chat, a message): one segment, even after a decoding hop. */
const ANY_ID = z.custom<string>(isIdSegment, {
  error: "an id must not be '', '.' or '..', nor hold / \\ ? # ; % or control characters",
});
/** The query parameters that are lists, sent as repeated names (`exclude=participants&exclude=…`, `ids=…&ids=…`). */
const LISTS = ['exclude', 'tags', 'ids'];

export type Route = { path: string } | { status: 400 | 404; message: string };

/** The upstream path and query for a request under `prefix`, or why there is none. */
export function route(method: string, url: URL, prefix: string, forwarded: AnyEndpoint[]): Route {
  if (!url.pathname.startsWith(`${prefix}/`)) return NOT_FOUND;
  const segments = url.pathname.slice(prefix.length).split('/');
  // The most literal template wins: `/groups/count` is the count, not a group named 'count'.
  const idCount = (e: AnyEndpoint) => e.path.split('{').length;
  const endpoint = forwarded
    .filter((e) => e.method === method && matches(e.path.split('/'), segments))
    .sort((a, b) => idCount(a) - idCount(b))[0];
  if (!endpoint) return NOT_FOUND;

  // The raw values: each id segment decoded, then the route's own query parameters; a list (such
  // as `exclude`) may repeat its name, nothing else may.
  const raw: Record<string, string | string[]> = {};
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
    const repeats = name in raw && !LISTS.includes(name);
    if (!endpoint.query?.includes(name) || repeats)
      return { status: 400, message: `unexpected query parameter ${JSON.stringify(name)}` };
    raw[name] = name in raw ? [raw[name] as string].flat().concat(value) : value;
  }

  // Checked as the client checks them, then encoded again by the entry.
  const input: Record<string, unknown> = {};
  for (const name of [...ids.filter((n) => n !== undefined), ...(endpoint.query ?? [])]) {
    // The ids and the code are required; any other query parameter is optional.
    if (!(name in raw) && PARAMETERS[name] === undefined) continue;
    const schema = PARAMETERS[name] ?? (ids.includes(name) ? ANY_ID : ANY_TEXT);
    const values = [raw[name]].flat();
    const checked = values.map((value) => z.safeParse(schema, value));
    const bad = checked.find((result) => !result.success);
    if (bad) return { status: 400, message: bad.error?.issues[0]?.message ?? 'bad parameter' };
    const data = checked.map((result) => result.data as string);
    input[name] = Array.isArray(raw[name]) ? data : data[0];
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
