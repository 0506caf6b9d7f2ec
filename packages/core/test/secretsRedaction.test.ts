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
];

describe.each([
  ['plain key', PLAIN],
  ['base64 key', BASE64],
  ['key with specials', SPECIALS],
])('%s', (_label, key) => {
  test.each(forms)('%s form is redacted, the text around it kept', (_form, write) => {
    const text = `before ${write(key)} after ${write(key)}`;
    expect(redact(text, key)).toBe(
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
