/**
 * The provider view of `<link-hub>`: the setup guide beside the credential form, the
 * provider's linked accounts, the wait for a sign-in window and the success popup. It
 * composes the form (`CredentialForm`), the accounts (`LinkedAccountsPanel`) and the
 * Connect attempt (`SubmitController`), and talks to the element only through `ViewHost`.
 *
 * Its own module because the list does not need it: the ES build loads it when the hub
 * opens, so the provider list paints without it.
 */
import { adoptStyles, html, nothing, type ReactiveElement } from 'lit';
import { SubmitController } from '../../controllers/submit.js';
// The rest of a catalog comes with this module (see internal/catalog.ts): a whole catalog's check, and the
// module that fetches a split catalog's guides (imported from here, it shares this module's guide schema).
export { checkCatalog } from '../../internal/check-catalog.js';
export const loadSplitGuides = () => import('../../internal/split-guides.js');
import { localize } from '../../schema/localize.js';
import { relinkFields } from '../../schema/fields.js';
import type { Guide } from '../../internal/locale.js';
import type { Provider, ProviderSummary } from '../../schema/guide.js';
import { needsAttention, type LinkedAccount, type SubmitResult } from '../../schema/options.js';
import { CredentialForm } from './credential-form.js';
import type { LinkedAccountsPanel } from './linked-accounts.js';
import { viewStyles } from './provider-view.styles.js';
import { renderGuide, type RichRenderer } from './render-guide.js';
import type { ScopePicker } from './scope-picker.js';
import type { SetupPanel } from './setup-form.js';
import { enView } from '../../i18n/en-view.js';
import type { ListStrings, Translation, ViewStrings } from '../../i18n/translation.js';
import type { HubHost, ViewHost } from './view-host.js';
import type { ExitView } from '../../events/funnel.js';

const completed = new WeakMap<ListStrings, ListStrings & ViewStrings>();
/** The hub's strings with the view's: English's come with this module; another language has both already. */
function complete(strings: ListStrings | Translation): ListStrings & ViewStrings {
  if ('connect' in strings) return strings;
  let whole = completed.get(strings);
  if (!whole) completed.set(strings, (whole = { ...enView, ...strings }));
  return whole;
}

/** Whether a guide has the documentation family's richer blocks (disclosures, tabs, tables, cards). */
const rich = new WeakMap<Provider, boolean>();
const hasRich = (provider: Provider) => {
  let found = rich.get(provider);
  if (found === undefined) rich.set(provider, (found = /"type":"(disclosure|tabs|table|card)"/.test(JSON.stringify(provider))));
  return found;
};

/** Whether a guide is scope-aware: it has actions, or steps that list scopes to grant. */
const hasScopes = (provider: Provider) =>
  !!provider.actions?.length || provider.sections.some((s) => s.steps.some((step) => step.scopeList));

export class ProviderView {
  readonly #form: CredentialForm;
  readonly #submit: SubmitController;
  /** The linked accounts panel (loaded once the hub has linked accounts). */
  #accounts: LinkedAccountsPanel | undefined;
  #accountsLoading: Promise<void> | undefined;
  /** The linked account being re-linked, if any. */
  #account: LinkedAccount | undefined;
  /** Scope-aware guides (loaded with the first guide that has actions or scope lists). */
  #picker: ScopePicker | undefined;
  #pickerLoading: Promise<void> | undefined;
  /** The richer blocks' renderer (loaded with the first guide that has them). */
  #richLoading: Promise<void> | undefined;
  #rich: RichRenderer | undefined;
  /** The setup form after a link and from Settings (its own module, loaded once the host has set `setup`). */
  #setup: SetupPanel | undefined;
  #setupLoading: Promise<void> | undefined;

  private readonly host: ViewHost;

  constructor(hub: HubHost) {
    const { element } = hub;
    const host: ViewHost = {
      element,
      focus: (selector) => hub.focus(selector),
      accounts: (key) => hub.accounts(key),
      funnel: hub.funnel,
      get t() {
        return complete(hub.strings);
      },
      get strings() {
        return hub.strings;
      },
    };
    this.host = host;
    // The view's styles join the element's own when the view arrives (the list does not need them).
    adoptStyles(element.renderRoot as ShadowRoot, [...(element.constructor as typeof ReactiveElement).elementStyles, viewStyles]);
    this.#form = new CredentialForm(host);
    this.#submit = new SubmitController(host, (key, result) => this.#remember(key, result));
  }

