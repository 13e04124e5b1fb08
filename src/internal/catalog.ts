/** Turns what a host set as `catalog` (an object, or a URL) into validated providers. */
import { Catalog, type Provider, type ProviderSummary } from '../schema/guide.js';
import { CatalogIndex } from '../schema/split.js';
import { formatIssues } from '../schema/zod.js';

/** A provider's guide, and the same guide in the user's language when there is one. */
export type Guide = [provider: Provider, localized?: Provider];

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

const FETCH_TIMEOUT = 15_000;
/** How deep a catalog may nest (a real one needs about 20), and how large it may be. */
const MAX_DEPTH = 32;
const MAX_BYTES = 5_000_000;

/** Whether `data` nests deeper than `max` levels (iterative: a crafted catalog must not overflow the stack). */
export function tooDeep(data: unknown, max = MAX_DEPTH): boolean {
  const stack: [unknown, number][] = [[data, 1]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [value, depth] = item;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

/** JSON from a URL; throws with a message that names the URL and what went wrong. */
export async function fetchJson(url: string): Promise<unknown> {
  const fail = (why: string) => new Error(`catalog ${url} ${why}`);
  const tooLarge = () => fail(`is larger than ${MAX_BYTES} bytes`);
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT) }).catch((error: Error) => {
    throw fail(error.name === 'TimeoutError' ? 'timed out' : `could not be fetched (${error.message})`);
  });
  if (!response.ok) throw fail(`answered HTTP ${response.status}`);
  if (Number(response.headers.get('content-length')) > MAX_BYTES) throw tooLarge();
  const text = await response.text().catch((error: Error) => {
    throw fail(`could not be read (${error.message})`);
  });
  if (text.length > MAX_BYTES) throw tooLarge();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw fail(`is not JSON (${response.headers.get('content-type')})`);
  }
  if (tooDeep(data)) throw fail(`nests deeper than ${MAX_DEPTH} levels`);
  return data;
}

/** Whether fetched data is the split form's index: providers, none with a guide body (`fields`). */
function looksLikeIndex(data: unknown): boolean {
  const providers = (data as { providers?: unknown } | null)?.providers;
  return Array.isArray(providers) && providers.every((p) => !(typeof p === 'object' && p !== null && 'fields' in p));
}

/** The catalog language that serves `lang`: the same tag, else its primary language (`pt-BR` -> `pt`). */
export function pickLocale(available: readonly string[], lang: string): string | undefined {
  const find = (tag: string | undefined) => available.find((l) => l.toLowerCase() === tag);
  return find(lang.toLowerCase()) ?? find(lang.toLowerCase().split('-')[0]);
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
