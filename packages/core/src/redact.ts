// Key redaction: every form of the key removed from what can reach an error, a log line or a caller.

export const REDACTED = '[REDACTED]';

/**
 * Removes every occurrence of the key from a text: as sent (so `Bearer <key>` too) and in every form
 * an encoder writes it, letters included and mixed freely: percent-encoded (either hex case),
 * JSON-escaped (`\"`, `\/`, `\u00xx`), HTML entities (named, decimal, hex), UTF-16 text read as
 * UTF-8 (a NUL between characters), and base64 or base64url at any alignment (keys of 7 characters
 * or more; what an encoded key shares with its neighbours at either end stays). Used on everything
 * that can reach an error, a log line or, through the proxy, a browser: a JSON parser or the
 * HTML-to-text step would otherwise decode the key.
 */
export function redact(text: string, key: string | null): string {
  if (!key) return text;
  const forms = keyForms(key);
  // Fast path for the usual text that holds no key: without an escape character or a NUL, the key
  // can only stand in it as it is, or as base64.
  if (!ESCAPES.test(text) && !text.includes(key) && !forms.base64.some((b) => text.includes(b))) return text;
  let out = text.replace(forms.pattern, REDACTED);
  for (const b of forms.base64) out = out.split(b).join(REDACTED);
  return out;
}

const ESCAPES = /[%\\&\0]/;

interface KeyForms {
  pattern: RegExp;
  base64: string[];
}

// Everything that can reach an error passes through `redact`: keep the forms of the last key asked for.
let formsOf: string | undefined;
let forms: KeyForms = { pattern: /$^/g, base64: [] };
function keyForms(key: string): KeyForms {
  if (key !== formsOf) {
    // A NUL may stand between two characters: UTF-16 text (either byte order) decoded as UTF-8.
    forms = { pattern: new RegExp([...key].map(charForms).join('\\u0000?'), 'g'), base64: base64Forms(key) };
    formsOf = key;
  }
  return forms;
}

const NAMED: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };
const anyCase = (hex: string) => hex.replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`);

/** One character of the key (visible ASCII) as a regex matching each way an encoder writes it. */
function charForms(c: string): string {
  const literal = c.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const code = c.charCodeAt(0);
  const hex = code.toString(16);
  const forms = [
    literal,
    `%${anyCase(hex)}`,
    `\\\\u00${anyCase(hex)}`,
    `&#0*${code};`,
    `&#[xX]0*${anyCase(hex)};`,
  ];
  if ('"\\/'.includes(c)) forms.push(`\\\\${literal}`);
  const named = NAMED[c];
  if (named) forms.push(`&${named};`);
  return `(?:${forms.join('|')})`;
}

/**
 * The key's base64 and base64url at each of the three alignments it can have in a longer text: the
 * characters that only the key's own bytes decide (the ones it shares with its neighbours dropped).
 * Left out for keys too short for those to be at least 8 characters, which could turn up by chance.
 */
function base64Forms(key: string): string[] {
  const found = new Set<string>();
  for (let offset = 0; offset < 3; offset++) {
    const encoded = btoa('\0'.repeat(offset) + key);
    const middle = encoded.slice(Math.ceil((offset * 8) / 6), Math.floor(((offset + key.length) * 8) / 6));
    if (middle.length < 8) continue;
    found.add(middle);
    found.add(middle.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...found];
}

/** A caught failure rebuilt from redacted name and message only, safe to keep as `cause`. */
export function sanitizeCause(error: unknown, key: string | null): Error {
  type Failure = { name?: unknown; message?: unknown; code?: unknown; cause?: Failure } | null | undefined;
  const source = error as Failure;
  // Node's fetch says only "fetch failed"; the reason and system code (ECONNREFUSED, …) sit one level down.
  const inner = source?.cause;
  const message = String(source?.message ?? error) + (inner?.message ? `: ${String(inner.message)}` : '');
  const cause: Error & { code?: string } = new Error(redact(message, key));
  cause.name = redact(String(source?.name ?? 'Error'), key);
  const code = source?.code ?? inner?.code;
  if (typeof code === 'string') cause.code = redact(code, key);
  return cause;
}
