// The Messages area's inputs (docs/contract.md, "Messages"): each send checked, its media read, and
// turned into the body both sides read: the service's fields and the engine's (`to` and `chatId`,
// `replyTo` and `reply_to`, the flat media fields and `file`).
import * as z from 'zod/mini';
import { isRecord } from '../http/body';
import { toBase64 } from './bytes';
import {
  base64,
  boolean,
  httpUrl,
  integer,
  isHttpUrl,
  messageId,
  mimetype,
  recipient,
  strictSessionId,
  text,
} from './primitives';

/** What a media send takes as `data`: base64, a `data:` URI, or the bytes themselves. */
export type MediaData = string | Blob | Uint8Array | ArrayBuffer;

/** The fields every send has: the session, the recipient, what it replies to. */
export interface SendBase {
  session: string;
  /** A phone number (`+49 170 1234567`) or a JID (`…@c.us`, `…@g.us`, `…@lid`, `…@newsletter`). */
  to: string;
  /** The id of the message this one answers. */
  replyTo?: string;
}

export interface SendTextInput extends SendBase {
  text: string;
}

/** Media by URL, or as data: base64, a `data:` URI, a Blob or File (its type and name are used), or bytes. */
export interface MediaInput extends SendBase {
  url?: string;
  data?: MediaData;
  mimetype?: string;
  caption?: string;
  /** Taken from a File, or from the URL's last segment, when left out; its extension gives the type. */
  fileName?: string;
}

/** A document: its name is required (given, from a File, or from the URL). */
export interface SendFileInput extends MediaInput {
  /** The official spelling of `mimetype`. */
  mimeType?: string;
}

export interface SendVoiceInput extends MediaInput {
  /** Seconds. */
  duration?: number;
  /** Let the engine convert the audio to a voice note's format. */
  convert?: boolean;
}

export interface SendVideoInput extends MediaInput {
  /** A round video note. */
  asNote?: boolean;
  convert?: boolean;
}

export interface SendLinkPreviewInput extends SendBase {
  /** Must contain the link; the first http(s) URL in it is the link unless `preview.url` says. */
  text: string;
  preview: { title: string; description?: string; thumbnailUrl?: string; url?: string };
}

export interface SeenInput {
  session: string;
  to: string;
  messageId: string;
}

export interface ReactionInput {
  session: string;
  messageId: string;
  /** An emoji; '' removes the reaction. */
  reaction: string;
}

export interface TypingInput {
  session: string;
  to: string;
}

/** The service's unified send: text, or one media URL (with text as its caption). */
export interface SendInput extends SendBase {
  text?: string;
  imageUrl?: string;
  videoUrl?: string;
  documentUrl?: string;
  audioUrl?: string;
  mimetype?: string;
  filename?: string;
  preview?: Record<string, string>;
}

/**
 * `sendMessage`'s options, under the official client's names: typing lasts 50 ms per character,
 * between the two durations; `messageId` is marked seen first unless `sendSeen` is false.
 * Numbers, or the official client's strings (`'3000'`, `'false'`).
 */
export interface SendMessageOptions {
  /** ms, default 3000. */
  minTypingDuration?: number | string;
  /** ms, default 8000. */
  maxTypingDuration?: number | string;
  /** Default true; `'false'` (a string) means false too, unlike the official client. */
  sendSeen?: boolean | 'true' | 'false';
  /** The message being answered, marked seen first. */
  messageId?: string;
}

// ── the two call forms ──────────────────────────────────────────────────────────────────────────

/** `(body, options?)` as the official client takes it, or `(sessionId, body, options?)`. */
export const sendArgs = (args: unknown[]): [Record<string, unknown>, unknown] =>
  typeof args[0] === 'string'
    ? [{ ...(isRecord(args[1]) ? args[1] : { body: args[1] }), session: args[0] }, args[2]]
    : [isRecord(args[0]) ? args[0] : { body: args[0] }, args[1]];

// ── media ───────────────────────────────────────────────────────────────────────────────────────

/**
 * A Blob, File or bytes in `data` read into base64 before the check, with a Blob's type and a
 * File's name as defaults: the one step that has to wait, so it runs before the schema.
 */
