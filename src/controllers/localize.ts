import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { enList } from '../i18n/en-list.js';
import { LOCALES } from '../i18n/locales.js';
import type { ListStrings, Translation } from '../i18n/translation.js';

/** Set at build time: true in the classic-script build, whose languages are inlined. */
declare const __LINK_HUB_INLINE_LOCALES__: boolean;


/**
 * The ES build loads `locales/<lang>.js` from beside itself (bytes in the main file: one
 * line); the classic-script build cannot load modules from its own URL, so it inlines them.
 */
const load = (lang: string): Promise<{ default: Translation }> =>
  // Undefined (false) in the unbundled modules under dist/node, which hosts' bundlers compile.
  typeof __LINK_HUB_INLINE_LOCALES__ !== 'undefined' && __LINK_HUB_INLINE_LOCALES__
    ? import(`../i18n/${lang}.ts`)
    : // Through a variable: Vite would rewrite `new URL(…, import.meta.url)` into a build-time glob.
      import(/* @vite-ignore */ new URL(`locales/${lang}.js`, here).href);
const here = import.meta.url;

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
    if (!ready && (LOCALES as readonly string[]).includes(base)) {
      // A language that fails to load leaves the hub in English.
      load(base).then((module) => {
        loaded.set(base, module.default);
        if (this.lang === lang) {
          this.t = module.default;
          this.host.requestUpdate();
        }
      }, () => {});
    }
  }
}
