import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { enList } from '../i18n/en-list.js';
import type { Locale } from '../i18n/locales.js';
import type { ListStrings, Translation } from '../i18n/translation.js';

/**
 * Each language as an import with a literal path, so that whatever bundles the hub follows it:
 * Vite's own build emits them as `dist/locales/<lang>.js` (loaded from beside `link-hub.js`
 * when a page asks), the classic-script build inlines them, and a host's bundler (Vite,
 * esbuild, Rollup, webpack) code-splits them out of `dist/link-hub.js` or `dist/node/`.
 * `Record<Locale, …>` keeps this table and LOCALES the same list.
 */
const LOADERS: Record<Locale, () => Promise<{ default: Translation }>> = {
  fr: () => import('../i18n/fr.js'),
  de: () => import('../i18n/de.js'),
  es: () => import('../i18n/es.js'),
  it: () => import('../i18n/it.js'),
  nl: () => import('../i18n/nl.js'),
  pt: () => import('../i18n/pt.js'),
  ja: () => import('../i18n/ja.js'),
  ar: () => import('../i18n/ar.js'),
};

/**
 * A language's table, loaded once per page (the code, shared like the code itself). One that
 * cannot load (a server that does not serve `locales/`, a host's build that dropped it) warns
 * once, and the hub stays in English.
 */
const loading = new Map<Locale, Promise<Translation | undefined>>();
function load(lang: Locale): Promise<Translation | undefined> {
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then(
      (module) => module.default,
      (error: unknown) => {
        console.warn(`link-hub: the "${lang}" language could not load; showing English`, error);
        return undefined;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}
/** Languages loaded so far; English's view strings come with the provider view (`en-view.ts`). */
const loaded = new Map<string, ListStrings | Translation>([['en', enList]]);

/**
 * Picks the hub's language: the element's `lang`, else its nearest ancestor's, else
 * the document's, else English. Re-renders the host when that changes or when a
 * language module arrives.
 */
export class LocalizeController implements ReactiveController {
  #observer: MutationObserver | undefined;
  lang = 'en';
  t: ListStrings | Translation = enList;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const options = { attributeFilter: ['lang'] };
    this.#observer = new MutationObserver(() => this.#resolve());
    this.#observer.observe(this.host, options);
    this.#observer.observe(document.documentElement, options);
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #resolve(): void {
    const lang = (this.host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en').toLowerCase();
    const base = lang.split('-')[0] ?? 'en';
    this.lang = lang;
    const ready = loaded.get(base);
    const t = ready ?? enList;
    if (t !== this.t) {
      this.t = t;
      this.host.requestUpdate();
    }
    if (!ready && Object.hasOwn(LOADERS, base)) {
      void load(base as Locale).then((table) => {
        if (!table) return;
        loaded.set(base, table);
        if (this.lang === lang) {
          this.t = table;
          this.host.requestUpdate();
        }
      });
    }
  }
}
