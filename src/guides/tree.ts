/**
 * A folder tree of guides: each file's provider key and category from its path under the
 * root, decided from the file names alone (never from their content), so the same tree
 * always gives the same keys.
 *
 * - Category: the file's first folder under the root (`ats/hibob.mdx` -> `ats`); a file at
 *   the root has none. Front matter `category:` wins.
 * - Key: the file name (`hibob.mdx` -> `hibob`). When files in different folders share a
 *   name, each of them takes its path instead, folders and name joined by `-`
 *   (`ats/hibob.mdx` -> `ats-hibob`, `hris/eu/hibob.mdx` -> `hris-eu-hibob`; one at the
 *   root keeps `hibob`). A file whose name no other shares keeps its name whatever is added
 *   elsewhere; a path key stays the same as files are added. Front matter `key:` wins.
 * - A localized guide (`hibob.fr.mdx`) takes the key of the guide beside it.
 */
import path from 'node:path';
import { stripAccents } from '../i18n/fold.js';

/** The url-safe form of a name: lower case, accents folded, anything else a dash. */
export function slug(text: string): string {
  return stripAccents(text.toLowerCase())
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

/** `flatchr.mdx` -> flatchr; `flatchr.fr.mdx` -> flatchr in French. */
export function guideName(file: string): { key: string; locale?: string } {
  const base = path.basename(file).replace(/\.(mdx|md|txt)$/i, '');
  const match = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)$/.exec(base);
  const key = slug(match ? match[1]! : base).slice(0, 64);
  return match ? { key, locale: match[2]! } : { key };
}

/** Where a guide stands in its tree. */
export interface TreePlace {
  /** Its provider key, unless front matter sets one. */
  key: string;
  /** Its first folder under the root, as written; none at the root. */
  category?: string;
  /** Its folder under the root, `/`-separated (`''` at the root): relative links and images start there. */
  dir: string;
}

/** Each file's place in the tree under `root` (files outside it are taken as standing at the root). */
export function treePlaces(root: string, files: readonly string[]): Map<string, TreePlace> {
  const folders = (file: string) => {
    const relative = path.relative(root, file);
    const parts = relative.startsWith('..') || path.isAbsolute(relative) ? [] : relative.split(path.sep).slice(0, -1);
    return parts;
  };
  // The folders each name stands in: a name in more than one folder is told apart by its path.
  const foldersOf = new Map<string, Set<string>>();
  for (const file of files) {
    const { key } = guideName(file);
    (foldersOf.get(key) ?? foldersOf.set(key, new Set()).get(key)!).add(folders(file).join('/'));
  }
  const places = new Map<string, TreePlace>();
  for (const file of files) {
    const parts = folders(file);
    const { key } = guideName(file);
    const shared = foldersOf.get(key)!.size > 1;
    const place: TreePlace = {
      key: shared
        ? [...parts.map(slug), key]
            .filter(Boolean)
            .join('-')
            .slice(0, 64)
            .replace(/[-_]+$/, '')
        : key,
      dir: parts.join('/'),
    };
    if (parts[0]) place.category = parts[0];
    places.set(file, place);
  }
  return places;
}
