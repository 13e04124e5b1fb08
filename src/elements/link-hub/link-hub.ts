import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { LinkHubCloseEvent } from '../../events/close.js';
import { LinkHubErrorEvent } from '../../events/error.js';
import { LinkHubOpenEvent } from '../../events/open.js';
import { LinkHubProviderEvent } from '../../events/provider.js';
import { LocalizeController } from '../../controllers/localize.js';
import type { Translation } from '../../i18n/translation.js';
import { loadCatalog, pickLocale, type Guide, type LoadedCatalog } from '../../internal/catalog.js';
import type { ListChoice } from '../../internal/provider-filter.js';
import type { Provider, ProviderSummary } from '../../schema/guide.js';
import { LinkedAccounts, type DisconnectHandler, type LinkedAccount, type SubmitHandler } from '../../schema/options.js';
import { formatIssues } from '../../schema/zod.js';
import type { ProviderView } from './provider-view.js';
import { renderList } from './render-list.js';
import { styles } from './link-hub.styles.js';
import type { ViewHost } from './view-host.js';

/** How many providers the list renders at first, and adds per "Show more". */
const PAGE = 60;
const NO_CHOICE: ListChoice = { query: '', category: '', linkedOnly: false };

/**
 * A modal hub where a user picks a provider, follows its setup guide and pastes the
 * credentials it needs; the host's `onSubmit` links the account.
 *
 * @tagname link-hub
 * @summary Account-linking hub: provider list, in-widget guides, credential form, confirmation.
 *
 * @event link-hub-open - The hub opened. `detail: { providerKey: string | null }`
 * @event link-hub-close - The hub closed. `detail: { providerKey: string | null }`
 * @event link-hub-provider - A provider's guide and form were opened. `detail: { providerKey: string }`
 * @event link-hub-success - `onSubmit` resolved. `detail: { providerKey: string, result: SubmitResult | undefined }`
 * @event link-hub-error - Linking, disconnecting or loading failed. `detail: { providerKey: string | null, message: string }`
 * @event link-hub-disconnect - `onDisconnect` resolved: the account is gone. `detail: { providerKey: string, accountId: string }`
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The title bar.
 * @csspart title - The visible title that names the dialog.
 * @csspart close-button - The close button.
 * @csspart back-button - The button back to the provider list.
 * @csspart search - The search box.
 * @csspart provider-list - The list of providers.
 * @csspart provider - One provider button.
 * @csspart badge - The Connected badge of a provider with a linked account.
 * @csspart guide - A provider's setup guide.
 * @csspart warning - A warning or danger callout.
 * @csspart callout - Any other callout.
 * @csspart section - One section of a guide.
 * @csspart steps - A section's numbered steps.
 * @csspart step - One numbered step.
 * @csspart image - An image in a guide.
 * @csspart accounts - A provider's linked accounts, with Re-link and Disconnect.
 * @csspart waiting - The panel shown while the user signs in in another window.
 * @csspart form - The credential form.
 * @csspart field - One field: label, input, help and error.
 * @csspart field-label - A field's label.
 * @csspart field-error - A field's error message.
 * @csspart reveal-button - The Show/Hide toggle of a secret field.
 * @csspart error - The host's error message above the form.
 * @csspart submit-button - The Connect button.
 * @csspart popup - The success confirmation.
 *
 * @cssprop --link-hub-color-accent - Buttons, links and focus rings.
 * @cssprop --link-hub-color-on-accent - Text on the accent color.
 * @cssprop --link-hub-color-surface - The dialog's background.
 * @cssprop --link-hub-color-surface-raised - Cards, inputs and chips.
 * @cssprop --link-hub-color-text - Body text.
 * @cssprop --link-hub-color-text-muted - Secondary text.
 * @cssprop --link-hub-color-border - Borders and dividers.
 * @cssprop --link-hub-color-danger - Errors and warnings.
 * @cssprop --link-hub-color-success - The success confirmation.
 * @cssprop --link-hub-radius - Corner radius.
 * @cssprop --link-hub-font-family - Font of the whole hub (inherits the page's by default).
 * @cssprop --link-hub-font-size - Base text size (default 15px).
 * @cssprop --link-hub-space - Spacing unit (default 8px).
 * @cssprop --link-hub-dialog-width - Width of the dialog on large screens.
 */
export class LinkHub extends LitElement {
  static override styles = styles;

