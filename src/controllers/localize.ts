import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from '../i18n/en.js';
import type { Translation } from '../i18n/translation.js';

type Loader = () => Promise<{ default: Translation }>;

/** Languages beyond English, each its own module, fetched only when a page asks for it. */
const LOADERS: Record<string, Loader> = {
  fr: () => import('../i18n/fr.js'),
};

const loaded = new Map<string, Translation>([['en', en]]);

/**
 * Picks the hub's language: the element's `lang`, else its nearest ancestor's, else
 * the document's, else English. Re-renders the host when that changes or when a
 * language module arrives.
 */
export class LocalizeController implements ReactiveController {
  #observer: MutationObserver | undefined;
  lang = 'en';
  t: Translation = en;

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
    const t = ready ?? en;
    if (t !== this.t) {
      this.t = t;
      this.host.requestUpdate();
    }
    const loader = LOADERS[base];
    if (!ready && loader) {
      void loader().then((module) => {
        loaded.set(base, module.default);
        if (this.lang === lang) {
          this.t = module.default;
          this.host.requestUpdate();
        }
      });
    }
  }
}
