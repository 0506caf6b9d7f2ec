const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` random characters of [A-Za-z0-9], unbiased (rejection sampling over crypto bytes). */
export function randomAlphanumeric(length: number): string {
  let out = '';
  const bytes = new Uint8Array(length * 2);
  while (out.length < length) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      // 248 = 62 * 4: bytes at or above it would favour the first letters.
      if (byte < 248 && out.length < length) out += ALPHANUMERIC[byte % 62];
    }
  }
  return out;
}

/** A fresh WhatsApp-style invite code: 22 characters of [A-Za-z0-9]. */
export function randomInviteCode(): string {
  return randomAlphanumeric(22);
}

/** `length` random decimal digits (group ids are `120363` + 12 digits). */
export function randomDigits(length: number): string {
  let out = '';
  const bytes = new Uint8Array(length * 2);
  while (out.length < length) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      // 250 = 10 * 25: bytes at or above it would favour the low digits.
      if (byte < 250 && out.length < length) out += String(byte % 10);
    }
  }
  return out;
}

/** A WhatsApp-style QR payload: `2@<ref>,<noise key>,<identity key>,<adv secret>`. */
export function randomQrPayload(): string {
  return `2@${randomAlphanumeric(40)},${randomAlphanumeric(43)}=,${randomAlphanumeric(43)}=,${randomAlphanumeric(43)}=`;
}

/** `length` random upper-case hex digits. */
export function randomHex(length: number): string {
  const bytes = new Uint8Array(Math.ceil(length / 2));
  crypto.getRandomValues(bytes);
  return [...bytes]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, length)
    .toUpperCase();
}
