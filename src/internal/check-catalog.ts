/**
 * The whole catalog checked against its schema: every guide and field, once the list that
 * only needed the summaries is on screen. Its own module, with the guide schema: the list
 * script carries neither.
 */
import { Catalog } from '../schema/guide.js';
import { invalid, type LoadedCatalog } from './catalog.js';

/** `data` checked whole: ready with every provider's guide, or an error naming the first paths that are wrong. */
export function checkCatalog(data: unknown, url = ''): LoadedCatalog {
  const full = Catalog.safeParse(data);
  return full.success ? { state: 'ready', providers: full.data.providers, locales: full.data.locales } : invalid(full.error, url);
}