  /**
   * A provider was opened (to re-link `account`, when given): nothing typed for another shows.
   * Resolves once what its view needs beyond the form has loaded (see `#ready`).
   */
  start(account?: LinkedAccount, shown?: ProviderSummary | Guide): Promise<void> {
    this.clear();
    this.#picker?.reset();
    this.#account = account;
    this.#form.start(account);
    return this.#ready(Array.isArray(shown) ? shown[0] : undefined) ? Promise.resolve() : this.#load();
  }

  /**
   * Whether what `provider`'s view needs is here: the linked accounts panel once the hub has
   * linked accounts, the scope picker for a guide with actions or scope lists. Each is its
   * own module: linking a first account with an API key needs neither.
   */
  #ready(provider: Provider | undefined): boolean {
    const scoped = !!provider && hasScopes(provider);
    if (scoped)
      this.#pickerLoading ??= import('./scope-picker.js').then(({ ScopePicker }) => void (this.#picker = new ScopePicker(this.host)));
    // Loaded once the hub has accounts at all; waited for only where this provider shows some.
    if (this.host.accounts().length) {
      this.#accountsLoading ??= import('./linked-accounts.js').then(
        ({ LinkedAccountsPanel }) =>
          void (this.#accounts = new LinkedAccountsPanel(
            this.host,
            (a) => this.#relink(a),
            (s) => this.#setup?.open(s),
          )),
      );
    }
    const { setup } = this.host.element;
    if (setup) this.#setupLoading ??= import('./setup-form.js').then(({ SetupPanel }) => void (this.#setup = new SetupPanel(this.host)));
    const richer = !!provider && hasRich(provider);
    if (richer) {
      this.#richLoading ??= import('./render-rich.js').then(({ richRenderer }) => void (this.#rich = richRenderer(this.host.element)));
    }
    return (
      (!scoped || !!this.#picker) &&
      (!richer || !!this.#rich) &&
      (!setup || !!this.#setup) &&
      (!provider || !this.host.accounts(provider.key).length || !!this.#accounts)
    );
  }

  /** Waits for the modules `#ready` started, then renders again. */
  #load(): Promise<void> {
    return Promise.all([this.#pickerLoading, this.#accountsLoading, this.#richLoading, this.#setupLoading]).then(() =>
      this.host.element.requestUpdate(),
    );
  }

  /** Where the user is in this provider's view, as a funnel's `exit` names it. */
  get stage(): ExitView {
    const status = this.#submit.attempt.status;
    return status === 'pending' ? 'pending' : status === 'waiting' ? 'sign-in' : 'provider';
  }

  /** The hub closed: the attempt is forgotten and typed values are cleared. */
  reset(): void {
    this.start();
  }

  /** Forgets the last Connect attempt: its status, messages and touched fields (not typed values). */
  clear(): void {
    this.#submit.clear();
    this.#setup?.clear();
    this.#accounts?.clear();
    this.#form.forget();
    this.host.element.requestUpdate();
  }

  /** Connect: the form is checked first (and, with actions, that one is chosen); only checked values reach the host. */
  #connect(event: SubmitEvent, provider: Provider): void {
    event.preventDefault();
    if (this.#submit.attempt.status === 'pending') return;
    const choice = provider.actions?.length ? this.#picker?.choice(provider) : undefined;
    if (choice && !choice.actions.length) return this.#submit.refuse(this.#picker!.refusal);
    const checked = this.#form.submit(event.target as HTMLFormElement);
    if (checked.ok) void this.#submit.connect(provider, checked.values, this.#account?.accountId, choice);
  }

  /** Keeps the shown accounts in step after a link: the account the host returned replaces its old entry. */
  #remember(providerKey: string, result: SubmitResult | undefined): void {
    const accountId = result?.accountId;
    const accounts = this.host.accounts();
    const previous = accounts.find((a) => a.accountId === accountId);
    const label = typeof result?.label === 'string' ? result.label : previous?.label;
    // Setup after the link, before the confirmation: for the account the host returned, or the one re-linked.
    this.#setup?.open({ account: { providerKey, accountId: accountId ?? this.#account?.accountId, label } });
    if (typeof accountId !== 'string') return;
    this.host.element.linkedAccounts = [...accounts.filter((a) => a !== previous), { providerKey, accountId, ...(label && { label }) }];
  }

  /** Re-link `account` (or, with none, back to the provider's accounts and the empty form). */
  #relink(account: LinkedAccount | undefined): void {
    this.start(account);
    this.host.focus(account ? '#creds' : '#accounts');
  }

  /**
   * The provider's guide and form; with `localized`, its guide in the user's language
   * (whose fields take their nature from `provider`'s, whatever it says).
   */
  render(provider: Provider, localized?: Provider) {
    const t = this.host.t;
    const guide = localized ? localize(provider, localized) : provider;
    const attempt = this.#submit.attempt;
    if (this.#setup?.active) return this.#setup.render(guide.name);
    if (attempt.status === 'success') return this.#renderSuccess(guide, attempt.result?.label);
    if (!this.#ready(guide)) {
      void this.#load();
      return html`<div class="skeleton" role="status" aria-label=${t.loading}></div>`;
    }
    const picker = hasScopes(guide) ? this.#picker : undefined;
    const pending = attempt.status === 'pending';
    const waiting = attempt.status === 'waiting';
    const account = this.#account;
    const accounts = account ? [] : this.host.accounts(guide.key);
    const fields = account ? relinkFields(guide.fields) : guide.fields;
    const redirect = guide.authType === 'oauth2';
    // An account linked twice: Update makes the form a re-link of that account, and submits it again.
    const duplicate = this.#submit.renderDuplicate(guide.key, (a) => (this.#account = a));
    const shown = picker ? picker.guide(guide) : guide;
    // The steps on screen that a field points to: its "Where to find" button goes there.
    const steps = new Set(shown.sections.flatMap((s) => s.steps.flatMap((step) => (step.id ? [step.id] : []))));
    return html`<div class="provider">
      <button type="button" class="to-form" @click=${() => this.host.focus('[part=form] :is(input, select, [type=submit])')}>${t.toForm}</button>
      <div part="guide" class="guide">
        ${picker && guide.actions?.length ? picker.render(guide) : nothing} ${renderGuide(shown, { t, rich: this.#rich, scopeList: picker?.scopeList })}
      </div>
      <div class="side">
        ${this.#accounts?.renderNotice()} ${accounts.length ? this.#accounts?.render(accounts) : nothing}
        ${waiting ? this.#submit.renderWaiting(guide) : duplicate}
        <form part="form" novalidate autocomplete="off" ?hidden=${waiting || !!duplicate} aria-busy=${pending ? 'true' : 'false'} aria-labelledby="creds"
          @submit=${(e: SubmitEvent) => this.#connect(e, guide)}
          @focusout=${(e: FocusEvent) => this.#form.blur(e)}
          @input=${(e: Event) => this.#form.input(e)}>
          <h3 id="creds" tabindex="-1">${
            account
              ? t.relinkTitle(account.label ?? account.accountId)
              : accounts.length
                ? t.linkAnother
                : fields.length || !redirect
                  ? t.credentials
                  : t.signIn
          }</h3>
          ${redirect ? html`<p class="hint">${t.signInHint(guide.name)}</p>` : nothing}
          ${fields.some((f) => f.required !== false) ? html`<p class="hint">${t.requiredHint}</p>` : nothing}
          ${
            attempt.status === 'error'
              ? html`<div part="error" class="error" role="alert" tabindex="-1"><strong>${t.failed}</strong><p>${attempt.message}</p></div>`
              : nothing
          }
          ${this.#form.render(fields, account, attempt.status === 'error' ? attempt.fields : undefined, steps)}
          <div class="actions">
            <button part="submit-button" class="primary" type="submit" ?disabled=${pending}>
              ${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${!account ? t.connect : needsAttention(account) ? t.reconnect : t.update}
            </button>
            ${account ? html`<button type="button" @click=${() => this.#relink(undefined)}>${t.cancel}</button>` : nothing}
          </div>
          ${pending ? html`<p class="sr" role="status">${t.connecting}</p>` : nothing}
        </form>
      </div>
    </div>`;
  }

  #renderSuccess(provider: Provider, label: string | undefined) {
    const t = this.host.t;
    return html`<div part="popup" class="popup" role="alertdialog" aria-labelledby="done-title" aria-describedby="done-text">
      <span class="check" aria-hidden="true">✓</span>
      <h3 id="done-title">${t.connected(provider.name)}</h3>
      <p id="done-text">${label ? t.account(label) : ''}</p>
      <button id="done" class="primary" type="button" @click=${() => this.host.element.close()}>${t.done}</button>
    </div>`;
  }
}
