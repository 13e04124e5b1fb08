/** Turns what a host set as `catalog` (an object, or a URL) into validated providers. */
import { Catalog, type Provider, type ProviderSummary } from '../schema/guide.js';
import { CatalogIndex } from '../schema/split.js';
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
    };

/** Whether fetched data is the split form's index: providers, none with a guide body (`fields`). */
function looksLikeIndex(data: unknown): boolean {
  const providers = (data as { providers?: unknown } | null)?.providers;
  return Array.isArray(providers) && providers.every((p) => !(typeof p === 'object' && p !== null && 'fields' in p));
}


function parse(data: unknown, url?: string): LoadedCatalog {
  if (tooDeep(data)) return { state: 'error', message: `invalid catalog ${url ?? ''}: it nests deeper than ${MAX_DEPTH} levels` };
  // An index is checked as one (checking it as a full catalog first would list a problem per provider).
  const index = url && looksLikeIndex(data) ? CatalogIndex.safeParse(data) : undefined;
  if (index?.success && url) {
    // The guides of a split catalog are fetched with a module of their own: the list does not wait for it.
    const bodies = import('./split-guides.js').then(({ splitGuides }) => splitGuides(index.data, url));
    return { state: 'ready', providers: index.data.providers, body: (key, lang) => bodies.then((body) => body(key, lang)) };
  }
  const full = index ?? Catalog.safeParse(data);
  if (full.success) return { state: 'ready', providers: full.data.providers, locales: (full.data as Catalog).locales };
  const lines = formatIssues(full.error);
  return { state: 'error', message: `invalid catalog ${url ?? ''}: ${lines.slice(0, 3).join('; ')}${lines.length > 3 ? ` (+${lines.length - 3} more)` : ''}` };
}

/** Never throws and never rejects: whatever goes wrong becomes `{ state: 'error', message }`. */
export function loadCatalog(input: unknown): LoadedCatalog | Promise<LoadedCatalog> {
  const failed = (error: unknown, url = ''): LoadedCatalog => ({ state: 'error', message: `invalid catalog ${url}: ${(error as Error)?.message ?? String(error)}` });
  if (input === undefined || input === null || input === '') return { state: 'empty' };
  if (typeof input !== 'string') {
    try {
      return parse(input);
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
        return parse(data, url);
      } catch (error) {
        return failed(error, url);
      }
    },
    (error: Error) => ({ state: 'error', message: error.message }),
  );
}
