// What every endpoint handler gets: the scenario, the request, the dialect's error renderers.
import type { ApiRequest } from './apiRequest';
import type { ErrorRenderers } from './dialects/errors';
import type { Dialect, EndpointName, ScenarioState } from './types';

export interface ApiContext {
  state: ScenarioState;
  request: ApiRequest;
  errors: ErrorRenderers;
  /** The request's time (ms), one value for every change it makes. */
  now: number;
  /** The sessions the request's key may use; undefined = every session. */
  scope: string[] | undefined;
}

/** Methods the open-source `core` build lacks (docs/contract.md, "Groups": Plus only). */
const MISSING_IN_CORE: ReadonlySet<EndpointName> = new Set(['setGroupPicture', 'deleteGroupPicture']);

export function isUnimplemented(state: ScenarioState, name: EndpointName): boolean {
  return state.unimplemented.includes(name) || (state.build === 'core' && MISSING_IN_CORE.has(name));
}

/** The WAHA engine dialects read WAHA's request bodies; `docs` and `json-string` read Wasend's. */
export function isEngineDialect(dialect: Dialect): boolean {
  return dialect !== 'docs' && dialect !== 'json-string';
}

/** An absolute http(s) URL. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
