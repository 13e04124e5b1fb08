import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { LinkHubCloseEvent } from '../../events/close.js';
import { LinkHubDisconnectEvent } from '../../events/disconnect.js';
import { LinkHubErrorEvent } from '../../events/error.js';
import { LinkHubOpenEvent } from '../../events/open.js';
import { LinkHubProviderEvent } from '../../events/provider.js';
import { LinkHubSuccessEvent } from '../../events/success.js';
import { LocalizeController } from '../../controllers/localize.js';
import { loadCatalog, type LoadedCatalog } from '../../internal/catalog.js';
import { fold, messageOf, scrub } from '../../internal/text.js';
import { isSecret, relinkFields, validateCredentials, type Field, type FieldProblem } from '../../schema/fields.js';
import type { Provider, ProviderSummary } from '../../schema/guide.js';
import { LinkedAccounts, RedirectUrl, type DisconnectHandler, type LinkedAccount, type SubmitHandler, type SubmitResult } from '../../schema/options.js';
import { formatIssues } from '../../schema/zod.js';
import { renderGuide } from './render-guide.js';
import { newState, openSignInWindow, SignInEnded, waitForSignIn } from './sign-in.js';
import { styles } from './link-hub.styles.js';

/** The last Connect attempt: the one place the submit status lives. */
type Attempt =
  | { status: 'idle' | 'pending' }
  | { status: 'error'; message: string }
  | { status: 'success'; result: SubmitResult | undefined }
  /** Redirect sign-in: waiting for the callback page; `blocked` when no window could open. */
  | { status: 'waiting'; url: string; blocked: boolean; closed: boolean };

/** Disconnecting a linked account: asked to confirm, waiting for `onDisconnect`, or refused. */
type Removal = { account: LinkedAccount; status: 'confirm' | 'pending' } | { account: LinkedAccount; status: 'error'; message: string };

const IDLE: Attempt = { status: 'idle' };
/** Thrown inside the submit flow; compared by identity. */
const TIMEOUT = {};
const NO_HANDLER = {};

/** How many providers the list renders at first, and adds per "Show more". */
const PAGE = 60;

