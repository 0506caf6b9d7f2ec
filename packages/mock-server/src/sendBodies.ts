// Reading a send's body into the message it adds (docs/contract.md, "Messages"): text, media
// (Wasend's `url`/`data`, WAHA's `file`), the custom link preview (WAHA validates it, 400) and
// Wasend's unified `/send`.
import { type ApiContext, isEngineDialect, isHttpUrl, type Read } from './apiContext';
import { bodyObject, isRecord } from './apiRequest';
import type { NewMessage } from './chatModel';
import type { LinkPreview, MessageMedia, MessageType } from './chatTypes';
import { readChat, readReplyTo, readText } from './messageBodies';
import { newKeyId } from './messageIds';
import { filenameOf, isMimetype, mimetypeFor, mockMediaUrl } from './mimetypes';
import type { EndpointName } from './types';

export interface SendInput {
  chatId: string;
  message: NewMessage;
}

type MediaType = Exclude<MessageType, 'text'>;

const MEDIA_OF: Partial<Record<EndpointName, MediaType>> = {
  sendImage: 'image',
  sendFile: 'document',
  sendVoice: 'voice',
  sendVideo: 'video',
};

/** `/send`'s media keys. */
const UNIFIED_MEDIA: Record<string, MediaType> = {
  imageUrl: 'image',
  videoUrl: 'video',
  documentUrl: 'document',
  audioUrl: 'voice',
};

export function readSend(ctx: ApiContext, name: EndpointName): Read<SendInput> {
  const body = bodyObject(ctx.request);
  if (name === 'sendLinkCustomPreview' && isEngineDialect(ctx.state.dialect)) {
    const invalid = wahaPreviewError(body);
    if (invalid !== undefined) return { fail: ctx.errors.error(400, invalid) };
  }
  const chat = readChat(ctx, body);
  if ('fail' in chat) return chat;
  const replyTo = readReplyTo(ctx, body);
  if ('fail' in replyTo) return replyTo;
  const message =
    name === 'sendText'
      ? readTextMessage(ctx, body)
      : name === 'sendLinkCustomPreview'
        ? readPreviewMessage(ctx, body)
        : name === 'send'
          ? readUnified(ctx, body)
          : readMedia(ctx, body, MEDIA_OF[name] ?? 'document');
  if ('fail' in message) return message;
  return { ok: { chatId: chat.ok, message: { ...message.ok, replyTo: replyTo.ok } } };
}

type Content = Read<Omit<NewMessage, 'replyTo'>>;

function readTextMessage(ctx: ApiContext, body: Record<string, unknown>): Content {
  const text = readText(ctx, body);
  if ('fail' in text) return text;
  return { ok: { type: 'text', body: text.ok, media: null, preview: null } };
}

/** Media sent as data gets a URL of its own; the type falls back as mimetypes.ts says. */
function media(
  type: MediaType,
  source: { url?: string; data?: string; mimetype?: unknown; filename?: unknown },
) {
  const given = typeof source.filename === 'string' && source.filename !== '' ? source.filename : undefined;
  const result: MessageMedia = {
    url: source.url ?? mockMediaUrl(newKeyId()),
    mimetype: mimetypeFor(type, { given: source.mimetype, url: source.url, data: source.data }),
    filename: given ?? (type === 'document' && source.url !== undefined ? filenameOf(source.url) : null),
  };
  return result;
}

function readMedia(ctx: ApiContext, body: Record<string, unknown>, type: MediaType): Content {
  const { errors, request } = ctx;
  const caption = type === 'voice' || typeof body.caption !== 'string' ? '' : body.caption;
  if (isEngineDialect(ctx.state.dialect)) {
    const file = body.file;
    if (!isRecord(file)) {
      return {
        fail: errors.engineError(request, "Cannot read properties of undefined (reading 'url')", 'TypeError'),
      };
    }
    const url = typeof file.url === 'string' && file.url !== '' ? file.url : undefined;
    const data = typeof file.data === 'string' && file.data !== '' ? file.data : undefined;
    if (url === undefined && data === undefined) {
      return { fail: errors.engineError(request, 'Either file.url or file.data must be provided') };
    }
    const m = media(type, { url, data, mimetype: file.mimetype, filename: file.filename });
    return { ok: { type, body: caption, media: m, preview: null } };
  }
  const bad = (message: string): Content => ({ fail: errors.error(400, message) });
  if (body.url !== undefined && body.data !== undefined) return bad('give either url or data, not both');
  if (body.url !== undefined && !isHttpUrl(body.url)) return bad('url must be an http(s) URL');
  const url = body.url as string | undefined;
  const data = typeof body.data === 'string' && body.data.trim() !== '' ? body.data : undefined;
  if (url === undefined && data === undefined) return bad('url or data is required');
  if (body.caption !== undefined && typeof body.caption !== 'string') return bad('caption must be a string');
  const mimetype = body.mimeType ?? body.mimetype;
  if (mimetype !== undefined && !isMimetype(mimetype)) return bad('mimeType must be a MIME type');
  if (type === 'image' && typeof mimetype === 'string' && !mimetype.startsWith('image/')) {
    return bad('mimeType must be an image type');
  }
  if (type === 'document') {
    if (typeof body.fileName !== 'string' || body.fileName.trim() === '') {
      return bad('fileName must be a non-empty string');
    }
    if (mimetype === undefined) return bad('mimeType must be a MIME type');
  }
  const m = media(type, { url, data, mimetype, filename: body.fileName });
  return { ok: { type, body: caption, media: m, preview: null } };
}

