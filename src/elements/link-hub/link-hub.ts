import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { LinkHubCloseEvent } from '../../events/close.js';
import { LinkHubErrorEvent } from '../../events/error.js';
import { LinkHubOpenEvent } from '../../events/open.js';
import { LinkHubProviderEvent } from '../../events/provider.js';
import { LinkHubSuccessEvent } from '../../events/success.js';
import { LocalizeController } from '../../controllers/localize.js';
import { loadCatalog, type LoadedCatalog } from '../../internal/catalog.js';
import { fold, messageOf, scrub } from '../../internal/text.js';
import { isSecret, validateCredentials, type Field, type FieldProblem } from '../../schema/fields.js';
import type { Provider, ProviderSummary } from '../../schema/guide.js';
import type { SubmitHandler, SubmitResult } from '../../schema/options.js';
import { renderGuide } from './render-guide.js';
import { styles } from './link-hub.styles.js';

/** The last Connect attempt: the one place the submit status lives. */
type Attempt =
  | { status: 'idle' | 'pending' }
  | { status: 'error'; message: string }
  | { status: 'success'; result: SubmitResult | undefined };

const IDLE: Attempt = { status: 'idle' };
/** Thrown inside the submit flow; compared by identity. */
const TIMEOUT = {};
const NO_HANDLER = {};

