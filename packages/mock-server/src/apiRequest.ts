// The parts of an API request the endpoints read, and small readers for its body and query.

export interface ApiRequest {
  method: string;
  /** Raw path after any scenario prefix, still percent-encoded. */
  path: string;
  /** Decoded; a repeated key keeps its last value (the request log's form). */
  query: Record<string, string>;
  /** The query string as it came, without `?` (repeated keys such as `exclude`). */
  rawQuery: string;
  headers: Headers;
  body: string | null;
}

/** The body as JSON, or undefined when it is empty or not JSON. */
export function jsonBody(request: ApiRequest): unknown {
  if (request.body === null) return undefined;
  try {
    return JSON.parse(request.body) as unknown;
  } catch {
    return undefined;
  }
}

/** The body's top-level object ({} for anything else), as Express hands it to a handler. */
export function bodyObject(request: ApiRequest): Record<string, unknown> {
  const body = jsonBody(request);
  return isRecord(body) ? body : {};
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every value of a query key, also in axios' `key[]=` spelling. */
export function queryAll(request: ApiRequest, key: string): string[] {
  const params = new URLSearchParams(request.rawQuery);
  return [...params.getAll(key), ...params.getAll(`${key}[]`)];
}

/** The query as Express parses it: a repeated key becomes an array (echoed in the 500 envelope). */
export function expressQuery(request: ApiRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(request.rawQuery)) {
    const had = out[key];
    out[key] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  return out;
}

/** WAHA's BooleanString: `true/True/1` and `false/False/0`; undefined when absent, null when invalid. */
export function booleanQuery(request: ApiRequest, key: string): boolean | undefined | null {
  const value = request.query[key];
  if (value === undefined) return undefined;
  if (['true', 'True', '1'].includes(value)) return true;
  if (['false', 'False', '0'].includes(value)) return false;
  return null;
}
