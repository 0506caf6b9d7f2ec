import { buildInviteLink, parseInviteCode, WasendArgumentError } from '@wasend/core';
import { renderSVG } from 'uqr';

/** How the QR code looks; every field optional. */
export interface InviteQrOptions {
  /** Error correction level, default 'M' (survives a slightly blurry phone camera). */
  ecc?: 'L' | 'M' | 'Q' | 'H';
  /** Quiet-zone width in modules, default 2. */
  border?: number;
  /** Size of one module in SVG user units, default 10 (the SVG scales: it has a viewBox). */
  pixelSize?: number;
  /** Background colour, default 'white'. */
  whiteColor?: string;
  /** Module colour, default 'black'. */
  blackColor?: string;
}

/**
 * An SVG string of a QR code for the group's invite link. Takes a bare code or any invite link form
 * (`parseInviteCode`) and always encodes the canonical `https://chat.whatsapp.com/<code>`, so a phone
 * camera opens WhatsApp. Anything else is a `WasendArgumentError`. The SVG holds only the link's
 * modules and the (escaped) colours, so it is safe to put into `innerHTML`.
 */
export function inviteQrSvg(codeOrLink: string, options: InviteQrOptions = {}): string {
  const link = buildInviteLink(parseInviteCode(codeOrLink));
  const { ecc = 'M', border = 2, pixelSize = 10, whiteColor, blackColor } = options ?? {};
  if (!['L', 'M', 'Q', 'H'].includes(ecc)) throw new WasendArgumentError("ecc must be 'L', 'M', 'Q' or 'H'");
  if (!Number.isInteger(border) || border < 0)
    throw new WasendArgumentError('border must be an integer >= 0');
  if (!(typeof pixelSize === 'number' && pixelSize > 0 && Number.isFinite(pixelSize)))
    throw new WasendArgumentError('pixelSize must be a number > 0');
  return renderSVG(link, {
    ecc,
    border,
    pixelSize,
    ...(whiteColor === undefined ? {} : { whiteColor: String(whiteColor) }),
    ...(blackColor === undefined ? {} : { blackColor: String(blackColor) }),
  });
}
