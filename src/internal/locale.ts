/** Guides in the user's language. */
import type { Provider } from '../schema/guide.js';

/** A provider's guide, and the same guide in the user's language when there is one. */
export type Guide = [provider: Provider, localized?: Provider];

/** The catalog language that serves `lang`: the same tag, else its primary language (`pt-BR` -> `pt`). */
export function pickLocale(available: readonly string[], lang: string): string | undefined {
  const find = (tag: string | undefined) => available.find((l) => l.toLowerCase() === tag);
  return find(lang.toLowerCase()) ?? find(lang.toLowerCase().split('-')[0]);
}
