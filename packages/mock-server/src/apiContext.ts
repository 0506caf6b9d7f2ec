// What every endpoint handler gets: the scenario, the request, the dialect's error renderers.
import type { ApiRequest } from './apiRequest';
import type { Rendered } from './dialects/common';
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

/** A value read from a request, or the answer that refuses it. */
export type Read<T> = { ok: T } | { fail: Rendered };

/**
 * Methods the open-source `core` build lacks, 501 (docs/contract.md, "Groups": Plus only;
 * "Messages": no engine sends video, WEBJS has no custom link preview).
 */
const MISSING_IN_CORE: ReadonlySet<EndpointName> = new Set([
  'setGroupPicture',
  'deleteGroupPicture',
  'sendVideo',
]);

/** Methods the `core` build refuses with 422 "available only in Plus" (docs/contract.md, "Messages"). */
const PLUS_ONLY: ReadonlySet<EndpointName> = new Set([
  'sendImage',
  'sendFile',
  'sendVoice',
  'sendLinkCustomPreview',
]);

export function isUnimplemented(state: ScenarioState, name: EndpointName): boolean {
  if (state.unimplemented.includes(name)) return true;
  if (state.build !== 'core') return false;
  return MISSING_IN_CORE.has(name) || (name === 'sendLinkCustomPreview' && state.dialect === 'webjs');
}

/** Answered 422 in the `core` build; ask after isUnimplemented (WEBJS' link preview is a 501). */
export function isPlusOnly(state: ScenarioState, name: EndpointName): boolean {
  return state.build === 'core' && PLUS_ONLY.has(name);
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
