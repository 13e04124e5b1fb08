/**
 * What only the whole catalog shows, settled before it is assembled: a category taken from
 * a folder (`ats`) takes the spelling front matter gives the same category elsewhere
 * (`ATS`), so the list has one chip for it; and providers that would read the same in the
 * list (same name, same variant) are told apart by their category, else their key, with a
 * warning at each of them.
 */
import { stripAccents } from '../i18n/fold.js';
import type { Provider } from '../schema/guide.js';
import type { GuideProblem } from './diagnostics.js';

/** A compiled guide, as far as these rules need it. */
export interface Entry {
  file: string;
  locale?: string;
  provider?: Provider;
  /** Its category came from its folder, not its front matter. */
  folderCategory?: boolean;
  warnings: GuideProblem[];
}

const fold = (text: string | undefined) =>
  stripAccents(text ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** A folder's category takes the spelling that front matter gives it (the first, in file order). */
export function spellCategories(entries: readonly Entry[]): void {
  const spelling = new Map<string, string>();
  for (const { provider, folderCategory } of entries) {
    if (provider?.category && !folderCategory && !spelling.has(fold(provider.category)))
      spelling.set(fold(provider.category), provider.category);
  }
  for (const { provider, folderCategory } of entries) {
    if (provider?.category && folderCategory) provider.category = spelling.get(fold(provider.category)) ?? provider.category;
  }
}

/**
 * Providers of one language whose name and variant read the same get a variant that tells
 * them apart: the one they have, then their category if that differs among them, then
 * their key; each is warned about at the top of its file.
 */
export function tellApart(entries: readonly Entry[]): void {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (!entry.provider) continue;
    const same = `${entry.locale ?? ''}\n${fold(entry.provider.name)}\n${fold(entry.provider.variant)}`;
    (groups.get(same) ?? groups.set(same, []).get(same)!).push(entry);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const providers = group.map((e) => e.provider!);
    const categories = new Set(providers.map((p) => fold(p.category)));
    const byCategory = categories.size === providers.length;
    const told = providers.map((p) => [p.variant, byCategory ? p.category : p.key].filter(Boolean).join(' · '));
    group.forEach((entry, i) => {
      const others = group
        .filter((other) => other !== entry)
        .map((other) => other.file)
        .join(', ');
      const reads = providers[i]!.variant ? `"${providers[i]!.name}" (${providers[i]!.variant})` : `"${providers[i]!.name}"`;
      entry.warnings.push({
        file: entry.file,
        line: 1,
        column: 1,
        severity: 'warning',
        message: `${reads} would read the same as ${others} in the list: its variant is "${told[i]}" to tell them apart. Set \`variant:\` in the front matter to choose the words`,
      });
      providers[i]!.variant = told[i];
    });
  }
}
