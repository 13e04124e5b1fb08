/** What the provider list shows, as tables: categories, filtering, counts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categoriesOf, filterProviders, formatCount } from '../../src/internal/provider-filter.js';
import type { ProviderSummary } from '../../src/schema/guide.js';

const providers: ProviderSummary[] = [
  { key: 'flatchr', name: 'Flatchr', category: 'ATS', authType: 'api_key' },
  { key: 'zephyr-hr', name: 'Zéphyr HR', category: 'HRIS', authType: 'api_key' },
  { key: 'clockwork', name: 'Clockwork Recruiting', category: 'ATS', authType: 'basic' },
  { key: 'plain', name: 'Plain', authType: 'oauth2' },
];
const names = (list: ProviderSummary[]) => list.map((p) => p.name);
const none = { query: '', category: '', linkedOnly: false };

test('categoriesOf: each once, sorted, none for providers without one', () => {
  assert.deepEqual(categoriesOf(providers), ['ATS', 'HRIS']);
  assert.deepEqual(categoriesOf([]), []);
});

test('filterProviders: query (name, key, category; any case or accent), category, linked', () => {
  const linked = new Map([['zephyr-hr', []]]);
  const table: [Partial<typeof none>, string[]][] = [
    [{}, ['Flatchr', 'Zéphyr HR', 'Clockwork Recruiting', 'Plain']],
    [{ query: '  zephyr ' }, ['Zéphyr HR']],
    [{ query: 'ZÉPH' }, ['Zéphyr HR']],
    [{ query: 'ats' }, ['Flatchr', 'Clockwork Recruiting']],
    [{ query: 'clockwork' }, ['Clockwork Recruiting']],
    [{ query: 'nothing' }, []],
    [{ category: 'ATS' }, ['Flatchr', 'Clockwork Recruiting']],
    [{ category: 'ATS', query: 'flat' }, ['Flatchr']],
    [{ linkedOnly: true }, ['Zéphyr HR']],
    [{ linkedOnly: true, category: 'ATS' }, []],
  ];
  for (const [choice, expected] of table)
    assert.deepEqual(names(filterProviders(providers, { ...none, ...choice }, linked)), expected, JSON.stringify(choice));
});

test("formatCount: plain digits below 1,000, the language's grouping above", () => {
  assert.equal(formatCount(999, 'en'), '999');
  assert.equal(formatCount(5000, 'en'), '5,000');
  assert.equal(formatCount(5000, 'fr'), (5000).toLocaleString('fr'));
});
