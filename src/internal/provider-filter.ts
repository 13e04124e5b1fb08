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

/** A provider's search text (name, key and category), folded once: never again on a keystroke. */
const folded = new WeakMap<ProviderSummary, string>();

/** What the search box looks in: the folded search text, computed now if `foldAhead` has not reached this provider yet. */
export function searchText(p: ProviderSummary): string {
  let text = folded.get(p);
  if (text === undefined) folded.set(p, (text = fold(`${p.name} ${p.key} ${p.category ?? ''}`)));
  return text;
}

/**
 * Folds the providers' search text in idle time, a slice per idle period (requestIdleCallback,
 * or a timer where there is none), while `wanted()` says this catalog is still the one shown:
 * the first keystroke then only compares strings.
 */
export function foldAhead(providers: readonly ProviderSummary[], wanted: () => boolean): void {
  let i = 0;
  const later = (step: (deadline?: IdleDeadline) => void) => (globalThis.requestIdleCallback ?? setTimeout)(step);
  const step = (deadline?: IdleDeadline) => {
    // Without a deadline (a timer), a slice of 5 ms.
    const end = performance.now() + (deadline?.timeRemaining() ?? 5);
    while (i < providers.length && performance.now() < end) searchText(providers[i++]!);
    if (i < providers.length && wanted()) later(step);
  };
  later(step);
}

/**
 * The providers that match: in the category, linked when asked, and whose name, key or
 * category contains the query (case- and accent-insensitive).
 */
export function filterProviders(providers: readonly ProviderSummary[], choice: ListChoice, linked: ReadonlyMap<string, unknown>): ProviderSummary[] {
  // (fold's first call loads Unicode normalization data: not on the way to the first paint.)
  const query = choice.query.trim() && fold(choice.query.trim());
  return providers.filter(
    (p) =>
      (!choice.category || p.category === choice.category) &&
      (!choice.linkedOnly || linked.has(p.key)) &&
      (!query || searchText(p).includes(query)),
  );
}

/**
 * A count as the language writes it. Below 1,000 every language the hub speaks writes the
 * plain digits, and toLocaleString's first call loads the locale's number data (tens of
 * milliseconds on the way to the first paint), so small counts skip it.
 */
export const formatCount = (n: number, locale: string) => (n < 1000 ? String(n) : n.toLocaleString(locale));
