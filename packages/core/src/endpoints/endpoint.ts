// What an endpoint is, as data: one entry per endpoint, turned into a call by `toCall`.
import type * as z from 'zod/mini';
import type { RetryClass } from '../http/retryPolicy';
import { encodePathSegment } from '../path';
import type { Reader } from '../schemas/answer';

export interface Endpoint<Input extends Record<string, unknown>, Result> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A template: each `{name}` is filled with `input[name]`, percent-encoded as one segment. */
  path: string;
  /** The method's arguments as one object: checked (and normalised) before anything is sent. */
  input: z.ZodMiniType<Input>;
  /** The query parameters, from the checked input. */
  query?: (input: Input) => Record<string, string>;
  /** The JSON body, from the checked input. */
  body?: (input: Input) => unknown;
  /** Reads a 2xx answer in every dialect into the one result. */
  answer: Reader<Result>;
  /** How it may be retried (see retryPolicy.ts). */
  retry: RetryClass;
}

/** A path template split once into its literal parts and the input names between them. */
const templates = new Map<string, string[]>();
const partsOf = (template: string): string[] => {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templates.set(template, parts);
  }
  return parts;
};

/** The endpoint's wire request for a checked input: encoded path, query string, JSON text. */
export function toCall<Input extends Record<string, unknown>>(
  endpoint: Endpoint<Input, unknown>,
  input: Input,
): { method: string; path: string; search: string; body: string | undefined } {
  const parts = partsOf(endpoint.path);
  // Odd parts are input names (split keeps the captured group), even parts literal text.
  let path = '';
  for (let i = 0; i < parts.length; i++)
    path += i % 2 ? encodePathSegment(input[parts[i] as string] as string) : parts[i];
  const query = endpoint.query?.(input);
  const body = endpoint.body?.(input);
  return {
    method: endpoint.method,
    path,
    search: query ? `?${new URLSearchParams(query)}` : '',
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}