/** How many providers the list renders at first, and adds per "Show more". */
const PAGE = 60;

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
 * @event link-hub-error - Linking or loading failed. `detail: { providerKey: string | null, message: string }`
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The title bar.
 * @csspart title - The visible title that names the dialog.
 * @csspart close-button - The close button.
 * @csspart back-button - The button back to the provider list.
 * @csspart search - The search box.
 * @csspart provider-list - The list of providers.
 * @csspart provider - One provider button.
 * @csspart guide - A provider's setup guide.
 * @csspart warning - A warning or danger callout.
 * @csspart callout - Any other callout.
 * @csspart section - One section of a guide.
 * @csspart steps - A section's numbered steps.
 * @csspart step - One numbered step.
 * @csspart image - An image in a guide.
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
    _loaded: { state: true },
    _selected: { state: true },
    _query: { state: true },
    _category: { state: true },
    _limit: { state: true },
    _attempt: { state: true },
    _problems: { state: true },
    _revealed: { state: true },
  };

  private readonly localize = new LocalizeController(this);

  /** The catalog: an object (validated when set), or the URL of a catalog JSON (attribute `catalog`). */
  declare catalog: unknown;
  /** Called with `{ providerKey, values, signal }` when the user presses Connect; resolve to link, throw to show the error. */
  declare onSubmit: SubmitHandler | undefined;
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

  #opener: HTMLElement | null = null;
  #abort: AbortController | undefined;
  #ticket = 0;
  #touched = new Set<string>();
  #focusNext: string | undefined;

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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#ticket++;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('catalog')) this.#load();
    if (changed.has('open') && !this.open && changed.get('open')) this.#reset();
    // Inputs are reused across providers: what was typed for one never shows in another.
    if (changed.has('_selected') && (changed.get('_selected') as ProviderSummary | undefined)?.key !== this._selected?.key) {
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
   * Opens the hub, on the provider list or straight on one provider.
   * Resolves once the hub is shown.
   */
  async show(providerKey?: string): Promise<void> {
    await this.updateComplete;
    if (this._loaded.state === 'loading') await this._loaded.done;
    const list = this.#providers;
    const provider = providerKey ? list.find((p) => p.key === providerKey) : list.length === 1 ? list[0] : undefined;
    if (providerKey && !provider) console.warn(`link-hub: unknown provider "${providerKey}"`);
    this.#clearAttempt();
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
    this.#touched.clear();
    this._attempt = IDLE;
    this._problems = {};
  }

  async #select(summary: ProviderSummary): Promise<void> {
    this.#clearAttempt();
    this._selected = summary;
    this.#focusNext = '#title';
    const body = await this.#body(summary);
    if (this._selected === summary) this._selected = body;
    this.dispatchEvent(new LinkHubProviderEvent({ providerKey: summary.key }));
  }

  #backToList(): void {
    this.#clearAttempt();
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
    const result = validateCredentials(fields, Object.fromEntries(new FormData(form)));
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
      const result = await Promise.race([Promise.resolve().then(() => handler({ providerKey: provider.key, values, signal: abort.signal })), timeout]);
      if (ticket !== this.#ticket) return;
      this._attempt = { status: 'success', result: result ?? undefined };
      this.#focusNext = '#done';
      this.dispatchEvent(new LinkHubSuccessEvent({ providerKey: provider.key, result: result ?? undefined }));
    } catch (error) {
      if (ticket !== this.#ticket) return;
      const t = this.localize.t;
      const message = scrub(
        error === TIMEOUT ? t.timeout : error === NO_HANDLER ? t.noHandler : (messageOf(error) ?? t.genericError),
        Object.values(values),
      );
      if (error === NO_HANDLER) console.warn('link-hub: no onSubmit');
      this._attempt = { status: 'error', message };
      this.#focusNext = '[part=error]';
      this.dispatchEvent(new LinkHubErrorEvent({ providerKey: provider.key, message }));
    } finally {
      clearTimeout(timer);
      if (this.#abort === abort) this.#abort = undefined;
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
    const matches = providers.filter(
      (p) => (!this._category || p.category === this._category) && fold(`${p.name} ${p.key} ${p.category ?? ''}`).includes(query),
    );
    const shown = matches.slice(0, this._limit);
    const format = (n: number) => n.toLocaleString(t.locale);
    return html`<input part="search" type="search" .value=${this._query} aria-label=${t.search} placeholder=${t.search}
        @input=${(e: InputEvent) => {
          this._query = (e.target as HTMLInputElement).value;
          this._limit = PAGE;
        }} />
      ${categories.length > 1
        ? html`<div class="chips" role="group" aria-label=${t.categories}>
            ${['', ...categories].map(
              (c) => html`<button type="button" class="chip" aria-pressed=${String(this._category === c)} @click=${() => (this._category = c)}>
                ${c || t.allCategories}
              </button>`,
            )}
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
              <span class="name">${p.name}</span>
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
    const problems = this._problems;
    const anyRequired = provider.fields.some((f) => f.required !== false);
    return html`<div class="provider">
      <div part="guide" class="guide">${renderGuide(provider, t)}</div>
      <form part="form" novalidate aria-busy=${pending ? 'true' : 'false'} aria-labelledby="creds"
        @submit=${(e: SubmitEvent) => this.#submit(e, provider)}
        @focusout=${(e: FocusEvent) => this.#onBlur(e, provider.fields)}
        @input=${(e: Event) => this.#onInput(e, provider.fields)}>
        <h3 id="creds">${t.credentials}</h3>
        ${anyRequired ? html`<p class="hint">${t.requiredHint}</p>` : nothing}
        ${attempt.status === 'error'
          ? html`<div part="error" class="error" role="alert" tabindex="-1"><strong>${t.failed}</strong><p>${attempt.message}</p></div>`
          : nothing}
        ${provider.fields.map((field) => this.#renderField(field, problems[field.key]))}
        <button part="submit-button" class="primary" type="submit" ?disabled=${pending}>
          ${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t.connect}
        </button>
        ${pending ? html`<p class="sr" role="status">${t.connecting}</p>` : nothing}
      </form>
    </div>`;
  }

  #renderField(field: Field, problem: FieldProblem | undefined) {
    const t = this.localize.t;
    const id = `f-${field.key}`;
    const secret = isSecret(field);
    const revealed = this._revealed.has(field.key);
    const describedBy = `${field.help ? `${id}-help ` : ''}${problem ? `${id}-error` : ''}`.trim() || nothing;
    const required = field.required !== false;
    const control =
      field.type === 'select' && field.options
        ? html`<select id=${id} name=${field.key} aria-invalid=${!!problem} aria-describedby=${describedBy} ?required=${required}>
            <option value="">${field.placeholder ?? ''}</option>
            ${field.options.map((o) => html`<option value=${o.value}>${o.label}</option>`)}
          </select>`
        : html`<input id=${id} name=${field.key} aria-invalid=${!!problem} aria-describedby=${describedBy}
            type=${secret && !revealed ? 'password' : field.type === 'url' || field.type === 'email' ? field.type : 'text'}
            inputmode=${field.type === 'number' ? 'decimal' : nothing}
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
      ${field.help ? html`<p class="help" id="${id}-help">${field.help}</p>` : nothing}
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
