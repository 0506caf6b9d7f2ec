// How a method loaded on first use runs: its arguments split into the input and the call's
// options, any waiting preparation (a Blob's bytes), then the one request path. Composites (several
// requests, such as sendMessage) are plain functions in the same table.
import { call, type RequestOptions } from '../callEndpoint';
import { WasendTimeoutError } from '../errors';
import type { Endpoint } from './endpoint';

// biome-ignore lint/suspicious/noExplicitAny: each entry is typed by the client's method declaration
export type Method = Endpoint<any, any> | ((client: object, ...args: any[]) => Promise<unknown>);

/** Runs `method` for `client` with the arguments the caller passed. */
export async function invoke(client: object, method: Method, args: unknown[]): Promise<unknown> {
  if (typeof method === 'function') return method(client, ...args);
  let input: Record<string, unknown> = {};
  let options: unknown;
  if (typeof method.args === 'function') [input, options] = method.args(args);
  else {
    const names = method.args ?? [];
    names.forEach((name, i) => {
      input[name] = args[i];
    });
    options = args[names.length];
  }
  if (method.prepare) input = await method.prepare(input);
  try {
    return await call(client, method, input, options as RequestOptions | undefined);
  } catch (error) {
    // Never retried, so a send that timed out may or may not have gone out: say so.
    if (method.sends && error instanceof WasendTimeoutError)
      error.message += '; the message may or may not have been sent (outcome unknown)';
    throw error;
  }
}
