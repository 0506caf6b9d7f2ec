import { renderUnicodeCompact } from 'uqr';

/** The invite link as a terminal QR code (two modules per character row, so it stays small). */
export function renderQr(link: string): string {
  return renderUnicodeCompact(link, { border: 2 });
}
