// redact(): the key in every form a server realistically echoes it (issue 4, "Secrets").
import { describe, expect, test } from 'vitest';
import { plainText } from '../src/htmlText';
import { REDACTED, redact } from '../src/redact';
import { extractMessage } from '../src/schemas/errorBody';

const PLAIN = 'sk_live_S3cr3t-0123456789';
const BASE64 = 'wsk_7Hq/Zp+Lm9x/Qa==';
const SPECIALS = `wsk&<Ab>"Cd'Ef\\Gh/Ij%Kl`;

const json = (key: string) => JSON.stringify(key).slice(1, -1);
const forms: Array<[string, (key: string) => string]> = [
  ['raw', (k) => k],
  ['Bearer', (k) => `Bearer ${k}`],
  ['JSON-escaped', json],
  ['JSON with \\/ (PHP)', (k) => json(k).replace(/\//g, '\\/')],
  [
    'JSON with \\u003c (Go)',
    (k) => json(k).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  ],
  [
    'JSON, every special as \\u00XX uppercase',
    (k) => k.replace(/[^\w-]/g, (c) => `\\u00${c.charCodeAt(0).toString(16).toUpperCase()}`),
  ],
  ['percent-encoded', encodeURIComponent],
  [
    'percent-encoded, lowercase hex',
    (k) => encodeURIComponent(k).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
  ],
  [
    'HTML named entities',
    (k) =>
      k.replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
      ),
  ],
  ['HTML decimal entities', (k) => k.replace(/[&<>"'/]/g, (c) => `&#${c.charCodeAt(0)};`)],
  [
    'HTML hex entities',
    (k) => k.replace(/[&<>"'/]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`),
  ],
  // Every character escaped, letters and digits too (issue 10, "Key echoes in other encodings").
  ['JSON, every character as \\u00xx', (k) => [...k].map((c) => `\\u00${hex(c)}`).join('')],
  ['percent-encoded letter by letter', (k) => [...k].map((c) => `%${hex(c).toUpperCase()}`).join('')],
  ['HTML decimal entities for every character', (k) => [...k].map((c) => `&#${c.charCodeAt(0)};`).join('')],
  ['UTF-16LE read as UTF-8', (k) => [...k].map((c) => `${c}\0`).join('')],
  ['UTF-16BE read as UTF-8', (k) => [...k].map((c) => `\0${c}`).join('')],
];

const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(2, '0');

/** What base64 keeps of the key at one alignment: the text, encoded, with the key at `offset`. */
const inBase64 = (key: string, offset: number, url = false) => {
  const encoded = btoa(`${'x'.repeat(offset)}${key}tail`);
  return url ? encoded.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : encoded;
};

describe.each([
  ['plain key', PLAIN],
  ['base64 key', BASE64],
  ['key with specials', SPECIALS],
])('%s, base64-encoded inside a longer text', (_label, key) => {
  test.each([0, 1, 2])('alignment %i: base64 and base64url lose the key, decoding shows no key', (offset) => {
    for (const url of [false, true]) {
      const text = `{"blob":"${inBase64(key, offset, url)}"}`;
      const redacted = redact(text, key);
      expect(redacted).toContain(REDACTED);
      // What is left around the mark decodes to at most the key's first and last characters.
      const leftover = redacted.split(REDACTED).join('');
      expect(leftover.length).toBeLessThan(text.length - key.length);
    }
  });
});

describe.each([
  ['plain key', PLAIN],
  ['base64 key', BASE64],
  ['key with specials', SPECIALS],
])('%s', (_label, key) => {
  test.each(forms)('%s form is redacted, the text around it kept', (_form, write) => {
    const text = `before ${write(key)} after ${write(key)}`;
    // (A UTF-16 form keeps the NUL after its last character or before its first: no key in it.)
    expect(redact(text, key).replace(/\0/g, '')).toBe(
      `before ${text.includes('Bearer') ? 'Bearer ' : ''}${REDACTED} after ${text.includes('Bearer') ? 'Bearer ' : ''}${REDACTED}`,
    );
  });
  test('an HTML page echoing the key escaped gives a message without it', () => {
    const escaped = key.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
    );
    const page = redact(`<p>Authorization: Bearer ${escaped}</p>`, key);
    expect(plainText(page)).toBe(`Authorization: Bearer ${REDACTED}`);
  });
  test('a JSON body echoing the key in PHP or Go escaping parses without it', () => {
    for (const body of [
      `{"message":"bad ${json(key).replace(/\//g, '\\/')}"}`,
      `{"message":"bad ${json(key).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"}`,
    ]) {
      expect(extractMessage(JSON.parse(redact(body, key)))).toBe(`bad ${REDACTED}`);
    }
  });
});

test('only the whole key is redacted: a prefix, another key or no key leaves the text alone', () => {
  expect(redact(`${PLAIN.slice(0, -1)}`, PLAIN)).toBe(PLAIN.slice(0, -1));
  expect(redact('sk_live_other', PLAIN)).toBe('sk_live_other');
  expect(redact(`a ${PLAIN}`, null)).toBe(`a ${PLAIN}`);
  // Regex metacharacters in the key are literal, not patterns.
  expect(redact('wsk_7Hq/ZpLm9x/Qa==', BASE64)).toBe('wsk_7Hq/ZpLm9x/Qa==');
  expect(redact('a.b', 'a*b')).toBe('a.b');
  expect(redact('a*b a.b', 'a.b')).toBe(`a*b ${REDACTED}`);
});

test('switching keys uses the right pattern each time', () => {
  expect(redact(`${PLAIN} ${BASE64}`, PLAIN)).toBe(`${REDACTED} ${BASE64}`);
  expect(redact(`${PLAIN} ${BASE64}`, BASE64)).toBe(`${PLAIN} ${REDACTED}`);
});
