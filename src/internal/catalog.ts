/** Turns what a host set as `catalog` (an object, or a URL) into validated providers. */
import type { Catalog, Provider } from '../schema/guide.js';
import { CatalogIndex } from '../schema/split.js';
import type { ProviderSummary } from '../schema/summary.js';
import { formatIssues } from '../schema/zod.js';
import { fetchJson, MAX_DEPTH, tooDeep } from './fetch-json.js';
import type { Guide } from './locale.js';

export type LoadedCatalog =
  | { state: 'empty' }
  | { state: 'loading'; done: Promise<void> }
  | { state: 'error'; message: string }
  | {
      state: 'ready';
      providers: (Provider | ProviderSummary)[];
      locales?: Catalog['locales'];
      /** For a split catalog: fetches one provider's guide and fields, and its guide in `lang` when the catalog has one. */
      body?: (key: string, lang: string) => Promise<Guide | undefined>;
      /**
       * For a whole catalog whose summaries alone were checked (enough for the list): the
       * check of the whole, which replaces this state (ready with every guide, or an error).
       */
      checking?: Promise<LoadedCatalog>;
      /** Starts that check now (it starts by itself once the page is idle after the list's first paint). */
      hurry?: () => void;
    };

/** A catalog refused: its first three problems, each with its path. */
export const invalid = (error: { issues: Parameters<typeof formatIssues>[0]['issues'] }, url = ''): LoadedCatalog => {
  const lines = formatIssues(error);
  return {
    state: 'error',
    message: `invalid catalog ${url}: ${lines.slice(0, 3).join('; ')}${lines.length > 3 ? ` (+${lines.length - 3} more)` : ''}`,
  };
};

/** Whether fetched data is the split form's index: providers, none with a guide body (`fields`). */
function looksLikeIndex(data: unknown): boolean {
  const providers = (data as { providers?: unknown } | null)?.providers;
  return Array.isArray(providers) && providers.every((p) => !(typeof p === 'object' && p !== null && 'fields' in p));
}

/**
 * What checks and fetches the rest of a catalog, loaded once the list is there: the whole
 * catalog's check, and a split catalog's guides. The element hands it in (its provider
 * view's module carries both, with the guide schema, so linking loads one module).
 */
export type CatalogLazy = () => Promise<{
  /** The whole catalog checked (`check-catalog.ts`). */
  checkCatalog: (data: unknown, url?: string) => LoadedCatalog;
  /** The module that fetches a split catalog's guides (`split-guides.ts`). */
  loadSplitGuides: () => Promise<{
    splitGuides: (index: CatalogIndex, url: string) => (key: string, lang: string) => Promise<Guide | undefined>;
  }>;
}>;

function parse(data: unknown, lazy: CatalogLazy, url?: string): LoadedCatalog {
  if (tooDeep(data)) return { state: 'error', message: `invalid catalog ${url ?? ''}: it nests deeper than ${MAX_DEPTH} levels` };
  // An index is checked as one (checking it as a full catalog first would list a problem per provider).
  const index = url && looksLikeIndex(data) ? CatalogIndex.safeParse(data) : undefined;
  if (index?.success && url) {
    // The guides of a split catalog are fetched with a module of their own: the list does not wait for it.
    const bodies = lazy()
      .then(({ loadSplitGuides }) => loadSplitGuides())
      .then(({ splitGuides }) => splitGuides(index.data, url));
    return { state: 'ready', providers: index.data.providers, body: (key, lang) => bodies.then((body) => body(key, lang)) };
  }
  if (index) return index.success ? { state: 'ready', providers: index.data.providers } : invalid(index.error, url);
  // A whole catalog: what the list shows is checked now; the whole of it by a module of its own, after.
  const summaries = CatalogIndex.safeParse({ providers: (data as { providers?: unknown } | null)?.providers });
  if (!summaries.success) return invalid(summaries.error, url);
  // Not before the list's first paint: once the page is idle (or at once when a guide is asked for).
  let hurry!: () => void;
  const checking = new Promise<void>((start) => {
    hurry = start;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => start(), { timeout: 500 });
    else setTimeout(start, 50);
  })
    .then(lazy)
    .then(
      ({ checkCatalog }) => checkCatalog(data, url),
      (error: Error): LoadedCatalog => ({
        state: 'error',
        message: `catalog ${url ?? ''} could not be checked: the provider view could not be loaded (${error.message})`,
      }),
    );
  return { state: 'ready', providers: summaries.data.providers, checking, hurry };
}

/** Never throws and never rejects: whatever goes wrong becomes `{ state: 'error', message }`. */
export function loadCatalog(input: unknown, lazy: CatalogLazy): LoadedCatalog | Promise<LoadedCatalog> {
  const failed = (error: unknown, url = ''): LoadedCatalog => ({
    state: 'error',
    message: `invalid catalog ${url}: ${(error as Error)?.message ?? String(error)}`,
  });
  if (input === undefined || input === null || input === '') return { state: 'empty' };
  if (typeof input !== 'string') {
    try {
      return parse(input, lazy);
    } catch (error) {
      return failed(error);
    }
  }
  let url: string;
  try {
    url = new URL(input, document.baseURI).href;
  } catch (error) {
    return failed(error, input);
  }
  return fetchJson(url).then(
    (data) => {
      try {
        return parse(data, lazy, url);
      } catch (error) {
        return failed(error, url);
      }
    },
    (error: Error) => ({ state: 'error', message: error.message }),
  );
}