export async function readMedia(input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { data } = input;
  if (data instanceof Uint8Array || data instanceof ArrayBuffer)
    return { ...input, data: toBase64(new Uint8Array(data)) };
  if (typeof Blob === 'undefined' || !(data instanceof Blob)) return input;
  const name = (data as { name?: unknown }).name;
  return {
    ...input,
    data: toBase64(new Uint8Array(await data.arrayBuffer())),
    mimetype: input.mimetype ?? input.mimeType ?? (data.type || undefined),
    fileName: input.fileName ?? (typeof name === 'string' && name !== '' ? name : undefined),
  };
}

const EXTENSIONS: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  zip: 'application/zip',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg; codecs=opus',
  opus: 'audio/ogg; codecs=opus',
  mp4: 'video/mp4',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The last path segment of a URL (its file name), if it has one. */
const fileNameOf = (url: string): string | undefined =>
  decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || undefined;

const optional = z.optional;
/** What every send starts with. */
const base = { session: strictSessionId, to: recipient, replyTo: optional(messageId) };
const caption = optional(
  z.custom<string>((v) => typeof v === 'string', { error: 'caption must be a string' }),
);

/**
 * A media send's own fields → the body both sides read. The mimetype: given, else the `data:`
 * URI's, else the file name's extension (given, or the URL's last segment), else the kind's own.
 */
const mediaBody = (kind: string, fallback: string, requireName: boolean) =>
  z.pipe(
    z
      .object(
        {
          ...base,
          url: optional(httpUrl('url')),
          data: optional(base64('data')),
          mimetype: optional(mimetype('mimetype')),
          mimeType: optional(mimetype('mimeType')),
          fileName: optional(text('fileName')),
          caption,
          duration: optional(integer('duration', 0)),
          convert: optional(boolean('convert')),
          asNote: optional(boolean('asNote')),
        },
        { error: `${kind} expects { session, to, url | data, … }` },
      )
      .check(
        z.refine((input) => (input.url === undefined) !== (input.data === undefined), {
          error: `${kind} needs exactly one of url or data`,
        }),
      ),
    z.transform((input, ctx) => {
      const { session, to, replyTo, url, data, fileName, caption: words, ...flags } = input;
      const name = fileName ?? (url ? fileNameOf(url) : undefined);
      const extension = name && /\.(\w+)$/.exec(name)?.[1]?.toLowerCase();
      const type =
        input.mimetype ??
        input.mimeType ??
        data?.mimetype ??
        (extension ? EXTENSIONS[extension] : undefined) ??
        fallback;
      if (requireName && !name) {
        ctx.issues.push({ code: 'custom', message: `${kind} needs a fileName`, input });
        return z.NEVER;
      }
      const source = url ? { url } : { data: data?.data };
      return {
        session,
        ...to,
        ...(replyTo && { replyTo, reply_to: replyTo }),
        ...source,
        ...(words !== undefined && { caption: words }),
        ...(name && { fileName: name }),
        mimetype: type,
        mimeType: type,
        ...(flags.duration !== undefined && { duration: flags.duration }),
        ...(flags.convert !== undefined && { convert: flags.convert }),
        ...(flags.asNote !== undefined && { asNote: flags.asNote }),
        file: { ...source, mimetype: type, ...(name && { filename: name }) },
      };
    }),
  );

export const sendImageBody = mediaBody('sendImage', 'image/jpeg', false);
export const sendFileBody = mediaBody('sendFile', 'application/octet-stream', true);
export const sendVoiceBody = mediaBody('sendVoice', 'audio/ogg; codecs=opus', false);
export const sendVideoBody = mediaBody('sendVideo', 'video/mp4', false);

// ── text, preview, seen, reaction, typing, the unified send ─────────────────────────────────────

/** `{ session, to, replyTo? }` → the body's shared part, both spellings. */
const addressed = ({
  session,
  to,
  replyTo,
}: {
  session: string;
  to: { to: string; chatId: string };
  replyTo?: string;
}) => ({
  session,
  ...to,
  ...(replyTo && { replyTo, reply_to: replyTo }),
});

export const sendTextBody = z.pipe(
  z.object({ ...base, text: text('text') }, { error: 'sendText expects { session, to, text }' }),
  z.transform((input) => ({ ...addressed(input), text: input.text })),
);

