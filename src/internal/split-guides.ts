/** A split catalog's guides (`<key>.json`, `<locale>/<key>.json`), fetched when their provider opens. */
import { fetchJson } from './fetch-json.js';
import { pickLocale, type Guide } from './locale.js';
import { Provider } from '../schema/guide.js';
import { splitPath, type CatalogIndex } from '../schema/split.js';
import { formatIssues } from '../schema/zod.js';

/** A split catalog's guides, fetched once each; a failed fetch is forgotten so a later open tries again. */
export function splitGuides(index: CatalogIndex, url: string): (key: string, lang: string) => Promise<Guide | undefined> {
  const cache = new Map<string, Promise<Provider | undefined>>();
  const fetchOne = (path: string) => {
    let pending = cache.get(path);
    if (!pending) {
      const target = new URL(path, url).href;
      pending = fetchJson(target).then((json) => {
        const parsed = Provider.safeParse(json);
        if (parsed.success) return parsed.data;
        throw new Error(`invalid provider ${target}: ${formatIssues(parsed.error).join('; ')}`);
      });
      pending = pending.catch((error: Error) => {
        console.warn(`link-hub: ${error.message}`);
        cache.delete(path);
        return undefined;
      });
      cache.set(path, pending);
    }
    return pending;
  };
  const locales = index.locales ?? [];
  return async (key, lang) => {
    const locale = pickLocale(
      locales.filter((l) => l.providers.includes(key)).map((l) => l.locale),
      lang,
    );
    const [base, localized] = await Promise.all([fetchOne(splitPath(key)), locale ? fetchOne(splitPath(key, locale)) : undefined]);
    return base && (localized ? [base, localized] : [base]);
  };
}