  static override properties = {
    catalog: {},
    onSubmit: { attribute: false },
    open: { type: Boolean, reflect: true },
    theme: { reflect: true },
    submitTimeout: { type: Number, attribute: 'submit-timeout' },
    linkedAccounts: { attribute: false },
    onDisconnect: { attribute: false },
    oauthOrigin: { attribute: 'oauth-origin' },
    signInTimeout: { type: Number, attribute: 'sign-in-timeout' },
    _loaded: { state: true },
    _selected: { state: true },
    _choice: { state: true },
    _limit: { state: true },
  };

  private readonly localize = new LocalizeController(this);

  /** The catalog: an object (validated when set), or the URL of a catalog JSON (attribute `catalog`). */
  declare catalog: unknown;
  /**
   * Called with `{ providerKey, values, signal }` (plus `accountId` when re-linking, and a fresh `state` for
   * `oauth2` providers) when the user presses Connect; resolve to link, throw to show the error. For an
   * `oauth2` provider, resolve `{ redirectUrl }` to send the sign-in window there.
   */
  declare onSubmit: SubmitHandler | undefined;
  /** Accounts already linked, `[{ providerKey, accountId, label, values? }]`: shown as connected, with Re-link. */
  declare linkedAccounts: LinkedAccount[] | undefined;
  /** When set, linked accounts offer Disconnect (after a confirmation); throw to keep the account and show why. */
  declare onDisconnect: DisconnectHandler | undefined;
  /** Origin of the host's sign-in callback page (attribute `oauth-origin`); default: this page's origin. */
  declare oauthOrigin: string | undefined;
  /** Milliseconds a redirect sign-in may take before it is given up (default 300000: five minutes). */
  declare signInTimeout: number | undefined;
  /** Whether the hub is open. */
  declare open: boolean;
  /** `light` (default), `dark`, or `auto` to follow the user's system setting. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Milliseconds after which a pending `onSubmit` is aborted and a timeout shown; 0 or unset waits forever. */
  declare submitTimeout: number | undefined;

  declare private _loaded: LoadedCatalog;
  /** The provider on screen: its list entry until its guide is there, then the guide (and its localized one). */
  declare private _selected: ProviderSummary | Guide | undefined;
  declare private _choice: ListChoice;
  declare private _limit: number;

  /** `linkedAccounts` once validated, and the same by provider key. */
  #accounts: LinkedAccount[] = [];
  #linked = new Map<string, LinkedAccount[]>();
  #opener: HTMLElement | null = null;
  #focusNext: string | undefined;
  /** Counts show() and close() calls: a show() that a later call overtook does not open. */
  #call = 0;
  /** Whether the pointer went down on the backdrop (a click there closes only then). */
  #pressedBackdrop = false;
  /** A load failure to announce once the update that shows it is done. */
  #failure: string | undefined;
  /** The list entry whose guide could not be loaded, if any. */
  #bodyMissing: ProviderSummary | undefined;
  /** The guide and form (a separate module: the list does not wait for it). */
  #view: ProviderView | undefined;
  #viewLoading: Promise<ProviderView | undefined> | undefined;
  #loadTicket = {};

  /** What the provider view may use of the element. */
  readonly #host: ViewHost;

  constructor() {
    super();
    this.open = false;
    this._loaded = { state: 'empty' };
    this._choice = NO_CHOICE;
    this._limit = PAGE;
    const hub = this;
    this.#host = {
      element: this,
      get t() {
        return hub.localize.t;
      },
      focus(selector) {
        hub.#focusNext = selector;
        hub.requestUpdate();
      },
      accounts: (key) => (key === undefined ? this.#accounts : (this.#linked.get(key) ?? [])),
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('catalog')) this.#load();
    if (changed.has('linkedAccounts')) this.#takeAccounts();
    if (changed.has('open') && !this.open && changed.get('open')) this.#reset();
    if (this.open) void this.#loadView();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.#dialog;
    if (changed.has('open') && dialog) {
      if (this.open && !dialog.open) {
        this.#opener = activeElement();
        dialog.showModal();
        this.#focusNext ??= this._selected ? '#title' : '[part=search]';
      } else if (!this.open && dialog.open) {
        dialog.close();
      }
    }
    if (this.#focusNext && this.open) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusNext) ?? this.renderRoot.querySelector<HTMLElement>('#title');
      this.#focusNext = undefined;
      target?.focus();
    }
    const failure = this.#failure;
    this.#failure = undefined;
    if (failure) this.dispatchEvent(new LinkHubErrorEvent({ providerKey: null, message: failure }));
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  get #providers(): ProviderSummary[] {
    return this._loaded.state === 'ready' ? this._loaded.providers : [];
  }

