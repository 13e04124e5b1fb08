/**
 * The top-level keys a guide's front matter may carry: those the compiler reads (the front
 * matter schema's), and those the documentation dialect uses for its own site (Mintlify's
 * page metadata), which are known and ignored. Any other key is ignored too, but with a
 * warning at the key, so that a misspelt `catgory:` is not silently lost.
 */
import type { Scalar } from 'yaml';
import { FrontMatter, FrontMatterAction, FrontMatterFieldObject } from '../../schema/front-matter.js';
import { closest } from '../../schema/suggest.js';
import { type State } from './state.js';
import type { Point } from '../diagnostics.js';

/** The keys the compiler reads: the front matter schema's, in its order. */
export const READ_KEYS: readonly string[] = Object.keys(FrontMatter.shape);

/**
 * Keys of Mintlify page metadata that mean something to a docs site, not to the hub:
 * sidebar (`sidebarTitle`, `icon`, `iconType`, `tag`, `hidden`), layout (`mode`), search
 * and SEO (`noindex`, `keywords`, `canonical`, `robots`), links and API pages (`url`,
 * `api`, `openapi`, `asyncapi`, `playground`, `authMethod`), versions and access
 * (`version`, `deprecated`, `public`, `groups`). `title` and `description` are read, and so
 * is `sidebarTitle` when the title names no provider (it stays in this list: a docs site's key).
 */
export const IGNORED_KEYS: readonly string[] = [
  'sidebarTitle',
  'icon',
  'iconType',
  'tag',
  'hidden',
  'mode',
  'noindex',
  'keywords',
  'canonical',
  'robots',
  'url',
  'api',
  'openapi',
  'asyncapi',
  'playground',
  'authMethod',
  'version',
  'deprecated',
  'public',
  'groups',
];

/** Prefixes of ignored keys: SEO meta tags such as `og:image` and `twitter:card`. */
export const IGNORED_PREFIXES: readonly string[] = ['og:', 'twitter:'];

/** Whether a top-level front matter key is one the compiler reads or knows to ignore. */
export function isKnownKey(key: string): boolean {
  return READ_KEYS.includes(key) || IGNORED_KEYS.includes(key) || IGNORED_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** Warns about each unknown top-level key, at the key, with the known key it was probably meant to be. */
export function checkKeys(keys: readonly Scalar[], state: State, place: (offset: number | undefined) => Point | undefined): void {
  for (const key of keys) {
    const name = String(key.value);
    if (isKnownKey(name)) continue;
    const meant = closest(name, [...READ_KEYS, ...IGNORED_KEYS]);
    state.diagnostics.warn(
      meant
        ? `front matter: unknown key "${name}" is ignored: did you mean \`${meant}\`?`
        : `front matter: unknown key "${name}" is ignored: the compiler reads ${READ_KEYS.join(', ')}`,
      place(key.range?.[0]),
    );
  }
}

/** The keys of an entry of a front matter list, by its path (`fields[0]`, `actions[1]`, `fields[0].options[2]`). */
function entryKeys(path: readonly PropertyKey[]): { what: string; keys: readonly string[] } | undefined {
  const [list, , inner] = path;
  if (list === 'fields' && path.length === 2) return { what: 'a field', keys: Object.keys(FrontMatterFieldObject.shape) };
  if (list === 'fields' && inner === 'options' && path.length === 4) return { what: 'an option', keys: ['value', 'label'] };
  if (list === 'actions' && path.length === 2) return { what: 'an action', keys: Object.keys(FrontMatterAction.shape) };
  return undefined;
}

/** An unknown key in an entry of `fields:` or `actions:` (`palceholder`), with the key it was probably meant to be. */
export function unknownEntryKey(path: readonly PropertyKey[], name: string): string {
  const entry = entryKeys(path);
  const meant = entry && closest(name, entry.keys);
  return `unknown key "${name}"${meant ? `: did you mean \`${meant}\`?` : entry ? `: ${entry.what} has ${entry.keys.join(', ')}` : ''}`;
}
