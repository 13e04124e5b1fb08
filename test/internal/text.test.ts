/** The masking of echoed secrets, and the catalog loader's pure parts, in Node. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scrub } from '../../src/internal/scrub.js';
import { tooDeep } from '../../src/internal/fetch-json.js';
import { pickLocale } from '../../src/internal/locale.js';
import { localize } from '../../src/schema/localize.js';
import { catalogIndex, splitFiles, splitPath } from '../../src/schema/split.js';
import type { Provider } from '../../src/schema/guide.js';

const KEY = 'sk_live_4f9a8b7c6d5e';
const USER = 'ops@acme.example';
const b64 = (s: string) => Buffer.from(s).toString('base64');

test('scrub masks every form a server may echo a value back in', () => {
  const odd = 'a b/c+d';
  const quoted = 'q"uote\\back';
  const table: [string, string[], string][] = [
    [`bad key ${KEY}`, [KEY], 'bad key •••'],
    [`?key=${encodeURIComponent(odd)}`, [odd], '?key=•••'],
    [`form: ${encodeURIComponent(odd).replaceAll('%20', '+')}`, [odd], 'form: •••'],
    [`{"key":${JSON.stringify(quoted)}}`, [quoted], '{"key":"•••"}'],
    [`token ${b64(KEY)}`, [KEY], 'token •••'],
    [`Authorization: Basic ${b64(`${USER}:${KEY}`)}`, [USER, KEY], 'Authorization: Basic •••'],
    [`Authorization: Basic ${b64(`${USER}:${KEY}`).replace(/=+$/, '')}`, [KEY, USER], 'Authorization: Basic •••'],
  ];
  for (const [message, values, expected] of table) assert.equal(scrub(message, values), expected, message);
});

test('overlapping values merge into one mask; values of two characters or fewer are left alone', () => {
  assert.equal(scrub('xxABCDEFyy', ['ABCD', 'CDEF']), 'xx•••yy');
  assert.equal(scrub('ok eu', ['eu']), 'ok eu');
});

test('the message is cut after masking: a key straddling the 500th character does not show', () => {
  const message = `${'x'.repeat(490)} ${KEY} and more`;
  const out = scrub(message, [KEY]);
  assert.ok(out.length <= 500);
  assert.ok(!out.includes(KEY.slice(0, 8)));
  assert.ok(out.includes('•••'));
});

test('tooDeep looks without recursion, and catches cycles', () => {
  let deep: unknown = 1;
  for (let i = 0; i < 100_000; i++) deep = [deep];
  assert.equal(tooDeep(deep), true);
  assert.equal(tooDeep({ a: [{ b: [1] }] }), false);
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  assert.equal(tooDeep(cycle), true);
});

test('pickLocale takes the exact tag, then the primary language', () => {
  assert.equal(pickLocale(['fr', 'pt-BR'], 'pt-br'), 'pt-BR');
  assert.equal(pickLocale(['fr', 'pt'], 'pt-BR'), 'pt');
  assert.equal(pickLocale(['fr'], 'de'), undefined);
});

const base: Provider = {
  key: 'acme',
  name: 'Acme',
  authType: 'api_key',
  warnings: [],
  sections: [],
  fields: [
    { key: 'apiKey', label: 'API Key', type: 'secret', secret: true, required: true, pattern: '^sk_' },
    { key: 'region', label: 'Region', type: 'select', required: false, options: [{ value: 'eu', label: 'Europe' }] },
  ],
};

test("localize keeps the default guide's field nature, key set and order; words come from the translation", () => {
  const french: Provider = {
    ...base,
    name: 'Acme (fr)',
    authType: 'basic',
    fields: [
      {
        key: 'region',
        label: 'Région',
        type: 'text',
        options: [
          { value: 'eu', label: 'Europe (UE)' },
          { value: 'evil', label: 'x' },
        ],
      },
      { key: 'apiKey', label: 'Clé API', type: 'text', secret: false, required: false, help: 'Dans Réglages' },
      { key: 'extra', label: 'Extra', type: 'text' },
    ],
  };
  const out = localize(base, french);
  assert.equal(out.name, 'Acme (fr)');
  assert.equal(out.authType, 'api_key');
  assert.deepEqual(out.fields, [
    { key: 'apiKey', label: 'Clé API', type: 'secret', secret: true, required: true, pattern: '^sk_', help: 'Dans Réglages' },
    { key: 'region', label: 'Région', type: 'select', required: false, options: [{ value: 'eu', label: 'Europe (UE)' }] },
  ]);
});

test('the split layout: index with locales, one file per provider and per localized guide', () => {
  const french = { ...base, name: 'Acme FR' };
  const catalog = { providers: [base], locales: [{ locale: 'fr', providers: [french] }] };
  assert.deepEqual(catalogIndex(catalog), {
    providers: [{ key: 'acme', name: 'Acme', authType: 'api_key' }],
    locales: [{ locale: 'fr', providers: ['acme'] }],
  });
  assert.deepEqual(
    splitFiles(catalog).map(([file]) => file),
    ['index.json', 'acme.json', 'fr/acme.json'],
  );
  assert.equal(splitPath('acme', 'pt-BR'), 'pt-BR/acme.json');
});

test("localize takes actions' ids and scopes from the default guide: a translation that widens them words them only", () => {
  const scoped: Provider = {
    ...base,
    actions: [
      { id: 'read', label: 'Read', scopes: ['jobs:read'] },
      { id: 'write', label: 'Write', scopes: ['jobs:write'] },
    ],
  };
  const french: Provider = {
    ...scoped,
    actions: [
      { id: 'read', label: 'Lire', scopes: ['jobs:read', 'admin:all'] },
      { id: 'sneak', label: 'Tout', scopes: ['admin:all'] },
    ],
  };
  assert.deepEqual(localize(scoped, french).actions, [
    { id: 'read', label: 'Lire', scopes: ['jobs:read'] },
    { id: 'write', label: 'Write', scopes: ['jobs:write'] },
  ]);
  assert.equal(localize(base, french).actions, undefined, 'a default guide without actions has none in any language');
});
