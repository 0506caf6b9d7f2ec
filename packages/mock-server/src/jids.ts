// WhatsApp ids as the mock stores them (`<digits>@c.us` for people, `…@g.us` for groups) and the
// other spellings engines answer with. The SDK must match people by the digits before `@`, so the
// dialects deliberately differ: Baileys (noweb) and whatsmeow (gows) say `@s.whatsapp.net`.

/** The part before `@` (the whole id when there is none). */
export function userOf(jid: string): string {
  const at = jid.indexOf('@');
  return at === -1 ? jid : jid.slice(0, at);
}

/** `@c.us` → `@s.whatsapp.net`; other ids (`@lid`, groups) unchanged. */
export function toWhatsAppNet(jid: string): string {
  return jid.endsWith('@c.us') ? `${userOf(jid)}@s.whatsapp.net` : jid;
}

/** `+<digits>` for a phone-number id (`@c.us`/`@s.whatsapp.net`); undefined for `@lid` and others. */
export function phoneOf(jid: string): string | undefined {
  if (!jid.endsWith('@c.us') && !jid.endsWith('@s.whatsapp.net')) return undefined;
  const user = userOf(jid);
  return /^\d+$/.test(user) ? `+${user}` : undefined;
}

/**
 * A participant as a client may send it (a phone such as `+49 170 0000002`, or a user JID) in the
 * stored form, or null when it is neither: `@s.whatsapp.net` becomes `@c.us`, `@c.us` and `@lid`
 * stay, a phone must hold 7–15 digits once `+`, spaces, `-`, `.`, `(`, `)` are dropped.
 */
export function toMemberJid(input: string): string | null {
  const id = input.trim();
  const at = id.indexOf('@');
  if (at !== -1) {
    const user = id.slice(0, at);
    const domain = id.slice(at + 1);
    if (user === '') return null;
    if (domain === 's.whatsapp.net' || domain === 'c.us') return `${user}@c.us`;
    if (domain === 'lid') return id;
    return null;
  }
  const digits = id.replace(/[+\s\-.()]/g, '');
  return /^\d{7,15}$/.test(digits) ? `${digits}@c.us` : null;
}

/** The chat domains a message may go to (docs/contract.md, "Inputs": a recipient). */
const CHAT_DOMAINS = ['c.us', 'g.us', 'lid', 'newsletter', 'broadcast'];

/**
 * Wasend's `to`: a phone (7–15 digits once `+`, spaces, `-`, `.`, `(`, `)` are dropped) becomes
 * `<digits>@c.us`; a JID on a chat domain stays (`@s.whatsapp.net` becomes `@c.us`); else null.
 */
export function toRecipientJid(input: string): string | null {
  const id = input.trim();
  const at = id.indexOf('@');
  if (at === -1) return toMemberJid(id);
  const user = id.slice(0, at);
  const domain = id.slice(at + 1);
  if (user === '') return null;
  if (domain === 's.whatsapp.net') return `${user}@c.us`;
  return CHAT_DOMAINS.includes(domain) ? id : null;
}

/** WAHA's `chatId`: `@c.us` appended when there is no `@` (its `ensureSuffix`), `@s.whatsapp.net` as `@c.us`. */
export function toEngineChatJid(input: string): string {
  if (!input.includes('@')) return `${input}@c.us`;
  return input.endsWith('@s.whatsapp.net') ? `${userOf(input)}@c.us` : input;
}
