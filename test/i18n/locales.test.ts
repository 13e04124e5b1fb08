/** Every language table is complete: the keys of English, each string non-empty, each function answering. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { en } from '../../src/i18n/en.js';
import type { Translation } from '../../src/i18n/translation.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/i18n');
const locales = readdirSync(dir).filter((f) => /^[a-z]{2}\.ts$/.test(f) && f !== 'en.ts');

const PROBLEMS = ['required', 'pattern', 'url', 'email', 'number', 'option', 'tooLong', 'control'] as const;

/** Every leaf of a table, with functions called on sample arguments. */
function leaves(t: Translation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(t)) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'function') {
      if (key === 'problem') for (const p of PROBLEMS) out[`problem.${p}`] = value(p, 'API Key', '8192');
      else for (const n of [0, 1, 2, 3, 11, 100]) out[`${key}(${n})`] = String(value(n, String(n)));
    } else for (const [k, v] of Object.entries(value as Record<string, string>)) out[`${key}.${k}`] = v;
  }
  return out;
}

test('the languages shipped are the nine the issue names', () => {
  assert.deepEqual(['en.ts', ...locales].sort(), ['ar.ts', 'de.ts', 'en.ts', 'es.ts', 'fr.ts', 'it.ts', 'ja.ts', 'nl.ts', 'pt.ts']);
});

for (const file of locales) {
  test(`${file} has every key of English, none empty`, async () => {
    const table = ((await import(path.join(dir, file))) as { default: Translation }).default;
    const mine = leaves(table);
    const english = leaves(en);
    assert.deepEqual(Object.keys(mine).sort(), Object.keys(english).sort());
    for (const [key, value] of Object.entries(mine)) assert.ok(value.trim().length > 0, `${file} ${key} is empty`);
    assert.equal(table.locale, file.slice(0, 2));
    assert.equal(table.dir, file === 'ar.ts' ? 'rtl' : 'ltr');
    assert.notEqual(mine['connect'], undefined);
  });
}

test('Arabic counts use its plural forms', async () => {
  const ar = ((await import(path.join(dir, 'ar.ts'))) as { default: Translation }).default;
  assert.equal(ar.count(1, '1'), 'تكامل واحد');
  assert.equal(ar.count(2, '2'), 'تكاملان');
  assert.equal(ar.count(3, '3'), '3 تكاملات');
  assert.equal(ar.count(11, '11'), '11 تكاملًا');
});

test('the hosted link page speaks the same nine languages, each string in full', async () => {
  const { LINK_PAGE_STRINGS } = await import('../../src/i18n/link-page.js');
  assert.deepEqual(Object.keys(LINK_PAGE_STRINGS).sort(), ['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt']);
  const keys = Object.keys(LINK_PAGE_STRINGS.en!).sort();
  for (const [lang, table] of Object.entries(LINK_PAGE_STRINGS)) {
    assert.deepEqual(Object.keys(table).sort(), keys, lang);
    for (const [key, value] of Object.entries(table)) {
      const text = typeof value === 'function' ? value('Acme') : value;
      assert.ok(typeof text === 'string' && text.trim() && (typeof value !== 'function' || text.includes('Acme')), `${lang}.${key}`);
    }
  }
});
