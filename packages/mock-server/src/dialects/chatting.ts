// Which Messages/Chats/Contacts renderer each dialect uses. Each family lives in its own file:
// Wasend's SDK shapes, Baileys (NOWEB), whatsmeow (GOWS) and whatsapp-web.js (WEBJS).
import type { Dialect } from '../types';
import type { ChattingRenderers } from './chatRendering';
import { baileysChatting } from './chattingBaileys';
import { gowsChatting } from './chattingGows';
import { type WasendOnlyRenderers, wasendChatting } from './chattingWasend';
import { webjsChatting } from './chattingWebjs';

const docs = wasendChatting({ wrapped: true });
const jsonString = wasendChatting({ wrapped: false });

const RENDERERS: Record<Dialect, ChattingRenderers> = {
  docs,
  'json-string': jsonString,
  waha: baileysChatting({ whatsAppNet: false }),
  noweb: baileysChatting({ whatsAppNet: true }),
  gows: gowsChatting,
  webjs: webjsChatting,
};

export function chattingRenderers(dialect: Dialect): ChattingRenderers {
  return RENDERERS[dialect];
}

/** The account and message-by-id answers; only Wasend has these routes (WAHA answers 404). */
export function wasendOnlyRenderers(dialect: 'docs' | 'json-string'): WasendOnlyRenderers {
  return dialect === 'docs' ? docs : jsonString;
}
