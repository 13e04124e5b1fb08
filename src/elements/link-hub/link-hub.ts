import { LitElement, nothing, type PropertyValues } from 'lit';
import { LinkHubCloseEvent } from '../../events/close.js';
import { LinkHubOpenEvent } from '../../events/open.js';
import { LinkHubProviderEvent } from '../../events/provider.js';
import { LocalizeController } from '../../controllers/localize.js';
import { CatalogController } from '../../controllers/catalog.js';
import { ModalController } from '../../controllers/modal.js';
import { ViewLoader } from './view-loader.js';
import { takeAccounts } from '../../internal/accounts.js';
import { ListState } from '../../internal/list-state.js';
import { SessionController } from '../../controllers/session.js';
import type { ExitReason } from '../../events/funnel.js';
import type { Guide } from '../../internal/locale.js';
import type { ProviderSummary } from '../../schema/guide.js';
import type { DisconnectHandler, LinkedAccount, SubmitHandler } from '../../schema/options.js';
import type { SetupHandler, SetupSaveHandler } from '../../schema/setup.js';
import { renderFrame, renderState } from './render-frame.js';
import { renderList } from './render-list.js';
import { styles } from './link-hub.styles.js';

/** The provider view's module; it also carries what checks and fetches the rest of a catalog. */
const loadView = () => import('./provider-view.js');

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
 * @event link-hub-error - Linking, disconnecting or loading failed. `detail: { providerKey: string | null, message: string, reason: LinkHubErrorReason }`
 * @event link-hub-event - A step of the linking funnel, for a host's product team. `detail: FunnelDetail` (`name`, `sessionId`, `at`, ...)
 * @event link-hub-disconnect - `onDisconnect` resolved: the account is gone. `detail: { providerKey: string, accountId: string }`
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The title bar.
 * @csspart title - The visible title that names the dialog.
 * @csspart variant - What tells two guides for one product apart ("API Key"), beside its name in the header and the list.
 * @csspart close-button - The close button.
 * @csspart back-button - The button back to the provider list.
 * @csspart search - The search box.
 * @csspart provider-list - The list of providers.
 * @csspart provider - One provider button.
 * @csspart badge - The Connected (or Needs attention) badge of a provider with a linked account.
 * @csspart attention - The host's message about a linked account that needs attention.
 * @csspart guide - A provider's setup guide.
 * @csspart warning - A warning or danger callout.
 * @csspart callout - Any other callout.
 * @csspart section - One section of a guide.
 * @csspart steps - A section's numbered steps.
 * @csspart step - One numbered step.
 * @csspart image - An image in a guide.
 * @csspart disclosure - A guide's `<details>` block (an accordion), closed until opened.
 * @csspart table - A guide's table.
 * @csspart card - A guide's card (a titled box, a link when it has one).
 * @csspart actions - A scope-aware guide's group of actions to choose.
 * @csspart scopes - The scopes a step asks the user to grant.
 * @csspart accounts - A provider's linked accounts, with Re-link and Disconnect.
 * @csspart waiting - The panel shown while the user signs in in another window.
 * @csspart setup - The setup form after a link (the host's `setup`), and an account's Settings.
 * @csspart duplicate - The panel that names the account already holding the credentials typed (`duplicateOf`), with Update and Go back.
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
    inline: { type: Boolean, reflect: true },
    providers: { attribute: false },
    actions: { attribute: false },
    setup: { attribute: false },
    onSetup: { attribute: false },
    _selected: { state: true },
  };

  private readonly localize = new LocalizeController(this);

  /** The catalog: an object (validated when set), or the URL of a catalog JSON (attribute `catalog`). */
  declare catalog: unknown;
  /** Called on Connect with `SubmitArgs`; resolve to link (`{ redirectUrl }` to sign in, for `oauth2`), throw to show the error. */
  declare onSubmit: SubmitHandler | undefined;
  /** Accounts already linked, `[{ providerKey, accountId, label, values?, status?, message? }]`: Connected, or Needs attention (`status` error/expired). */
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
  /** In the page's flow (a region named by its title) instead of a modal: no backdrop, no close button, no `show()` needed. */
  declare inline: boolean;
  /** Only these provider keys are offered (default: every provider of the catalog). */
  declare providers: string[] | undefined;
  /** Action ids the host needs (scope-aware guides): checked for a provider that has them; the user may change them. */
  declare actions: string[] | undefined;
  /** After a link, and from Settings: the fields to set for the account, or none. */ declare setup: SetupHandler | undefined;
  /** Saves the setup form's values; throw to show why (the values are kept). */ declare onSetup: SetupSaveHandler | undefined;

  /** The provider on screen: its list entry until its guide is there, then the guide (and its localized one). */
  declare private _selected: ProviderSummary | Guide | undefined;

  /** The linking session: its funnel's `link-hub-event`s, and the session id `onSubmit` receives. */
  readonly #session = new SessionController(this, () => (this._selected ? (this.#views.view?.stage ?? 'provider') : 'list'));
  readonly #funnel = this.#session.funnel;
  readonly #catalog = new CatalogController(this, loadView, () => this.#funnel.error(null, 'catalog'));
  /** Focus goes to the title on a provider, else to the search box, when the dialog opens. */
  readonly #modal = new ModalController(this, { close: (s) => this.#requestClose(s), first: () => this.#first });
  readonly #list = new ListState(this, {
    providers: () => this.#catalog.providers,
    linked: () => this.#accounts.byProvider,
    funnel: this.#funnel,
    select: (p) => void this.#select(p),
    prefetch: (p) => this.#catalog.prefetch(p, this.localize.lang),
  });
  /** `linkedAccounts` once validated, and the same by provider key. */
  #accounts = takeAccounts([]);
  /** Counts show() and close() calls: a show() that a later call overtook does not open. */
  #call = 0;
  /** The guide and form (a separate module: the list does not wait for it). */
  readonly #views: ViewLoader = new ViewLoader(loadView, {
    element: this,
    localize: this.localize,
    focus: (selector) => this.#modal.focus(selector),
    accounts: (key) => (key === undefined ? this.#accounts.all : (this.#accounts.byProvider.get(key) ?? [])),
    funnel: this.#funnel,
    failed: (message) => this.#catalog.fail(message),
  });

  constructor() {
    super();
    this.open = false;
    this.inline = false;
  }

  /** Shown: open as a modal, or always when inline. */
  get #shown(): boolean { return this.open || this.inline; } // prettier-ignore
  get #first(): string { return this._selected ? '#title' : '[part=search]'; } // prettier-ignore

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('catalog')) this.#catalog.load(this.catalog);
    if (changed.has('providers')) this.#catalog.only(this.providers);
    if (changed.has('linkedAccounts')) this.#accounts = takeAccounts(this.linkedAccounts);
    if (changed.has('open') && !this.open && changed.get('open')) this.#reset();
    if (this.#shown) void this.#views.load();
  }

  protected override updated(): void {
    // Inline with a single provider: straight to its form, as show() does in the modal.
    const [only, ...others] = this.#catalog.providers;
    if (this.inline && !this._selected && only && !others.length && this.#call === 0) void this.show();
  }

  /** The list entry or guide on screen: its key and name. */
  get #current(): ProviderSummary | undefined { const s = this._selected; return Array.isArray(s) ? s[0] : s; } // prettier-ignore

  /**
   * Opens the hub, on the provider list or straight on one provider; with `{ accountId }`,
   * on the form that re-links that account of the provider. Resolves once the hub is shown.
   */
  async show(providerKey?: string, options?: { accountId?: string | undefined }): Promise<void> {
    // Only the last show() or close() counts: one that a later call overtook while it waited stops.
    const call = ++this.#call;
    await this.updateComplete.then(() => this.#catalog.settled());
    if (call !== this.#call) return;
    const provider = this.#catalog.pick(providerKey);
    const account = this.#accounts.find(provider?.key, options?.accountId);
    // Whatever was under way is forgotten (a pending Connect aborted, a sign-in window closed).
    this.#views.view?.clear();
    const [view, body] = await Promise.all([provider && this.#views.load(), provider && this.#catalog.guide(provider, this.localize.lang)]);
    if (call !== this.#call) return;
    await view?.start(account, body);
    if (call !== this.#call) return;
    this._selected = body;
    const wasShown = this.#shown;
    if (!this.inline) this.open = true;
    await this.updateComplete;
    const key = this.#current?.key;
    if (!wasShown) this.dispatchEvent(new LinkHubOpenEvent({ providerKey: key ?? null }));
    if (key) this.#provider(key);
  }

  /** A provider's guide and form are open: `link-hub-provider`, and the funnel's `select-provider`. */
  #provider(providerKey: string): void {
    this.dispatchEvent(new LinkHubProviderEvent({ providerKey }));
    this.#funnel.selectProvider(providerKey);
  }

  /** Closes the hub: a pending `onSubmit` is aborted, typed values are cleared, focus returns to the opener (inline: back to the list). */
  async close(): Promise<void> {
    this.#call++;
    if (this.#shown) this.#session.end();
    if (this.inline) return this.#backToList(true);
    if (!this.open) return;
    const key = this.#current?.key ?? null;
    this.open = false;
    await this.updateComplete;
    this.dispatchEvent(new LinkHubCloseEvent({ providerKey: key }));
  }

  /** A person closed the hub (`close-button`, `escape`, `backdrop`). */
  #requestClose(source: ExitReason): void { this.#session.asked(source); void this.close(); } // prettier-ignore

  #reset(): void {
    this.#views.view?.reset();
    this.#list.reset();
    this.#modal.returnFocus();
  }

  async #select(summary: ProviderSummary): Promise<void> {
    this._selected = summary;
    this.#modal.focus('#title');
    const [view, body] = await Promise.all([this.#views.load(), this.#catalog.guide(summary, this.localize.lang)]);
    if (this._selected !== summary) return;
    await view?.start(undefined, body);
    if (this._selected !== summary) return;
    this._selected = body;
    this.#provider(summary.key);
  }

  /** Back to the list; `reset` also clears what was typed (inline, where Done and close() come back here). */
  #backToList(reset = false): void {
    this.#views.view?.[reset ? 'reset' : 'clear']();
    this._selected = undefined;
    this.#modal.focus('[part=search]');
  }

  protected override render() {
    const modal = !this.inline;
    return renderFrame({
      t: this.localize.t,
      current: this.#current,
      back: this.#current && this.#catalog.providers.length > 1 ? () => this.#backToList() : undefined,
      close: modal ? () => this.#requestClose('close-button') : undefined,
      modal: modal ? this.#modal : undefined,
      body: this.#shown ? this.#renderBody() : nothing,
    });
  }

  #renderBody() {
    const { t } = this.localize;
    const catalog = this.#catalog;
    const selected = this._selected;
    const { state } = catalog.loaded;
    if (state !== 'ready') return renderState(t, state === 'error' ? 'unavailable' : 'loading');
    const list = { providers: catalog.providers, linked: this.#accounts.byProvider, ...this.#list.choice };
    if (!selected) return renderList(list, this.#list.actions, t);
    // A split catalog whose guide file could not be fetched (it warned, naming the URL): say so, keep the way back.
    if (catalog.missing === selected) return renderState(t, 'unavailable');
    const view = this.#views.view;
    return Array.isArray(selected) && view ? view.render(...selected) : renderState(t, 'skeleton');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'link-hub': LinkHub;
  }
}
