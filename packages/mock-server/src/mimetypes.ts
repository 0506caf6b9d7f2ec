// Media types as the mock fills them in: the given one, else from a `data:` URI, else from the
// URL's extension, else WAHA's default for the kind of message (docs/contract.md, "Messages").
import type { MessageType } from './chatTypes';

type MediaType = Exclude<MessageType, 'text'>;

const DEFAULTS: Record<MediaType, string> = {
  image: 'image/jpeg',
  document: 'application/octet-stream',
  voice: 'audio/ogg; codecs=opus',
  video: 'video/mp4',
};

const BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  zip: 'application/zip',
  mp4: 'video/mp4',
  '3gp': 'video/3gpp',
  ogg: 'audio/ogg; codecs=opus',
  opus: 'audio/ogg; codecs=opus',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
};

/** `type/subtype` with optional parameters. */
export function isMimetype(value: unknown): value is string {
  return typeof value === 'string' && /^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(value);
}

export function mimetypeFor(
  type: MediaType,
  source: { given?: unknown; url?: string | undefined; data?: string | undefined },
): string {
  if (isMimetype(source.given)) return source.given;
  const fromData = source.data === undefined ? undefined : /^data:([^;,]+)/.exec(source.data)?.[1];
  if (fromData !== undefined) return fromData;
  const extension = source.url === undefined ? undefined : extensionOf(source.url);
  return (extension === undefined ? undefined : BY_EXTENSION[extension]) ?? DEFAULTS[type];
}

/** The last path segment of a URL, or null. */
export function filenameOf(url: string): string | null {
  try {
    const name = new URL(url).pathname.split('/').at(-1) ?? '';
    return name === '' ? null : decodeURIComponent(name);
  } catch {
    return null;
  }
}

function extensionOf(url: string): string | undefined {
  const name = filenameOf(url);
  const dot = name?.lastIndexOf('.') ?? -1;
  return name === null || dot === -1 ? undefined : name.slice(dot + 1).toLowerCase();
}

/** Where the mock "stores" media sent as base64 (or seeded without a URL). */
export function mockMediaUrl(keyId: string): string {
  return `https://mmg.whatsapp.net/v/mock/${keyId}`;
}
