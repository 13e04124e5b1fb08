/**
 * Masking a host's echo of a typed key, as an attacker's server would send it back: a
 * property test over generated keys, the encodings real servers use, and the text around.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scrub } from '../../src/internal/scrub.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const b64url = (s: string) => Buffer.from(s).toString('base64url');
const hexLower = (s: string) => [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
/** Form encoding as servers write it: `~` and `/` escaped, spaces as `+`, hex in either case. */
const form = (s: string, lower: boolean) => {
  const out = encodeURIComponent(s)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll('%20', '+');
  return lower ? out.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()) : out;
};
const json = (s: string) => JSON.stringify(s).slice(1, -1).replaceAll('/', '\\/');
const jsonUnicode = (s: string) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const html = (s: string, hex: boolean) =>
  [...s].map((c) => (/[A-Za-z0-9]/.test(c) ? c : hex ? `&#x${c.codePointAt(0)!.toString(16)};` : `&#${c.codePointAt(0)};`)).join('');
const named = (s: string) => s.replaceAll('&', '&amp;').replaceAll('/', '&sol;').replaceAll('=', '&equals;').replaceAll('+', '&plus;');

/**
 * The characters of each base64 alignment that only the key's bytes decide: if none of
 * these shows, no base64 text anywhere reveals more than the key's first and last byte.
 */
function base64Cores(key: string): string[] {
  const bytes = Buffer.from(key);
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = b64(Buffer.concat([Buffer.alloc(offset, 0x41), bytes]).toString('latin1'));
    const first = Math.ceil(offset / 3) * 4;
    const groups = Math.floor((offset + bytes.length) / 3) - Math.ceil(offset / 3);
    const core = Buffer.from(padded, 'latin1')
      .toString()
      .slice(first, first + groups * 4);
    if (core.length >= 4) cores.push(core);
  }
  return cores;
}

const KEY_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', ...'~/+=_-.:!*@$%&?', 'é'];
const keys = fc.string({ unit: fc.constantFrom(...KEY_CHARS), minLength: 8, maxLength: 48 });
const user = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789@.'), minLength: 0, maxLength: 20 });
const around = fc.string({ unit: fc.constantFrom(...'abc XYZ:,"(){}=\n'), maxLength: 30 });

type Encoding = [name: string, encode: (key: string, user: string) => string];
const ENCODINGS: Encoding[] = [
  ['as typed', (k) => k],
  ['URL-encoded', (k) => encodeURIComponent(k)],
  ['form-encoded', (k) => form(k, false)],
  ['form-encoded, lower-case hex', (k) => form(k, true)],
  ['every byte %xx, lower case', (k) => hexLower(k)],
  ['URL-encoded twice', (k) => encodeURIComponent(encodeURIComponent(k))],
  ['JSON with \\/', (k) => json(k)],
  ['JSON \\u escapes', (k) => jsonUnicode(k)],
  ['HTML decimal entities', (k) => html(k, false)],
  ['HTML hex entities', (k) => html(k, true)],
  ['HTML named entities', (k) => named(k)],
  ['base64', (k) => b64(k)],
  ['base64 unpadded', (k) => b64(k).replace(/=+$/, '')],
  ['base64url', (k) => b64url(k)],
  ['Basic user:KEY, user not typed', (k, u) => `Basic ${b64(`${u}:${k}`)}`],
  ['Basic KEY:', (k) => `Basic ${b64(`${k}:`)}`],
  ['base64 inside a longer text', (k, u) => b64(`{"user":"${u}","key":"${k}","n":1}`)],
  ['base64, URL-encoded', (k, u) => encodeURIComponent(b64(`${u}:${k}`))],
  ['a prefix cut by the server', (k) => `${k.slice(0, Math.max(6, Math.ceil(k.length / 2)))}...`],
  // What the second review found (each survived before):
  ['upper case', (k) => k.toUpperCase()],
  ['hex, lower case', (k) => Buffer.from(k).toString('hex')],
  ['hex, 0x and upper case', (k) => `0x${Buffer.from(k).toString('hex').toUpperCase()}`],
  ['\\xHH escapes', (k) => [...Buffer.from(k)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')],
  ['\\u{…} escapes', (k) => [...k].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')],
  ['HTML decimal references without ;', (k) => [...k].map((c) => `&#${c.codePointAt(0)}`).join('')],
  ['split in groups of four by spaces', (k) => k.match(/.{1,4}/gsu)!.join(' ')],
  [
    'base64 of a request dump, wrapped at 76 columns',
    (k, u) => b64(`POST /v1 HTTP/1.1\r\nAuthorization: Bearer ${k}\r\nX-User: ${u}\r\n\r\n`).replace(/.{76}/g, '$&\r\n'),
  ],
  ['only its end, after a cut', (k) => `...${k.slice(-Math.max(8, Math.ceil(k.length / 2)))}`],
];

/** Whether `out` still shows the key (or, for base64, any alignment's core of it). */
function reveals(out: string, key: string, encoded: string, name: string): boolean {
  if (out.includes(key) || out.includes(encoded.replace(/\.\.\.$/, ''))) return true;
  if (name.startsWith('a prefix')) return out.includes(key.slice(0, 6));
  if (name.startsWith('only its end')) return out.includes(key.slice(-8));
  if (name === 'upper case') return out.includes(key.toUpperCase());
  if (name.includes('wrapped')) return base64Cores(key).some((core) => out.replace(/\r\n/g, '').includes(core));
  return name.includes('base64') || name.startsWith('Basic')
    ? base64Cores(key).some((core) => out.includes(core) || out.includes(encodeURIComponent(core)))
    : false;
}

test('no generated key survives in any encoding a server echoes it in', () => {
  fc.assert(
    fc.property(keys, user, around, around, fc.constantFrom(...ENCODINGS), (key, name, before, after, [how, encode]) => {
      const encoded = encode(key, name);
      const out = scrub(`${before}${encoded}${after}`, [key], [key]);
      assert.ok(!reveals(out, key, encoded, how), `${how}: ${JSON.stringify(encoded)} -> ${JSON.stringify(out)}`);
      assert.ok(out.includes('•••'), how);
    }),
    { numRuns: 3000 },
  );
});

test('the cases the last review found, each by hand', () => {
  const key = 'sk_live_9Zq~/+x7';
  const table: [string, string][] = [
    [`Basic ${b64(`someone:${key}`)}`, 'Basic •••'],
    [`Basic ${b64(`${key}:`)}`, 'Basic •••'],
    [`key=${form(key, true)}&x=1`, 'key=•••&x=1'],
    [`{"key":"${json(key)}"}`, '{"key":"•••"}'],
    [`<b>${html(key, true)}</b>`, '<b>•••</b>'],
    ['key sk_live_9Zq... was refused', 'key •••... was refused'],
  ];
  for (const [message, expected] of table) assert.equal(scrub(message, [key], [key]), expected, message);
});

test("a value that is not secret is masked whole, never by its start; the message's own words stay", () => {
  const url = 'https://acme.example.com';
  assert.equal(scrub(`https://other.example.com is not ${url}`, [url]), 'https://other.example.com is not •••');
  assert.equal(scrub('subdomain acme was not found', ['acmeco']), 'subdomain acme was not found');
});

test('a huge message costs a bounded search and is cut to 500 characters', () => {
  const out = scrub(`${'y'.repeat(1_000_000)} sk_live_abcdef`, ['sk_live_abcdef'], ['sk_live_abcdef']);
  assert.equal(out.length, 500);
});
