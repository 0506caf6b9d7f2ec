// Key redaction: every form of the key removed from what can reach an error, a log line or a caller.

export const REDACTED = '[REDACTED]';

/**
 * Removes every occurrence of the key from a text: as sent (so `Bearer <key>` too) and in the forms
 * encoders write it: percent-encoded (either hex case), JSON-escaped (`\"`, `\/`, `\u00xx`) and as
 * HTML entities (named, decimal, hex), mixed freely. Used on every answer before it reaches an
 * error, a log or a caller: a JSON parser or the HTML-to-text step would otherwise decode the key.
 */
export function redact(text: string, key: string | null): string {
  if (!key) return text;
  const pattern = keyPattern(key);
  // Fast path for the usual answer that holds no key: every form keeps the key's letters, digits,
  // '_' and '-' as they are, so a text without its longest such run cannot match.
  if (anchor && !text.includes(anchor)) return text;
  return text.replace(pattern, REDACTED);
}

// Every answer and header passes through `redact`: keep the pattern (and anchor) of the last key asked for.
let patternOf: string | undefined;
let pattern = /$^/g;
let anchor = '';
function keyPattern(key: string): RegExp {
  if (key !== patternOf) {
    pattern = new RegExp([...key].map(charForms).join(''), 'g');
    anchor = (key.match(/[A-Za-z0-9_-]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
    patternOf = key;
  }
  return pattern;
}

const NAMED: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };
const anyCase = (hex: string) => hex.replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`);

/** One character of the key (visible ASCII) as a regex matching each way an encoder writes it. */
function charForms(c: string): string {
  // Letters, digits, '_' and '-' are written as they are by every encoder (redact's fast path relies on it).
  if (/[A-Za-z0-9_-]/.test(c)) return c;
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
