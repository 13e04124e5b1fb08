/**
 * The split form of a catalog, for large catalogs: the list loads `index.json` (what the
 * list needs of each provider, and which localized guides exist), and each guide is its
 * own file fetched when its provider opens. The one description of that layout: the CLI
 * and the Vite plugin write it with `splitFiles`, the hub reads it with `splitPath`.
 *
 *   index.json          { providers: [summary…], locales?: [{ locale, providers: [key…] }] }
 *   <key>.json          the provider in the default language
 *   <locale>/<key>.json the same provider's localized guide
 */
import * as z from './zod.js';
import type { Catalog, Provider } from './guide.js';
import { LocaleTag, ProviderKey, ProviderSummaries } from './summary.js';

export const CatalogIndex = z.object({
  providers: ProviderSummaries,
  /** The localized guides the split form holds, by language. */
  locales: z.optional(z.array(z.object({ locale: LocaleTag, providers: z.array(ProviderKey) }))),
});
export type CatalogIndex = z.infer<typeof CatalogIndex>;

/** Where a provider's guide lives in the split form, relative to `index.json`. */
export const splitPath = (key: string, locale?: string) =>
  `${locale ? `${encodeURIComponent(locale)}/` : ''}${encodeURIComponent(key)}.json`;

/** What the list needs of each provider, and which localized guides there are. */
export function catalogIndex(catalog: Catalog): CatalogIndex {
  const pick = ({ key, name, variant, description, category, logo, authType }: Provider) => ({
    key,
    name,
    authType,
    ...(variant !== undefined && { variant }),
    ...(description !== undefined && { description }),
    ...(category !== undefined && { category }),
    ...(logo !== undefined && { logo }),
  });
  const locales = catalog.locales?.map(({ locale, providers }) => ({ locale, providers: providers.map((p) => p.key) }));
  return { providers: catalog.providers.map(pick), ...(locales?.length && { locales }) };
}

/** Every file of the split form: path (relative, `/`-separated) and the data it holds. */
export function splitFiles(catalog: Catalog): [string, unknown][] {
  return [
    ['index.json', catalogIndex(catalog)],
    ...catalog.providers.map((p): [string, unknown] => [splitPath(p.key), p]),
    ...(catalog.locales ?? []).flatMap(({ locale, providers }) => providers.map((p): [string, unknown] => [splitPath(p.key, locale), p])),
  ];
}
