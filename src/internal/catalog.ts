/** Turns what a host set as `catalog` (an object, or a URL) into validated providers. */
import * as z from '../schema/zod.js';
import { Catalog, Provider, ProviderSummary } from '../schema/guide.js';
import { formatIssues } from '../schema/zod.js';

export type LoadedCatalog =
  | { state: 'empty' }
  | { state: 'loading'; done: Promise<void> }
  | { state: 'error'; message: string }
  | {
      state: 'ready';
      providers: (Provider | ProviderSummary)[];
      locales?: Catalog['locales'];
      /** For a split catalog: fetches one provider's guide and fields. */
      body?: (key: string) => Promise<Provider | undefined>;
    };

/** The split form's index: what the list needs of each provider. */
const CatalogIndex = z.object({ providers: z.array(ProviderSummary) });

const FETCH_TIMEOUT = 15_000;

/** JSON from a URL; throws with a message that names the URL and what went wrong. */
async function fetchJson(url: string): Promise<unknown> {
  const fail = (why: string) => new Error(`catalog ${url} ${why}`);
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT) }).catch((error: Error) => {
    throw fail(error.name === 'TimeoutError' ? 'timed out' : `could not be fetched (${error.message})`);
  });
  if (!response.ok) throw fail(`answered HTTP ${response.status}`);
  return response.json().catch(() => {
    throw fail(`is not JSON (${response.headers.get('content-type')})`);
  });
}

/** Whether fetched data is the split form's index: providers, none with a guide body (`fields`). */
function looksLikeIndex(data: unknown): boolean {
  const providers = (data as { providers?: unknown } | null)?.providers;
  return Array.isArray(providers) && providers.every((p) => !(typeof p === 'object' && p !== null && 'fields' in p));
}

function parse(data: unknown, url?: string): LoadedCatalog {
  // An index is checked as one (checking it as a full catalog first would list a problem per provider).
  const index = url && looksLikeIndex(data) ? CatalogIndex.safeParse(data) : undefined;
  if (index?.success && url) {
    const bodies = new Map<string, Promise<Provider | undefined>>();
    const body = (key: string) => {
      let pending = bodies.get(key);
      if (!pending) {
        const target = new URL(`${encodeURIComponent(key)}.json`, url).href;
        pending = fetchJson(target).then(
          (json) => {
            const parsed = Provider.safeParse(json);
            if (parsed.success) return parsed.data;
            console.warn(`link-hub: invalid provider ${target}: ${formatIssues(parsed.error).join('; ')}`);
            return undefined;
          },
          (error: Error) => {
            console.warn(`link-hub: ${error.message}`);
            bodies.delete(key);
            return undefined;
          },
        );
        bodies.set(key, pending);
      }
      return pending;
    };
    return { state: 'ready', providers: index.data.providers, body };
  }
  const full = index ?? Catalog.safeParse(data);
  if (full.success) return { state: 'ready', providers: full.data.providers, locales: (full.data as Catalog).locales };
  const lines = formatIssues(full.error);
  return { state: 'error', message: `invalid catalog ${url ?? ''}: ${lines.slice(0, 3).join('; ')}${lines.length > 3 ? ` (+${lines.length - 3} more)` : ''}` };
}

export function loadCatalog(input: unknown): LoadedCatalog | Promise<LoadedCatalog> {
  if (input === undefined || input === null || input === '') return { state: 'empty' };
  if (typeof input !== 'string') return parse(input);
  const url = new URL(input, document.baseURI).href;
  return fetchJson(url).then(
    (data) => parse(data, url),
    (error: Error) => ({ state: 'error', message: error.message }),
  );
}
