/** Search text folded once, ahead of time; folding itself; counts written without Intl. In Node. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldAhead, formatCount, searchText } from '../../src/internal/provider-filter.js';
import { fold } from '../../src/internal/text.js';
import { LOCALES } from '../../src/i18n/locales.js';
import type { ProviderSummary } from '../../src/schema/guide.js';

/** The providers whose name was read: whose search text was folded. */
const read = new Set<ProviderSummary>();
/** A provider that notes when its name is read. */
function provider(i: number): ProviderSummary {
  const p: ProviderSummary = {
    key: `p-${i}`,
    get name() {
      read.add(p);
      return `Provider ${i}`;
    },
    category: 'ATS',
    authType: 'api_key',
  };
  return p;
}
const wasFolded = (p: ProviderSummary) => read.has(p);

/** Lets due timers run (foldAhead's fallback when there is no requestIdleCallback). */
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

test('fold: case and accents go, for ASCII and for the rest', () => {
  const table: [string, string][] = [
    ['Flatchr', 'flatchr'],
    ['Zéphyr HR', 'zephyr hr'],
    ['ZÉPH', 'zeph'],
    ['ﬁnance', 'finance'],
    ['Crème Brûlée', 'creme brulee'],
    ['tab\there', 'tab\there'],
    ['', ''],
  ];
  for (const [input, expected] of table) assert.equal(fold(input), expected, input);
});

test('searchText: name, variant, key and category, folded; computed once', () => {
  const p: ProviderSummary = { key: 'zephyr-hr', name: 'Zéphyr', variant: 'EU', category: 'HRIS', authType: 'api_key' };
  assert.equal(searchText(p), 'zephyr eu zephyr-hr hris');
  p.name = 'Renamed';
  assert.equal(searchText(p), 'zephyr eu zephyr-hr hris', 'the folded text is kept, not computed again');
  assert.equal(searchText({ key: 'plain', name: 'Plain', authType: 'oauth2' }), 'plain  plain ');
});

test('foldAhead, without a requestIdleCallback, folds on timers: nothing at once, everything soon after', async () => {
  const providers = Array.from({ length: 1200 }, (_, i) => provider(i));
  foldAhead(providers, () => true);
  assert.ok(!wasFolded(providers[0]!), 'nothing is folded before the first slice');
  for (let i = 0; i < 100 && !wasFolded(providers[1199]!); i++) await tick();
  assert.ok(providers.every(wasFolded));
  assert.equal(searchText(providers[1199]!), 'provider 1199  p-1199 ats');
});

test('foldAhead folds 500 providers per idle callback where there is requestIdleCallback, and stops once its catalog is no longer wanted', async () => {
  const idle: (() => void)[] = [];
  globalThis.requestIdleCallback = (callback) => idle.push(() => callback({ didTimeout: false, timeRemaining: () => 10 })) as number;
  try {
    const providers = Array.from({ length: 1500 }, (_, i) => provider(i));
    let wanted = true;
    foldAhead(providers, () => wanted);
    assert.equal(idle.length, 1);
    idle.shift()!();
    assert.equal(idle.length, 1, 'a second slice is asked for');
    wanted = false;
    idle.shift()!();
    assert.equal(idle.length, 0, 'no third slice once the catalog is replaced');
    assert.deepEqual([wasFolded(providers[999]!), wasFolded(providers[1000]!)], [true, false]);
  } finally {
    delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
  }
});

test('formatCount writes every language the hub speaks as toLocaleString does', () => {
  const counts = [0, 7, 999, 1000, 1001, 4999, 9999, 10000, 12345, 99999, 100000, 999999, 1000000, 1234567, 123456789];
  for (const locale of ['en', ...LOCALES]) {
    for (const n of counts) assert.equal(formatCount(n, locale), n.toLocaleString(locale), `${n} in ${locale}`);
  }
});
