import { WasendArgumentError } from './errors';

/** 8–64 of [A-Za-z0-9_-]: 22 alphanumerics is usual, but shorter and non-alphanumeric codes exist. */
const CODE = /^[A-Za-z0-9_-]{8,64}$/;
// https://chat.whatsapp.com/CODE, http or no scheme, /invite/CODE, trailing '/', ?query, #fragment.
const WEB_LINK = /^(?:https?:\/\/)?chat\.whatsapp\.com\/(?:invite\/)?([^/?#]+)\/?(?:[?#].*)?$/i;
// whatsapp://chat?code=CODE (code anywhere in the query).
const APP_LINK = /^whatsapp:\/\/chat\/?\?(?:[^#]*&)?code=([^&#]+)/i;

const LINK_BASE = 'https://chat.whatsapp.com/';

/** The bare code in a code or any accepted link form, or `undefined`. */
export function matchInviteCode(value: string): string | undefined {
  const text = value.trim();
  if (CODE.test(text)) return text;
  const code = (WEB_LINK.exec(text) ?? APP_LINK.exec(text))?.[1];
  return code && CODE.test(code) ? code : undefined;
}

/** Any link form of docs/contract.md (or a bare code) → the bare code; `WasendArgumentError` if none. */
export function parseInviteCode(codeOrLink: string): string {
  const code = typeof codeOrLink === 'string' ? matchInviteCode(codeOrLink) : undefined;
  if (!code) throw new WasendArgumentError('expected a WhatsApp group invite code or link');
  return code;
}

/** `https://chat.whatsapp.com/<code>`, from a bare code only (a link is a `WasendArgumentError`). */
export function buildInviteLink(code: string): string {
  const bare = typeof code === 'string' ? code.trim() : '';
  if (!CODE.test(bare))
    throw new WasendArgumentError('expected a bare invite code (8–64 of A-Z a-z 0-9 _ -)');
  return LINK_BASE + bare;
}
