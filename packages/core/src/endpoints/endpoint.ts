// What an endpoint is, as data: one entry per endpoint, turned into a wire request by `toCall`.
// The client sends through these entries and the proxy forwards only what they describe.
import type * as z from 'zod/mini';
import type { Reader } from '../http/answer';
import type { RetryClass } from '../http/retryPolicy';
import { encodePathSegment } from '../path';

export interface Endpoint<Input extends Record<string, unknown>, Result> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A template: each `{name}` is filled with `input[name]`, percent-encoded as one segment. */
  path: string;
  /** The method's arguments as one object: checked (and normalised) before anything is sent. */
  input: z.ZodMiniType<Input>;
  /**
   * The input fields sent as query parameters, by name (nothing else ever goes into the query); an
   * undefined one is left out, a list repeats its name.
   */
  query?: readonly (keyof Input & string)[];
  /** The JSON body, from the checked input and the client's settings. */
  body?: (input: Input, settings: EndpointSettings) => unknown;
  /** Reads a 2xx answer in every dialect into the one result. */
  answer: Reader<Result>;
  /** How it may be retried (see retryPolicy.ts). */
  retry: RetryClass;
  /**
   * The method's positional arguments, by input name (the call's options follow them), or a
   * function that splits them into the input and the options (a method with two call forms).
   */
  args?: readonly string[] | ((args: unknown[]) => [Record<string, unknown>, unknown]);
  /** Work before the check that needs to wait: reading a Blob's bytes, say. */
  prepare?: (input: Record<string, unknown>) => Promise<Record<string, unknown>>;
  /** A send: a timeout leaves its outcome unknown, and the error says so. */
  sends?: boolean;
  /** An `Accept` of its own (the QR endpoint answers JSON only for exactly `application/json`). */
  accept?: string;
}

/** What a body may depend on beyond the input: the client's own settings. */
export interface EndpointSettings {
  participantsFormat: 'strings' | 'objects';
}

/** A path template split once into its literal parts and the input names between them. */
const templates = new Map<string, string[]>();
export const templateParts = (template: string): string[] => {
  let parts = templates.get(template);
  if (!parts) {
    // Odd parts are input names (split keeps the captured group), even parts literal text.
    parts = template.split(/\{(\w+)\}/);
    templates.set(template, parts);
  }
  return parts;
};

/** The endpoint's path for a checked input, each id percent-encoded as one segment. */
export function pathOf(
  endpoint: Endpoint<Record<string, unknown>, unknown>,
  input: Record<string, unknown>,
): string {
  const parts = templateParts(endpoint.path);
  let path = '';
  for (let i = 0; i < parts.length; i++)
    path += i % 2 ? encodePathSegment(input[parts[i] as string] as string) : parts[i];
  return path;
}

/** The endpoint's query string for a checked input ('?' included), or '' without one. */
export function searchOf(
  endpoint: Endpoint<Record<string, unknown>, unknown>,
  input: Record<string, unknown>,
): string {
  if (!endpoint.query) return '';
  const query = new URLSearchParams();
  for (const name of endpoint.query)
    for (const value of [input[name]].flat()) if (value !== undefined) query.append(name, String(value));
  const search = `${query}`;
  return search && `?${search}`;
}

/** The endpoint's wire request for a checked input: encoded path, query string, JSON text. */
export function toCall<Input extends Record<string, unknown>>(
  endpoint: Endpoint<Input, unknown>,
  input: Input,
  settings: EndpointSettings,
): { method: string; path: string; search: string; body: string | undefined } {
  const entry = endpoint as unknown as Endpoint<Record<string, unknown>, unknown>;
  const body = endpoint.body?.(input, settings);
  return {
    method: endpoint.method,
    path: pathOf(entry, input),
    search: searchOf(entry, input),
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}
