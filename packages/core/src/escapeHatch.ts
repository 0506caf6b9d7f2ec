// `client.request()`: any endpoint through the same pipeline, for what the client does not wrap yet.
// Loaded on first use, with the checks of its request.
import { type Internals, internals, type RequestOptions, send } from './callEndpoint';
import type { WasendRequest } from './client';
import { check } from './schemas/check';
import { request as requestSchema } from './schemas/request';

/** Sends `request` as given: GET is retried as any read, every other method never; the parsed body comes back as it came. */
export function sendRequest(client: object, request: WasendRequest): Promise<unknown> {
  const wire = check(requestSchema, request);
  const { method: _method, path: _path, query: _query, body: _body, ...options } = request;
  return send(
    internals.get(client) as Internals,
    wire,
    wire.method === 'GET' ? 'A' : 'C',
    options as RequestOptions,
    (answer) => answer.body,
  );
}
