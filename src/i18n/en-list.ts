import type { ListStrings } from './translation.js';

/** English for the provider list: in the main bundle. */
export const enList: ListStrings = {
  locale: 'en',
  dir: 'ltr',
  title: 'Connect an integration',
  connectTo: (p) => `Connect ${p}`,
  close: 'Close',
  back: 'All integrations',
  search: 'Search integrations',
  allCategories: 'All',
  categories: 'Categories',
  count: (n, f) => `${f} ${n === 1 ? 'integration' : 'integrations'}`,
  noMatch: (q) => `Nothing matches “${q}”.`,
  showMore: (r) => `Show ${r} more`,
  loading: 'Loading…',
  unavailable: 'Integrations are unavailable right now.',
  linked: 'Connected',
  needsAttention: 'Needs attention',
};
