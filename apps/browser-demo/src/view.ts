// Everything the page shows: one function per change, no framework.
import { buildInviteLink, inviteQrSvg, isWasendError } from '@wasend/browser';
import type { GroupWithParticipants } from './groups';

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
  listGroups: byId<HTMLButtonElement>('list-groups'),
};

const result = byId<HTMLElement>('result');
const code = byId<HTMLElement>('code');
const link = byId<HTMLAnchorElement>('link');
const qr = byId<HTMLElement>('qr');
const status = byId<HTMLElement>('status');
const groupList = byId<HTMLUListElement>('groups');
const buttons = [byId<HTMLButtonElement>('get'), view.copy, view.revoke, view.listGroups];

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

/**
 * Shows each group (name, id, how many participants) and its participants with their roles. Built
 * with textContent only: names and ids come from the server.
 */
export function showGroups(groups: GroupWithParticipants[]): void {
  groupList.replaceChildren(
    ...groups.map((group) => {
      const count = group.participantsCount ?? group.participants.length;
      const item = element('li', 'group');
      item.dataset.id = group.id;
      const head = element('div', 'group-head');
      head.append(
        element('strong', 'group-name', group.name ?? '(no name)'),
        element('code', 'group-id', group.id),
        element('span', 'count', `${count} participant${count === 1 ? '' : 's'}`),
      );
      const people = element('ul', 'participants');
      for (const participant of group.participants) {
        const person = element('li', 'participant');
        const role = element('span', 'role', participant.role);
        role.dataset.role = participant.role;
        person.append(element('code', 'participant-id', participant.id), role);
        people.append(person);
      }
      item.append(head, people);
      return item;
    }),
  );
  if (groups.length === 0) groupList.append(element('li', 'empty', 'No groups in this session.'));
  groupList.hidden = false;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
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
