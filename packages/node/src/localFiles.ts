// Media from a local file, for `@wasend/node` only: a send's `path` read into `data`, its name as
// `fileName` unless given. Everything else (base64, type, both field spellings) is core's.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { WasendArgumentError } from '@wasend/core';

/** A media send's request may name a local file instead of `url` or `data`. */
export interface LocalFile {
  /** A file on this machine; read when the call is made. */
  path?: string;
}

/** The sends that take media. */
export const MEDIA_SENDS = ['sendImage', 'sendFile', 'sendVoice', 'sendVideo'] as const;

/**
 * The arguments with the request's `path` (if any) read into `data`, in either call form:
 * `(request, options?)` or `(sessionId, request, options?)`.
 */
export async function readLocalFile(args: unknown[]): Promise<unknown[]> {
  const at = typeof args[0] === 'string' ? 1 : 0;
  const request = args[at];
  if (typeof request !== 'object' || request === null || !('path' in request)) return args;
  const { path, ...rest } = request as Record<string, unknown> & { path: unknown };
  if (typeof path !== 'string' || path === '') return args;
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(path));
  } catch (cause) {
    // Bad input like any other: a typed error before anything is sent.
    const code = (cause as { code?: string }).code ?? 'unreadable';
    throw new WasendArgumentError(`path ${JSON.stringify(path)} could not be read (${code})`, { cause });
  }
  const copy = [...args];
  copy[at] = { ...rest, data, fileName: rest.fileName ?? basename(path) };
  return copy;
}