  /** The guide of the provider on screen, and the same in the user's language when the catalog has it. */
  get #guide(): Guide | undefined {
    const selected = this._selected;
    if (!Array.isArray(selected)) return undefined;
    const loaded = this._loaded;
    // (A split catalog's guide arrives with its localized one.)
    const guides = (loaded.state === 'ready' && loaded.locales) || [];
    const locale = pickLocale(guides.map((l) => l.locale), this.localize.lang);
    const localized = guides.find((l) => l.locale === locale)?.providers.find((p) => p.key === selected[0].key);
    return localized ? [selected[0], localized] : selected;
  }

  /** The key and name of the provider on screen. */
  get #current(): ProviderSummary | undefined {
    const selected = this._selected;
    return Array.isArray(selected) ? selected[0] : selected;
  }

  /**
   * Opens the hub, on the provider list or straight on one provider; with `{ accountId }`,
   * on the form that re-links that account of the provider. Resolves once the hub is shown.
   */
  async show(providerKey?: string, options?: { accountId?: string | undefined }): Promise<void> {
    // Only the last show() or close() counts: one that a later call overtook while it waited stops.
    const call = ++this.#call;
    await this.updateComplete;
    if (this._loaded.state === 'loading') await this._loaded.done;
    if (call !== this.#call) return;
    const list = this.#providers;
    const provider = providerKey ? list.find((p) => p.key === providerKey) : list.length === 1 ? list[0] : undefined;
    if (providerKey && !provider) console.warn(`link-hub: unknown provider "${providerKey}"`);
    const accountId = options?.accountId;
    const account = accountId ? this.#linked.get(provider?.key ?? '')?.find((a) => a.accountId === accountId) : undefined;
    if (accountId && !account) console.warn(`link-hub: unknown account "${accountId}"`);
    // Whatever was under way is forgotten (a pending Connect aborted, a sign-in window closed).
    this.#view?.clear();
    const [view, body] = await Promise.all([provider && this.#loadView(), provider && this.#body(provider)]);
    if (call !== this.#call) return;
    view?.start(account);
    this._selected = body;
    const wasOpen = this.open;
    this.open = true;
    await this.updateComplete;
    if (!wasOpen) this.dispatchEvent(new LinkHubOpenEvent({ providerKey: this.#current?.key ?? null }));
    if (this.#current) this.dispatchEvent(new LinkHubProviderEvent({ providerKey: this.#current.key }));
  }

  /** Closes the hub: a pending `onSubmit` is aborted, typed values are cleared, focus returns to the opener. */
  async close(): Promise<void> {
    this.#call++;
    if (!this.open) return;
    const key = this.#current?.key ?? null;
    this.open = false;
    await this.updateComplete;
    this.dispatchEvent(new LinkHubCloseEvent({ providerKey: key }));
  }

  #load(): void {
    const ticket = {};
    this.#loadTicket = ticket;
    const result = loadCatalog(this.catalog);
    if (!(result instanceof Promise)) return this.#setLoaded(result);
    this._loaded = { state: 'loading', done: result.then((loaded) => (this.#loadTicket === ticket ? this.#setLoaded(loaded) : undefined)) };
  }

  #setLoaded(loaded: LoadedCatalog): void {
    this._loaded = loaded;
    if (loaded.state === 'error') {
      console.warn(`link-hub: ${loaded.message}`);
      this.#failure = loaded.message;
    }
  }

  #takeAccounts(): void {
    const parsed = LinkedAccounts.safeParse(this.linkedAccounts ?? []);
    if (!parsed.success) console.warn(`link-hub: ${formatIssues(parsed.error, 'linkedAccounts').join('; ')}`);
    const linked = new Map<string, LinkedAccount[]>();
    this.#accounts = parsed.data ?? [];
    for (const account of this.#accounts) linked.set(account.providerKey, [...(linked.get(account.providerKey) ?? []), account]);
    this.#linked = linked;
  }

  /** Loads the provider view once; if its module cannot be fetched, the hub says it is unavailable. */
  #loadView(): Promise<ProviderView | undefined> {
    return (this.#viewLoading ??= import('./provider-view.js').then(
      ({ ProviderView }) => {
        this.requestUpdate();
        return (this.#view = new ProviderView(this.#host));
      },
      (error: Error) => {
        this.#viewLoading = undefined;
        this.#setLoaded({ state: 'error', message: `the provider view could not be loaded (${error.message})` });
        return undefined;
      },
    ));
  }

  /** The full provider (guide and fields) for a list entry, fetched when the catalog is split. */
  async #body(summary: ProviderSummary): Promise<ProviderSummary | Guide> {
    const loaded = this._loaded;
    if ('fields' in summary) return [summary as Provider];
    if (loaded.state !== 'ready' || !loaded.body) return summary;
    this.#bodyMissing = undefined;
    const body = await loaded.body(summary.key, this.localize.lang);
    if (!body) {
      this.#bodyMissing = summary;
      this.requestUpdate();
    }
    return body ?? summary;
  }

  /** A split catalog's guide starts loading when the pointer or focus reaches its provider: a click often finds it there. */
  #prefetch(summary: ProviderSummary): void {
    const loaded = this._loaded;
    if (loaded.state === 'ready' && loaded.body && !('fields' in summary)) void loaded.body(summary.key, this.localize.lang);
  }

  #reset(): void {
    this.#view?.reset();
    this._choice = NO_CHOICE;
    this._limit = PAGE;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  }

  async #select(summary: ProviderSummary): Promise<void> {
    this._selected = summary;
    this.#focusNext = '#title';
    const [view, body] = await Promise.all([this.#loadView(), this.#body(summary)]);
    if (this._selected !== summary) return;
    view?.start();
    this._selected = body;
    this.dispatchEvent(new LinkHubProviderEvent({ providerKey: summary.key }));
  }

  #backToList(): void {
    this.#view?.clear();
    this._selected = undefined;
    this.#focusNext = '[part=search]';
  }

  #requestClose(event?: Event): void {
    event?.preventDefault();
    void this.close();
  }

  #onDialogPress(event: PointerEvent): void {
    this.#pressedBackdrop = event.target === event.currentTarget;
  }

  #onDialogClick(event: MouseEvent): void {
    // A click on the dialog element itself is a click on its backdrop; but selecting text in a
    // field and letting go over the backdrop also clicks the dialog: only a press that began there counts.
    const pressed = this.#pressedBackdrop;
    this.#pressedBackdrop = false;
    if (event.target === event.currentTarget && pressed) this.#requestClose();
  }

  #onDialogClose(event: Event): void {
    // The browser closed the dialog on its own (e.g. a second Escape): keep state in step. A close
    // event queued by an earlier close() can arrive after a reopen: the dialog is open again then.
    if (this.open && !(event.target as HTMLDialogElement).open) void this.close();
  }

  // ------------------------------------------------------------------ render

  protected override render() {
    const t = this.localize.t;
    const current = this.#current;
    const title = current ? t.connectTo(current.name) : t.title;
    return html`<dialog part="dialog" aria-labelledby="title" dir=${t.dir} lang=${t.locale}
      @cancel=${this.#requestClose} @pointerdown=${this.#onDialogPress} @click=${this.#onDialogClick} @close=${this.#onDialogClose}>
      <div class="frame">
        <div part="header" class="header">
          ${current && this.#providers.length > 1
            ? html`<button part="back-button" class="icon" type="button" @click=${this.#backToList} aria-label=${t.back}>
                <span aria-hidden="true" class="flip">←</span>
              </button>`
            : nothing}
          <h2 id="title" part="title" tabindex="-1">${title}</h2>
          <button part="close-button" class="icon" type="button" @click=${() => this.#requestClose()} aria-label=${t.close}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        <div class="body">${this.open ? this.#renderBody() : nothing}</div>
      </div>
    </dialog>`;
  }

  #renderBody() {
    const t = this.localize.t;
    const loaded = this._loaded;
    if (loaded.state === 'loading' || loaded.state === 'empty') return html`<p class="state" role="status">${t.loading}</p>`;
    if (loaded.state === 'error') return html`<p class="state" role="alert">${t.unavailable}</p>`;
    const selected = this._selected;
    if (!selected) {
      return renderList({ providers: this.#providers, linked: this.#linked, limit: this._limit, ...this._choice }, this.#listActions, t);
    }
    const guide = this.#guide;
    // A split catalog whose guide file could not be fetched (it warned, naming the URL): say so, keep the way back.
    if (!guide && this.#bodyMissing === selected) return html`<p class="state" role="alert">${t.unavailable}</p>`;
    if (!guide || !this.#view) return html`<div class="skeleton" role="status" aria-label=${t.loading}></div>`;
    return this.#view.render(...guide);
  }

  readonly #listActions = {
    choose: (choice: Partial<ListChoice>) => {
      this._choice = { ...this._choice, ...choice };
      if (choice.query !== undefined) this._limit = PAGE;
    },
    select: (p: ProviderSummary) => void this.#select(p),
    prefetch: (p: ProviderSummary) => this.#prefetch(p),
    more: () => (this._limit += PAGE * 4),
  };
}

/** The focused element, looking through open shadow roots. */
function activeElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'link-hub': LinkHub;
  }
}
