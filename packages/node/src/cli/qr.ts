import { renderUnicodeCompact } from 'uqr';

/** A text (an invite link, a session's QR payload) as a terminal QR code (two modules per character row, so it stays small). */
export function renderQr(text: string): string {
  return renderUnicodeCompact(text, { border: 2 });
}