/** The first http(s) URL in a text. */
function firstUrl(text: string): string | null {
  return /https?:\/\/[^\s]+/.exec(text)?.[0] ?? null;
}

/** WAHA's `WAHAValidationPipe` on the link preview: the first refusal, or undefined. */
function wahaPreviewError(body: Record<string, unknown>): string | undefined {
  if (typeof body.chatId !== 'string') return 'chatId must be a string';
  if (typeof body.text !== 'string') return 'text must be a string';
  const preview = body.preview;
  if (!isRecord(preview)) return 'preview must be an object';
  if (!isHttpUrl(preview.url)) return 'preview.url must be a URL address';
  if (typeof preview.title !== 'string') return 'preview.title must be a string';
  if (typeof preview.description !== 'string') return 'preview.description must be a string';
  return undefined;
}

/** Wasend: `preview: {title, description?, thumbnailUrl?, url?}`; WAHA: `{url, title, description, image?: {url}}`. */
function readPreviewMessage(ctx: ApiContext, body: Record<string, unknown>): Content {
  const { errors, request } = ctx;
  const preview = (isRecord(body.preview) ? body.preview : {}) as Record<string, unknown>;
  if (isEngineDialect(ctx.state.dialect)) {
    const text = body.text as string;
    const url = preview.url as string;
    // The controller checks this itself and throws a plain Error.
    if (!text.includes(url))
      return { fail: errors.engineError(request, 'The text must include the preview.url') };
    const image = isRecord(preview.image) && isHttpUrl(preview.image.url) ? preview.image.url : null;
    const linkPreview: LinkPreview = {
      url,
      title: preview.title as string,
      description: preview.description as string,
      thumbnailUrl: image,
    };
    return { ok: { type: 'text', body: text, media: null, preview: linkPreview } };
  }
  const text = readText(ctx, body);
  if ('fail' in text) return text;
  const bad = (message: string): Content => ({ fail: errors.error(400, message) });
  if (!isRecord(body.preview)) return bad('preview must be an object');
  if (typeof preview.title !== 'string' || preview.title.trim() === '') {
    return bad('preview.title must be a non-empty string');
  }
  if (preview.description !== undefined && typeof preview.description !== 'string') {
    return bad('preview.description must be a string');
  }
  for (const key of ['thumbnailUrl', 'url']) {
    if (preview[key] !== undefined && !isHttpUrl(preview[key]))
      return bad(`preview.${key} must be an http(s) URL`);
  }
  const linkPreview: LinkPreview = {
    url: (preview.url as string | undefined) ?? firstUrl(text.ok),
    title: preview.title,
    description: (preview.description as string | undefined) ?? '',
    thumbnailUrl: (preview.thumbnailUrl as string | undefined) ?? null,
  };
  return { ok: { type: 'text', body: text.ok, media: null, preview: linkPreview } };
}

/** Wasend's `/send`: `text` and/or one of `imageUrl`, `videoUrl`, `documentUrl`, `audioUrl`. */
function readUnified(ctx: ApiContext, body: Record<string, unknown>): Content {
  const bad = (message: string): Content => ({ fail: ctx.errors.error(400, message) });
  if (body.text !== undefined && typeof body.text !== 'string') return bad('text must be a string');
  const keys = Object.keys(UNIFIED_MEDIA).filter((key) => body[key] !== undefined);
  if (keys.length > 1) return bad(`give at most one of ${Object.keys(UNIFIED_MEDIA).join(', ')}`);
  const key = keys[0];
  if (key !== undefined && !isHttpUrl(body[key])) return bad(`${key} must be an http(s) URL`);
  const text = (body.text as string | undefined) ?? '';
  if (key === undefined && text.trim() === '') return bad('text or a media URL is required');
  if (body.mimetype !== undefined && !isMimetype(body.mimetype)) return bad('mimetype must be a MIME type');
  if (body.filename !== undefined && typeof body.filename !== 'string')
    return bad('filename must be a string');
  const p = body.preview;
  if (p !== undefined && (!isRecord(p) || Object.values(p).some((v) => typeof v !== 'string'))) {
    return bad('preview must be an object of strings');
  }
  const preview: LinkPreview | null =
    isRecord(p) && typeof p.title === 'string'
      ? {
          url: (p.url as string | undefined) ?? firstUrl(text),
          title: p.title,
          description: (p.description as string | undefined) ?? '',
          thumbnailUrl: (p.thumbnailUrl as string | undefined) ?? null,
        }
      : null;
  if (key === undefined) return { ok: { type: 'text', body: text, media: null, preview } };
  const type = UNIFIED_MEDIA[key] as MediaType;
  const m = media(type, { url: body[key] as string, mimetype: body.mimetype, filename: body.filename });
  return { ok: { type, body: text, media: m, preview } };
}
