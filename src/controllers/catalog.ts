/**
 * The hub's catalog, as a reactive controller: loads what the host set (an object or a
 * URL), folds its providers' search text in idle time, fetches a split catalog's guides
 * (on intent, and on selection), and announces a failure with `link-hub-error` once the
 * update that shows it is done.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LinkHubErrorEvent } from '../events/error.js';
import { loadCatalog, type CatalogLazy, type LoadedCatalog } from '../internal/catalog.js';
import { pickLocale, type Guide } from '../internal/locale.js';
import { foldAhead } from '../internal/provider-filter.js';
import type { Catalog, Provider, ProviderSummary } from '../schema/guide.js';

export class CatalogController implements ReactiveController {
  loaded: LoadedCatalog = { state: 'empty' };
  /** The list entry whose guide could not be loaded, if any. */
  missing: ProviderSummary | undefined;
  #ticket = {};
  /** A failure to announce once the update that shows it is done. */
  #failure: string | undefined;

  /**
   * `lazy` loads what checks and fetches the rest of a catalog (the element's provider view
   * carries it); `failed` is told of each failure it announces (the funnel's `error`).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly lazy: CatalogLazy,
    private readonly failed?: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const failure = this.#failure;
    this.#failure = undefined;
    if (!failure) return;
    this.host.dispatchEvent(new LinkHubErrorEvent({ providerKey: null, message: failure, reason: 'catalog' }));
    this.failed?.();
  }

  /** The providers offered: the catalog's, or those of them that `only` allows. */
  get providers(): ProviderSummary[] {
    const all = this.loaded.state === 'ready' ? this.loaded.providers : [];
    const allowed = this.#allowed;
    return allowed ? all.filter((p) => allowed.includes(p.key)) : all;
  }

  /** The provider `key` names (a warning when there is none), else the only one when there is just one. */
  pick(key: string | undefined): ProviderSummary | undefined {
    const list = this.providers;
    const provider = key ? list.find((p) => p.key === key) : list.length === 1 ? list[0] : undefined;
    if (key && !provider) console.warn(`link-hub: unknown provider "${key}"`);
    return provider;
  }

  /** Offers only these provider keys (undefined: all). */
  only(keys: readonly string[] | undefined): void {
    this.#allowed = Array.isArray(keys) ? keys : undefined;
  }

  #allowed: readonly string[] | undefined;

  /** Resolves once what is loading has loaded (at once when nothing is). */
  async settled(): Promise<void> {
    if (this.loaded.state === 'loading') await this.loaded.done;
  }

  /** The host set `catalog`: a late answer for an earlier setting is dropped. */
  load(input: unknown): void {
    const ticket = {};
    this.#ticket = ticket;
    const result = loadCatalog(input, this.lazy);
    if (!(result instanceof Promise)) return this.#set(result);
    this.#set({ state: 'loading', done: result.then((loaded) => (this.#ticket === ticket ? this.#set(loaded) : undefined)) });
  }

  /** Something the hub needs could not be had (the provider view's module): the hub says it is unavailable. */
  fail(message: string): void {
    this.#set({ state: 'error', message });
  }

  #set(loaded: LoadedCatalog): void {
    this.loaded = loaded;
    // The list shows from the summaries; the whole catalog's check then takes their place, while nothing replaced this one.
    if (loaded.state === 'ready') void loaded.checking?.then((whole) => this.loaded === loaded && this.#set(whole));
    // The search text of every provider is folded in idle time, while this catalog is the one loaded.
    if (loaded.state === 'ready') foldAhead(loaded.providers, () => this.loaded === loaded);
    if (loaded.state === 'error') {
      console.warn(`link-hub: ${loaded.message}`);
      this.#failure = loaded.message;
    }
    this.host.requestUpdate();
  }

  /** The guide for a list entry (fetched when the catalog is split), in `lang` when there is one; the entry itself when it cannot be had. */
  async guide(summary: ProviderSummary, lang: string): Promise<ProviderSummary | Guide> {
    let loaded = this.loaded;
    // A whole catalog is shown only once checked whole: its guides come from the check.
    if (loaded.state === 'ready' && loaded.checking) {
      loaded.hurry?.();
      loaded = await loaded.checking;
    }
    if (loaded.state !== 'ready') return summary;
    const whole = loaded.providers.find((p) => p.key === summary.key) ?? summary;
    if ('fields' in whole) return this.#inLanguage(whole as Provider, lang, loaded.locales);
    if (!loaded.body) return summary;
    this.missing = undefined;
    const body = await loaded.body(summary.key, lang);
    if (!body) {
      this.missing = summary;
      this.host.requestUpdate();
    }
    return body ?? summary;
  }

  /** A split catalog's guide starts loading when the pointer or focus reaches its provider: a click often finds it there. */
  prefetch(summary: ProviderSummary, lang: string): void {
    const loaded = this.loaded;
    if (loaded.state === 'ready' && loaded.body && !('fields' in summary)) void loaded.body(summary.key, lang);
  }

  /** A whole catalog's guide, with its localized one when the catalog has the user's language. */
  #inLanguage(provider: Provider, lang: string, locales: Catalog['locales']): Guide {
    const guides = locales ?? [];
    const locale = pickLocale(
      guides.map((l) => l.locale),
      lang,
    );
    const localized = guides.find((l) => l.locale === locale)?.providers.find((p) => p.key === provider.key);
    return localized ? [provider, localized] : [provider];
  }
}