const FIRST_URL = /https?:\/\/[^\s<>"']+/;

export const sendLinkPreviewBody = z.pipe(
  z.object(
    {
      ...base,
      text: text('text'),
      preview: z.object(
        {
          title: text('preview.title'),
          description: caption,
          thumbnailUrl: optional(httpUrl('preview.thumbnailUrl')),
          url: optional(httpUrl('preview.url')),
        },
        { error: 'preview must be { title, description?, thumbnailUrl?, url? }' },
      ),
    },
    { error: 'sendLinkCustomPreview expects { session, to, text, preview }' },
  ),
  z.transform((input, ctx) => {
    const url = input.preview.url ?? FIRST_URL.exec(input.text)?.[0];
    if (!url || !input.text.includes(url) || !isHttpUrl(url)) {
      ctx.issues.push({ code: 'custom', message: 'text must contain the link the preview is for', input });
      return z.NEVER;
    }
    const { thumbnailUrl } = input.preview;
    return {
      ...addressed(input),
      text: input.text,
      preview: {
        ...input.preview,
        description: input.preview.description ?? '',
        url,
        ...(thumbnailUrl && { image: { url: thumbnailUrl } }),
      },
    };
  }),
);

export const seenBody = z.pipe(
  z.object(
    { session: strictSessionId, to: recipient, messageId },
    { error: 'sendSeen expects { session, to, messageId }' },
  ),
  z.transform(({ session, to, messageId: id }) => ({ session, ...to, messageId: id, messageIds: [id] })),
);

export const reactionBody = z.object(
  {
    session: strictSessionId,
    messageId,
    reaction: z.custom<string>((v) => typeof v === 'string', {
      error: "reaction must be an emoji, or '' to remove it",
    }),
  },
  { error: 'sendReaction expects { session, messageId, reaction }' },
);

export const typingBody = z.pipe(
  z.object({ session: strictSessionId, to: recipient }, { error: 'expected { session, to }' }),
  z.transform(({ session, to }) => ({ session, ...to })),
);

const MEDIA_URLS = ['imageUrl', 'videoUrl', 'documentUrl', 'audioUrl'] as const;

export const sendBody = z.pipe(
  z
    .object(
      {
        ...base,
        text: optional(text('text')),
        imageUrl: optional(httpUrl('imageUrl')),
        videoUrl: optional(httpUrl('videoUrl')),
        documentUrl: optional(httpUrl('documentUrl')),
        audioUrl: optional(httpUrl('audioUrl')),
        mimetype: optional(mimetype('mimetype')),
        filename: optional(text('filename')),
        preview: optional(
          z.custom<Record<string, string>>(
            (v) => isRecord(v) && Object.values(v).every((x) => typeof x === 'string'),
            { error: 'preview must be an object of strings' },
          ),
        ),
      },
      { error: 'send expects { session, to, text?, imageUrl? | videoUrl? | documentUrl? | audioUrl? }' },
    )
    .check(
      z.refine((input) => MEDIA_URLS.filter((name) => input[name] !== undefined).length <= 1, {
        error: 'send takes at most one of imageUrl, videoUrl, documentUrl, audioUrl',
        abort: true,
      }),
      z.refine((input) => input.text !== undefined || MEDIA_URLS.some((name) => input[name] !== undefined), {
        error: 'send needs text or a media URL',
      }),
    ),
  // The service's own route: its fields only (there is no engine alias to send).
  z.transform(({ to, ...rest }) => ({ ...rest, to: to.to })),
);

/** A duration in ms: a number or the official client's numeric string. */
const ms = (name: string) =>
  optional(
    z.pipe(
      z.custom<number | string>((v) => /^\d+$/.test(String(v)), {
        error: `${name} must be a number of ms >= 0`,
      }),
      z.transform(Number),
    ),
  );

/** `sendMessage`'s options (the official names), numbers and booleans or their strings. */
export const sendMessageOptions = z.object(
  {
    minTypingDuration: ms('minTypingDuration'),
    maxTypingDuration: ms('maxTypingDuration'),
    sendSeen: optional(
      z.pipe(
        z.custom<boolean | string>((v) => [true, false, 'true', 'false'].includes(v as never), {
          error: "sendSeen must be true or false (or 'true' / 'false')",
        }),
        z.transform((v) => v === true || v === 'true'),
      ),
    ),
    messageId: optional(messageId),
  },
  { error: 'sendMessage options must be { minTypingDuration?, maxTypingDuration?, sendSeen?, messageId? }' },
);
