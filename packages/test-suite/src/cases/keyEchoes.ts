// Keys and the forms a server realistically echoes them in, shared by the secrets and proxy cases.
import { ok } from '../assert.ts';
import type { Fault } from '../types.ts';

/** A plain key, as most issuers mint them. */
export const KEY = 'sk_live_S3cr3tRedactMe0123456789';

/**
 * Keys whose characters encoders escape: the base64 alphabet ('/', '+', '='), and every character
 * JSON, HTML or URL encoders rewrite. Each must still be redacted in its escaped forms.
 */
export const ESCAPED_KEYS: Array<[label: string, key: string]> = [
  ['plain key', KEY],
  ['base64 key', 'wsk_7Hq/Zp+Lm9x/Qa=='],
  ['key with HTML and JSON specials', `wsk&<Ab>"Cd'Ef\\Gh/Ij%Kl`],
];

const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');
const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

type Kind = 'json' | 'html' | 'text';

/** How servers write a key into a body, each as a common encoder produces it, and the body's kind. */
export const KEY_FORMS: Array<[label: string, kind: Kind, write: (key: string) => string]> = [
  ['raw in text', 'text', (key) => key],
  ['JSON string (standard escaping)', 'json', (key) => JSON.stringify(key).slice(1, -1)],
  // PHP's json_encode escapes '/' by default.
  ['JSON string with "\\/" (PHP)', 'json', (key) => JSON.stringify(key).slice(1, -1).replace(/\//g, '\\/')],
  // Go's encoding/json escapes <, > and & as \u003c, \u003e, \u0026.
  [
    'JSON string with \\u003c escapes (Go)',
    'json',
    (key) =>
      JSON.stringify(key)
        .slice(1, -1)
        .replace(/[<>&]/g, (c) => `\\u${hex(c)}`),
  ],
  ['HTML page, named entities', 'html', (key) => key.replace(/[&<>"']/g, (c) => entities[c] ?? c)],
  // Go's html.EscapeString and Python's html.escape use numeric entities for the quotes.
  ['HTML page, numeric entities', 'html', (key) => key.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)],
  ['URL-encoded in JSON', 'json', (key) => encodeURIComponent(key)],
  [
    'URL-encoded in JSON, lowercase hex',
    'json',
    (key) => encodeURIComponent(key).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
  ],
  // Every character escaped, letters and digits too: an encoder that escapes everything, or a
  // hand-rolled one.
  ['JSON string, every character \\u-escaped', 'json', (key) => [...key].map((c) => `\\u${hex(c)}`).join('')],
  [
    'URL-encoded letter by letter',
    'json',
    (key) => [...key].map((c) => `%${hex(c).slice(2).toUpperCase()}`).join(''),
  ],
  // In a Basic credential or a logged blob: base64 and base64url, the key at each of the 3 alignments.
  [
    'base64 at every alignment',
    'text',
    (key) => [0, 1, 2].map((n) => btoa(`${'x'.repeat(n)}${key}!`)).join(' '),
  ],
  [
    'base64url at every alignment',
    'text',
    (key) =>
      [0, 1, 2]
        .map((n) =>
          btoa(`${'x'.repeat(n)}${key}!`)
            .replace(/\+/g, '-')
            .replace(/\//g, '_')
            .replace(/=+$/, ''),
        )
        .join(' '),
  ],
  // A UTF-16 body read as UTF-8 (the bytes of ASCII text in UTF-16LE: each character, then a NUL).
  ['UTF-16LE text', 'text', (key) => [...key].map((c) => `${c}\0`).join('')],
];

const BODIES: Record<Kind, [contentType: string, body: (written: string) => string]> = {
  json: [
    'application/json',
    (w) =>
      `{"statusCode":500,"message":"invalid key ${w}","request":{"url":"/x?key=${w}","authorization":"Bearer ${w}"}}`,
  ],
  html: [
    'text/html',
    (w) => `<html><body><h1>Bad Gateway</h1><p>Authorization: Bearer ${w}</p></body></html>`,
  ],
  text: ['text/plain', (w) => `invalid key: Bearer ${w}`],
};

/** A fault answering `status` with the key written by `write` in the body and in headers a caller reads. */
export function echoFault(status: number, key: string, kind: Kind, write: (key: string) => string): Fault {
  const written = write(key);
  const [contentType, body] = BODIES[kind];
  // A header value holds visible ASCII only: forms with a NUL go into the body alone.
  const inHeaders = /^[\x20-\x7e]*$/.test(written);
  return {
    respond: {
      status,
      headers: {
        'content-type': contentType,
        ...(inHeaders && {
          'x-request-id': `Bearer ${written}`,
          'www-authenticate': `Bearer error="invalid_token", token="${written}"`,
        }),
        'access-control-expose-headers': '*',
      },
      body: body(written),
    },
  };
}

/** Fails unless no text holds the key (or, given `written`, the key in that written form). */
export function assertNoKey(texts: string[], key: string, where: string, written = key): void {
  for (const text of texts)
    ok(
      !text.includes(key) && !text.includes(written),
      `${where}: the key leaked in ${JSON.stringify(text.slice(0, 300))}`,
    );
}
