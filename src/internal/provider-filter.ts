/** What the provider list shows: pure functions of the providers and the user's choices, and search text folded ahead of time. */
import type { ProviderSummary } from '../schema/guide.js';
import { fold } from './text.js';

export interface ListChoice {
  /** What the user typed in the search box. */
  query: string;
  /** A category, or '' for all. */
  category: string;
  /** Only providers with a linked account. */
  linkedOnly: boolean;
}

/** The catalog's categories, sorted, each once. */
export const categoriesOf = (providers: readonly ProviderSummary[]): string[] =>
  [...new Set(providers.map((p) => p.category).filter((c): c is string => !!c))].sort();

/** A provider's search text (name, variant, key and category), folded once: never again on a keystroke. */
const folded = new WeakMap<ProviderSummary, string>();

/** What the search box looks in: the folded search text, computed now if `foldAhead` has not reached this provider yet. */
export const searchText = (p: ProviderSummary): string =>
  folded.get(p) ?? folded.set(p, fold(`${p.name} ${p.variant ?? ''} ${p.key} ${p.category ?? ''}`)).get(p)!;

/**
 * Folds the providers' search text in idle time, 500 at a time (a few milliseconds), one slice
 * per idle callback (a timer where there is no requestIdleCallback), while `wanted()` says this
 * catalog is still the one loaded: a keystroke then only compares strings.
 */
export function foldAhead(providers: readonly ProviderSummary[], wanted: () => boolean, from = 0): void {
  (globalThis.requestIdleCallback ?? setTimeout)(() => {
    providers.slice(from, (from += 500)).forEach(searchText);
    if (from < providers.length && wanted()) foldAhead(providers, wanted, from);
  });
}

/**
 * The providers that match: in the category, linked when asked, and whose name, key or
 * category contains the query (case- and accent-insensitive).
 */
export function filterProviders(
  providers: readonly ProviderSummary[],
  choice: ListChoice,
  linked: ReadonlyMap<string, unknown>,
): ProviderSummary[] {
  const query = fold(choice.query.trim());
  return providers.filter(
    (p) =>
      (!choice.category || p.category === choice.category) &&
      (!choice.linkedOnly || linked.has(p.key)) &&
      (!query || searchText(p).includes(query)),
  );
}

/**
 * A count as the language writes it (CLDR's grouping: a test keeps it equal to toLocaleString),
 * without Intl: toLocaleString's first call loads ICU's number data, 30 to 80 ms on the way to
 * the first paint of a list of 1,000 or more. German, Spanish, Italian, Dutch and Portuguese
 * group with a dot (Spanish and Italian from five digits), French with a narrow space, the
 * others with a comma.
 */
export const formatCount = (n: number, locale: string) =>
  String(n).replace(
    /\B(?=(\d{3})+$)/g,
    n < 1e4 && /es|it/.test(locale) ? '' : /de|es|it|nl|pt/.test(locale) ? '.' : locale === 'fr' ? '\u202f' : ',',
  );