/** How long a redirect sign-in may take by default: five minutes. */
const SIGN_IN_TIMEOUT = 300_000;

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
    _query: { state: true },
    _category: { state: true },
    _limit: { state: true },
    _attempt: { state: true },
    _problems: { state: true },
    _revealed: { state: true },
    _account: { state: true },
    _removal: { state: true },
    _linkedOnly: { state: true },
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
  declare private _selected: Provider | ProviderSummary | undefined;
  declare private _query: string;
  declare private _category: string;
  declare private _limit: number;
  declare private _attempt: Attempt;
  declare private _problems: Record<string, FieldProblem>;
  declare private _revealed: Set<string>;
  /** The linked account being re-linked, if any. */
  declare private _account: LinkedAccount | undefined;
  declare private _removal: Removal | undefined;
  declare private _linkedOnly: boolean;

  #opener: HTMLElement | null = null;
  #abort: AbortController | undefined;
  #ticket = 0;
  #touched = new Set<string>();
  #focusNext: string | undefined;
  /** `linkedAccounts` once validated, and grouped by provider. */
  #accounts: LinkedAccount[] = [];
  #linked = new Map<string, LinkedAccount[]>();
  #window: Window | null = null;

  constructor() {
    super();
    this.open = false;
    this._loaded = { state: 'empty' };
    this._query = '';
    this._category = '';
    this._limit = PAGE;
    this._attempt = IDLE;
    this._problems = {};
    this._revealed = new Set();
    this._linkedOnly = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#ticket++;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('catalog')) this.#load();
    if (changed.has('linkedAccounts')) this.#takeAccounts();
    if (changed.has('open') && !this.open && changed.get('open')) this.#reset();
    // Inputs are reused across providers and accounts: what was typed for one never shows in another.
    // (A reset also puts back the values a re-link prefills.)
    if (changed.has('_account') || (changed.has('_selected') && (changed.get('_selected') as ProviderSummary | undefined)?.key !== this._selected?.key)) {
      for (const form of this.renderRoot.querySelectorAll('form')) form.reset();
    }
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
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  get #providers(): ProviderSummary[] {
    return this._loaded.state === 'ready' ? this._loaded.providers : [];
  }

  /** The guide to show for the selected provider, in the user's language when the catalog has one. */
  get #guide(): Provider | undefined {
    const selected = this._selected;
    if (!selected || !('fields' in selected)) return undefined;
    const loaded = this._loaded;
    const lang = this.localize.lang;
    const guides = loaded.state === 'ready' ? loaded.locales : undefined;
    const inLang = (tag: string | undefined) => guides?.find((l) => l.locale.toLowerCase() === tag)?.providers.find((p) => p.key === selected.key);
    return inLang(lang) ?? inLang(lang.split('-')[0]) ?? selected;
  }

  /**
   * Opens the hub, on the provider list or straight on one provider; with `{ accountId }`,
   * on the form that re-links that account of the provider. Resolves once the hub is shown.
   */
  async show(providerKey?: string, options?: { accountId?: string }): Promise<void> {
    await this.updateComplete;
    if (this._loaded.state === 'loading') await this._loaded.done;
    const list = this.#providers;
    const provider = providerKey ? list.find((p) => p.key === providerKey) : list.length === 1 ? list[0] : undefined;
    if (providerKey && !provider) console.warn(`link-hub: unknown provider "${providerKey}"`);
    const accountId = options?.accountId;
    const account = accountId ? this.#linked.get(provider?.key ?? '')?.find((a) => a.accountId === accountId) : undefined;
    if (accountId && !account) console.warn(`link-hub: unknown account "${accountId}"`);
    this.#clearAttempt();
    this._account = account;
    this._selected = provider ? await this.#body(provider) : undefined;
    const wasOpen = this.open;
    this.open = true;
    await this.updateComplete;
    if (!wasOpen) this.dispatchEvent(new LinkHubOpenEvent({ providerKey: this._selected?.key ?? null }));
    if (this._selected) this.dispatchEvent(new LinkHubProviderEvent({ providerKey: this._selected.key }));
  }

  /** Closes the hub: a pending `onSubmit` is aborted, typed values are cleared, focus returns to the opener. */
  async close(): Promise<void> {
    if (!this.open) return;
    const key = this._selected?.key ?? null;
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

  #loadTicket = {};

  #setLoaded(loaded: LoadedCatalog): void {
    this._loaded = loaded;
    if (loaded.state === 'error') {
      console.warn(`link-hub: ${loaded.message}`);
      this.dispatchEvent(new LinkHubErrorEvent({ providerKey: null, message: loaded.message }));
    }
  }

  #takeAccounts(): void {
    const parsed = LinkedAccounts.safeParse(this.linkedAccounts ?? []);
    if (!parsed.success) console.warn(`link-hub: ${formatIssues(parsed.error, 'linkedAccounts').join('; ')}`);
    this.#accounts = parsed.data ?? [];
    this.#linked = new Map();
    for (const account of this.#accounts) this.#linked.set(account.providerKey, [...(this.#linked.get(account.providerKey) ?? []), account]);
  }

  /** The full provider (guide and fields) for a list entry, fetched when the catalog is split. */
  async #body(summary: ProviderSummary): Promise<Provider | ProviderSummary> {
    const loaded = this._loaded;
    if ('fields' in summary || loaded.state !== 'ready' || !loaded.body) return summary;
    return (await loaded.body(summary.key)) ?? summary;
  }

  #reset(): void {
    this.#clearAttempt();
    for (const form of this.renderRoot.querySelectorAll('form')) form.reset();
    this._revealed = new Set();
    this._query = '';
    this._category = '';
    this._linkedOnly = false;
    this._limit = PAGE;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  }

  /** Forgets the last Connect attempt: its status, messages and touched fields (not typed values). */
  #clearAttempt(): void {
    this.#ticket++;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#window?.close();
    this.#window = null;
    this._removal = undefined;
    this.#touched.clear();
    this._attempt = IDLE;
    this._problems = {};
  }

  async #select(summary: ProviderSummary): Promise<void> {
    this.#clearAttempt();
    this._account = undefined;
    this._selected = summary;
    this.#focusNext = '#title';
    const body = await this.#body(summary);
    if (this._selected === summary) this._selected = body;
    this.dispatchEvent(new LinkHubProviderEvent({ providerKey: summary.key }));
  }

  #backToList(): void {
    this.#clearAttempt();
    this._account = undefined;
    this._selected = undefined;
    this.#focusNext = '[part=search]';
  }

  #requestClose(event?: Event): void {
    event?.preventDefault();
    void this.close();
  }

  #onDialogClick(event: MouseEvent): void {
    // A click on the dialog element itself is a click on its backdrop.
    if (event.target === event.currentTarget) this.#requestClose();
  }

  #onDialogClose(): void {
    // The browser closed the dialog on its own (e.g. a second Escape): keep state in step.
    if (this.open) void this.close();
  }

  #check(form: HTMLFormElement, fields: Field[]): ReturnType<typeof validateCredentials> {
    // The form has no file inputs: every FormData value is a string.
    const result = validateCredentials(fields, Object.fromEntries(new FormData(form)), !!this._account);
    const problems: Record<string, FieldProblem> = {};
    if (!result.ok) for (const key of this.#touched) if (result.problems[key]) problems[key] = result.problems[key];
    if (JSON.stringify(problems) !== JSON.stringify(this._problems)) this._problems = problems;
    return result;
  }

  #onBlur(event: FocusEvent, fields: Field[]): void {
    const input = event.target as HTMLInputElement;
    if (!input.name || !input.form) return;
    if (input.value !== '' || this.#touched.has(input.name)) this.#touched.add(input.name);
    this.#check(input.form, fields);
  }

  #onInput(event: Event, fields: Field[]): void {
    const input = event.target as HTMLInputElement;
    if (input.form && this._problems[input.name]) this.#check(input.form, fields);
  }

  async #submit(event: SubmitEvent, provider: Provider): Promise<void> {
    event.preventDefault();
    if (this._attempt.status === 'pending') return;
    const form = event.target as HTMLFormElement;
    for (const field of provider.fields) this.#touched.add(field.key);
    const checked = this.#check(form, provider.fields);
    if (!checked.ok) {
      this.#focusNext = `[name="${provider.fields.find((f) => checked.problems[f.key])?.key}"]`;
      this.requestUpdate();
      return;
    }
    const values = checked.values;
    const ticket = ++this.#ticket;
    const abort = new AbortController();
    this.#abort = abort;
    const accountId = this._account?.accountId;
    const state = provider.authType === 'oauth2' ? newState() : undefined;
    // Opened blank now, inside the click, so popup blockers allow it; onSubmit's answer says where it goes.
    if (state) this.#window = openSignInWindow();
    this._attempt = { status: 'pending' };
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const handler = this.onSubmit;
      if (typeof handler !== 'function') throw NO_HANDLER;
      const timeout = new Promise<never>((_, reject) => {
        if (this.submitTimeout && this.submitTimeout > 0) {
          timer = setTimeout(() => {
            abort.abort();
            reject(TIMEOUT);
          }, this.submitTimeout);
        }
      });
      const args = { providerKey: provider.key, values, signal: abort.signal, ...(accountId && { accountId }), ...(state && { state }) };
      let result = await Promise.race([Promise.resolve().then(() => handler(args)), timeout]);
      clearTimeout(timer);
      if (ticket !== this.#ticket) return;
      if (state && result?.redirectUrl) result = await this.#signIn(result.redirectUrl, state, abort.signal);
      if (ticket !== this.#ticket) return;
      this._attempt = { status: 'success', result: result ?? undefined };
      this.#focusNext = '#done';
      this.#remember(provider.key, result);
      this.dispatchEvent(new LinkHubSuccessEvent({ providerKey: provider.key, result: result ?? undefined }));
    } catch (error) {
      if (ticket !== this.#ticket) return;
      const t = this.localize.t;
      const message = scrub(
        error === TIMEOUT
          ? t.timeout
          : error === NO_HANDLER
            ? t.noHandler
            : error instanceof SignInEnded
              ? error.reason === 'timeout'
                ? t.signInTimeout
                : (messageOf(error.error) ?? t.signInFailed)
              : (messageOf(error) ?? t.genericError),
        Object.values(values),
      );
      if (error === NO_HANDLER) console.warn('link-hub: no onSubmit');
      this._attempt = { status: 'error', message };
      this.#focusNext = '[part=error]';
      this.dispatchEvent(new LinkHubErrorEvent({ providerKey: provider.key, message }));
    } finally {
      clearTimeout(timer);
      if (this.#abort === abort) this.#abort = undefined;
      if (ticket === this.#ticket) {
        this.#window?.close();
        this.#window = null;
      }
    }
  }

  /** Sends the sign-in window to `url` and waits for the callback page's answer. */
  #signIn(url: string, state: string, signal: AbortSignal): Promise<SubmitResult | undefined> {
    const href = new URL(url, document.baseURI).href;
    const checked = RedirectUrl.safeParse(href);
    if (!checked.success) {
      // The host's mistake: said in the console; the user sees the generic message.
      console.warn(`link-hub: ${formatIssues(checked.error, 'redirectUrl').join('; ')}`);
      throw undefined;
    }
    const win = this.#window;
    if (win && !win.closed) win.location.href = href;
    else this.#window = null;
    this._attempt = { status: 'waiting', url: href, blocked: !win, closed: !!win?.closed };
    this.#focusNext = '#wait';
    return waitForSignIn({
      origin: new URL(this.oauthOrigin || location.origin, location.href).origin,
      state,
      signal,
      timeout: this.signInTimeout || SIGN_IN_TIMEOUT,
      window: () => this.#window,
      onClosed: () => {
        if (this._attempt.status === 'waiting') this._attempt = { ...this._attempt, closed: true };
      },
    });
  }

  /** Reopen / Open sign-in window: runs inside the click, so a popup blocker lets it through. */
  #reopen(): void {
    const attempt = this._attempt;
    if (attempt.status !== 'waiting') return;
    this.#window = openSignInWindow(attempt.url);
    this._attempt = { ...attempt, blocked: !this.#window, closed: false };
  }

  /** Cancel while signing in: the window closes, `signal` aborts, the form is back as it was. */
  #cancelSignIn(): void {
    this.#clearAttempt();
    this.#focusNext = '[part=submit-button]';
  }

  /** Keeps the shown accounts in step after a link: the account the host returned replaces its old entry. */
  #remember(providerKey: string, result: SubmitResult | void | undefined): void {
    const accountId = result?.accountId;
    if (typeof accountId !== 'string') return;
    const previous = this.#accounts.find((a) => a.accountId === accountId);
    const label = typeof result?.label === 'string' ? result.label : previous?.label;
    this.linkedAccounts = [...this.#accounts.filter((a) => a !== previous), { providerKey, accountId, ...(label && { label }) }];
  }

  #relink(account: LinkedAccount | undefined): void {
    this.#clearAttempt();
    this._account = account;
    this.#focusNext = account ? '#creds' : '#accounts';
  }

  async #disconnect(account: LinkedAccount): Promise<void> {
    const handler = this.onDisconnect;
    if (!handler || this._removal?.status === 'pending') return;
    const detail = { providerKey: account.providerKey, accountId: account.accountId };
    const abort = new AbortController();
    this.#abort = abort;
    this._removal = { account, status: 'pending' };
    try {
      await handler({ ...detail, signal: abort.signal });
      if (this._removal?.account !== account) return;
      this._removal = undefined;
      this.linkedAccounts = this.#accounts.filter((a) => a !== account);
      this.#focusNext = '#title';
      this.dispatchEvent(new LinkHubDisconnectEvent(detail));
    } catch (error) {
      if (this._removal?.account !== account) return;
      const message = messageOf(error) ?? this.localize.t.genericError;
      this._removal = { account, status: 'error', message };
      this.#focusNext = '#removal';
      this.dispatchEvent(new LinkHubErrorEvent({ providerKey: account.providerKey, message }));
    }
  }

  #toggleReveal(key: string): void {
    const revealed = new Set(this._revealed);
    if (!revealed.delete(key)) revealed.add(key);
    this._revealed = revealed;
  }

  // ------------------------------------------------------------------ render

  protected override render() {
    const t = this.localize.t;
    const selected = this._selected;
    const title = selected ? t.connectTo(selected.name) : t.title;
    return html`<dialog part="dialog" aria-labelledby="title" dir=${t.dir} lang=${t.locale}
      @cancel=${this.#requestClose} @click=${this.#onDialogClick} @close=${this.#onDialogClose}>
      <div class="frame">
        <div part="header" class="header">
          ${selected && this.#providers.length > 1
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
    if (!selected) return this.#renderList();
    const attempt = this._attempt;
    if (attempt.status === 'success') return this.#renderSuccess(selected, attempt.result?.label);
    const guide = this.#guide;
    if (!guide) return html`<div class="skeleton" role="status" aria-label=${t.loading}></div>`;
    return this.#renderProvider(guide);
  }

  #renderList() {
    const t = this.localize.t;
    const providers = this.#providers;
    const categories = [...new Set(providers.map((p) => p.category).filter((c): c is string => !!c))].sort();
    const query = fold(this._query.trim());
    const linked = this.#linked;
    const matches = providers.filter(
      (p) =>
        (!this._category || p.category === this._category) &&
        (!this._linkedOnly || linked.has(p.key)) &&
        fold(`${p.name} ${p.key} ${p.category ?? ''}`).includes(query),
    );
    const shown = matches.slice(0, this._limit);
    const format = (n: number) => n.toLocaleString(t.locale);
    return html`<input part="search" type="search" .value=${this._query} aria-label=${t.search} placeholder=${t.search}
        @input=${(e: InputEvent) => {
          this._query = (e.target as HTMLInputElement).value;
          this._limit = PAGE;
        }} />
      ${categories.length > 1 || linked.size
        ? html`<div class="chips" role="group" aria-label=${t.categories}>
            ${(categories.length > 1 ? ['', ...categories] : []).map(
              (c) => html`<button type="button" class="chip" aria-pressed=${String(this._category === c)} @click=${() => (this._category = c)}>
                ${c || t.allCategories}
              </button>`,
            )}
            ${linked.size
              ? html`<button type="button" class="chip" aria-pressed=${String(this._linkedOnly)} @click=${() => (this._linkedOnly = !this._linkedOnly)}>
                  ${t.linked}
                </button>`
              : nothing}
          </div>`
        : nothing}
      <p class="count" role="status">${matches.length ? t.count(matches.length, format(matches.length)) : t.noMatch(this._query.trim())}</p>
      <ul part="provider-list">
        ${shown.map(
          (p) => html`<li>
            <button part="provider" type="button" @click=${() => this.#select(p)}>
              ${p.logo
                ? html`<img class="logo" src=${p.logo} alt="" loading="lazy" width="32" height="32" />`
                : html`<span class="logo letter" aria-hidden="true">${p.name.trim().charAt(0).toUpperCase()}</span>`}
              <span class="name"
                >${p.name}${linked.has(p.key)
                  ? html`<small part="badge">${t.linked} · ${linked.get(p.key)!.map((a) => a.label ?? a.accountId).join(', ')}</small>`
                  : nothing}</span
              >
              ${p.category ? html`<span class="category">${p.category}</span>` : nothing}
            </button>
          </li>`,
        )}
      </ul>
      ${matches.length > shown.length
        ? html`<button type="button" @click=${() => (this._limit += PAGE * 4)}>
            ${t.showMore(format(matches.length - shown.length))}
          </button>`
        : nothing}`;
  }

  #renderProvider(provider: Provider) {
    const t = this.localize.t;
    const attempt = this._attempt;
    const pending = attempt.status === 'pending';
    const waiting = attempt.status === 'waiting';
    const problems = this._problems;
    const account = this._account;
    const accounts = account ? [] : (this.#linked.get(provider.key) ?? []);
    const fields = account ? relinkFields(provider.fields) : provider.fields;
    return html`<div class="provider">
      <div part="guide" class="guide">${renderGuide(provider, t)}</div>
      <div class="side">
        ${accounts.length ? this.#renderAccounts(accounts) : nothing}
        ${waiting ? this.#renderWaiting(provider, attempt) : nothing}
        <form part="form" novalidate ?hidden=${waiting} aria-busy=${pending ? 'true' : 'false'} aria-labelledby="creds"
          @submit=${(e: SubmitEvent) => this.#submit(e, provider)}
          @focusout=${(e: FocusEvent) => this.#onBlur(e, fields)}
          @input=${(e: Event) => this.#onInput(e, fields)}>
          <h3 id="creds" tabindex="-1">${account ? t.relinkTitle(account.label ?? account.accountId) : accounts.length ? t.linkAnother : t.credentials}</h3>
          ${fields.some((f) => f.required !== false) ? html`<p class="hint">${t.requiredHint}</p>` : nothing}
          ${attempt.status === 'error'
            ? html`<div part="error" class="error" role="alert" tabindex="-1"><strong>${t.failed}</strong><p>${attempt.message}</p></div>`
            : nothing}
          ${fields.map((field) => this.#renderField(field, problems[field.key], account))}
          <div class="actions">
            <button part="submit-button" class="primary" type="submit" ?disabled=${pending}>
              ${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t.connect}
            </button>
            ${account ? html`<button type="button" @click=${() => this.#relink(undefined)}>${t.cancel}</button>` : nothing}
          </div>
          ${pending ? html`<p class="sr" role="status">${t.connecting}</p>` : nothing}
        </form>
      </div>
    </div>`;
  }

  /** A provider's linked accounts: Re-link each, and Disconnect (after a confirmation) when the host allows it. */
  #renderAccounts(accounts: LinkedAccount[]) {
    const t = this.localize.t;
    const removal = this._removal;
    return html`<section part="accounts" class="card" aria-labelledby="accounts">
      <h3 id="accounts" tabindex="-1">${t.accounts}</h3>
      <ul>
        ${accounts.map((a) => {
          const label = a.label ?? a.accountId;
          const asking = removal?.account === a ? removal : undefined;
          return html`<li>
            <strong>${label}</strong>
            ${asking
              ? html`<p id="removal" tabindex="-1">${t.confirmDisconnect(label)}</p>
                  ${asking.status === 'error' ? html`<p class="error" role="alert">${asking.message}</p>` : nothing}
                  <div class="actions" aria-busy=${String(asking.status === 'pending')}>
                    <button type="button" class="primary" ?disabled=${asking.status === 'pending'} @click=${() => this.#disconnect(a)}>
                      ${t.disconnect}<span class="sr"> ${label}</span>
                    </button>
                    <button type="button" @click=${() => this.#relink(undefined)}>${t.cancel}</button>
                  </div>`
              : html`<div class="actions">
                  <button type="button" @click=${() => this.#relink(a)}>${t.relink}<span class="sr"> ${label}</span></button>
                  ${this.onDisconnect
                    ? html`<button type="button" @click=${() => {
                        this._removal = { account: a, status: 'confirm' };
                        this.#focusNext = '#removal';
                      }}>${t.disconnect}<span class="sr"> ${label}</span></button>`
                    : nothing}
                </div>`}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** While the user signs in in another window: how to get that window back, or give up. */
  #renderWaiting(provider: Provider, attempt: Extract<Attempt, { status: 'waiting' }>) {
    const t = this.localize.t;
    return html`<div part="waiting" class="card">
      <h3 id="wait" tabindex="-1">${attempt.blocked ? t.blocked : t.waiting(provider.name)}</h3>
      <p role="status">${attempt.closed ? t.windowClosed : ''}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${this.#reopen}>${attempt.blocked ? t.openWindow : t.reopen}</button>
        <button type="button" @click=${this.#cancelSignIn}>${t.cancel}</button>
      </div>
      ${attempt.blocked ? html`<a href=${attempt.url} target="_blank" rel="opener">${t.openTab}</a>` : nothing}
    </div>`;
  }

  #renderField(field: Field, problem: FieldProblem | undefined, account: LinkedAccount | undefined) {
    const t = this.localize.t;
    const id = `f-${field.key}`;
    const secret = isSecret(field);
    const revealed = this._revealed.has(field.key);
    // Re-linking: the account's non-secret values are the defaults; a secret is never prefilled.
    const saved = secret ? undefined : account?.values?.[field.key];
    const help = [field.help, account && secret && t.keepSecret].filter(Boolean).join(' ');
    const describedBy = `${help ? `${id}-help ` : ''}${problem ? `${id}-error` : ''}`.trim() || nothing;
    const required = field.required !== false;
    const control =
      field.type === 'select' && field.options
        ? html`<select id=${id} name=${field.key} aria-invalid=${!!problem} aria-describedby=${describedBy} ?required=${required}>
            <option value="">${field.placeholder ?? ''}</option>
            ${field.options.map((o) => html`<option value=${o.value} ?selected=${o.value === saved}>${o.label}</option>`)}
          </select>`
        : html`<input id=${id} name=${field.key} aria-invalid=${!!problem} aria-describedby=${describedBy}
            type=${secret && !revealed ? 'password' : field.type === 'url' || field.type === 'email' ? field.type : 'text'}
            inputmode=${field.type === 'number' ? 'decimal' : nothing} value=${saved ?? nothing}
            placeholder=${field.placeholder ?? nothing} ?required=${required}
            autocomplete="off" autocapitalize="off" spellcheck="false" />`;
    return html`<div part="field" class="field">
      <div class="label"><label part="field-label" for=${id}>${field.label}</label>${required
          ? html`<span class="req" aria-hidden="true">*</span>`
          : html`<span class="opt" aria-hidden="true">${t.optional}</span>`}</div>
      <div class="control">
        ${control}
        ${secret
          ? html`<button part="reveal-button" type="button" class="reveal" aria-controls=${id} aria-pressed=${String(revealed)}
              @click=${() => this.#toggleReveal(field.key)}>${revealed ? t.hide : t.show}<span class="sr"> ${field.label}</span></button>`
          : nothing}
      </div>
      ${help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing}
      ${problem ? html`<p part="field-error" class="field-error" id="${id}-error">${t.problem(problem, field.label)}</p>` : nothing}
    </div>`;
  }

  #renderSuccess(provider: ProviderSummary, label: string | undefined) {
    const t = this.localize.t;
    return html`<div part="popup" class="popup" role="alertdialog" aria-labelledby="done-title" aria-describedby="done-text">
      <span class="check" aria-hidden="true">✓</span>
      <h3 id="done-title">${t.connected(provider.name)}</h3>
      <p id="done-text">${label ? t.account(label) : ''}</p>
      <button id="done" class="primary" type="button" @click=${() => this.close()}>${t.done}</button>
    </div>`;
  }
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
