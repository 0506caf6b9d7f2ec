// Everything the page shows: one function per change, no framework.
import { buildInviteLink, inviteQrSvg, isWasendError } from '@wasend/browser';

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
};

export const view = {
  form: byId<HTMLFormElement>('lookup'),
  session: byId<HTMLInputElement>('session'),
  group: byId<HTMLInputElement>('group'),
  copy: byId<HTMLButtonElement>('copy'),
  revoke: byId<HTMLButtonElement>('revoke'),
};

const result = byId<HTMLElement>('result');
const code = byId<HTMLElement>('code');
const link = byId<HTMLAnchorElement>('link');
const qr = byId<HTMLElement>('qr');
const status = byId<HTMLElement>('status');
const buttons = [byId<HTMLButtonElement>('get'), view.copy, view.revoke];

/** Shows a code, its link and the link's QR code; returns the link. */
export function showInvite(inviteCode: string): string {
  const href = buildInviteLink(inviteCode);
  code.textContent = inviteCode;
  link.textContent = href;
  link.href = href;
  // Safe as HTML: the SVG holds path data and colours only, and the link was validated.
  qr.innerHTML = inviteQrSvg(href);
  result.hidden = false;
  return href;
}

export function showStatus(message: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = message;
  status.dataset.kind = kind;
}

/** SDK errors by class name and message (they never hold the key); anything else generically. */
export function showError(error: unknown): void {
  showStatus(isWasendError(error) ? `${error.name}: ${error.message}` : 'Something went wrong', 'error');
}

/** Disables the buttons while a request runs, so a double click cannot revoke twice. */
export async function busy<T>(work: () => Promise<T>): Promise<T> {
  for (const button of buttons) button.disabled = true;
  try {
    return await work();
  } finally {
    for (const button of buttons) button.disabled = false;
  }
}
