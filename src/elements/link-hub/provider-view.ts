/**
 * The provider view of `<link-hub>`: the setup guide, the credential form and everything a
 * Connect goes through (validation, the host's `onSubmit`, sign-in by redirect, the
 * success popup), plus the provider's linked accounts (Re-link, Disconnect).
 *
 * A reactive controller of the element that owns the submit state. It is its own module
 * because the list does not need it: the ES build loads it when the hub opens, so the
 * provider list paints without it.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { LinkHubDisconnectEvent } from '../../events/disconnect.js';
import { LinkHubErrorEvent } from '../../events/error.js';
import { LinkHubSuccessEvent } from '../../events/success.js';
import { messageOf, scrub } from '../../internal/text.js';
import { isSecret, relinkFields, validateCredentials, type Field, type FieldProblem } from '../../schema/fields.js';
import type { Provider } from '../../schema/guide.js';
import { RedirectUrl, type LinkedAccount, type SubmitResult } from '../../schema/options.js';
import { formatIssues } from '../../schema/zod.js';
import type { LinkHub } from './link-hub.js';
import { renderGuide } from './render-guide.js';
import { callbackOrigin, newState, openSignInWindow, waitForSignIn, windowName } from './sign-in.js';

/** The last Connect attempt: the one place the submit status lives. */
type Attempt =
  | { status: 'idle' | 'pending' }
  | { status: 'error'; message: string }
  | { status: 'success'; result: SubmitResult | undefined }
  /** Sign-in by redirect: waiting for the callback page; `blocked` when no window could open. */
  | { status: 'waiting'; url: string; name: string; origin: string; blocked: boolean; closed: boolean };

/** Disconnecting a linked account: asked to confirm, waiting for `onDisconnect`, or refused. */
type Removal = { account: LinkedAccount; status: 'confirm' | 'pending' } | { account: LinkedAccount; status: 'error'; message: string };

const IDLE: Attempt = { status: 'idle' };
/** Thrown inside the submit flow; compared by identity. */
const TIMEOUT = {};
const NO_HANDLER = {};

/** How long a redirect sign-in may take by default: five minutes. */
const SIGN_IN_TIMEOUT = 300_000;

export class ProviderView implements ReactiveController {
  #attempt: Attempt = IDLE;
  #problems: Record<string, FieldProblem> = {};
  #revealed = new Set<string>();
  /** The linked account being re-linked, if any. */
  #account: LinkedAccount | undefined;
  #removal: Removal | undefined;
  #abort: AbortController | undefined;
  /** Bumped whenever an attempt is forgotten: a late answer to an older one is ignored. */
  #ticket = 0;
  #touched = new Set<string>();
  /** The sign-in window of a redirect provider. */
  #window: Window | null = null;
  /** A re-link's saved values, put in the form once it is on screen. */
  #prefill: Record<string, string> | undefined;
  /** The provider last rendered. */
  #provider: Provider | undefined;

  constructor(private readonly hub: LinkHub) {
    hub.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /**
   * Prefills a re-link once its form is rendered: as properties (a field value never goes
   * into an attribute), once (what the user then types stays), and never a secret field.
   */
  hostUpdated(): void {
    const form = this.hub.renderRoot.querySelector('form');
    const values = this.#prefill;
    if (!values || !form || !this.#provider) return;
    this.#prefill = undefined;
    for (const field of this.#provider.fields) {
      const control = form.elements.namedItem(field.key) as HTMLInputElement | HTMLSelectElement | null;
      if (control && !isSecret(field) && values[field.key]) control.value = values[field.key]!;
    }
  }

  /** A provider was opened (to re-link `account`, when given): nothing typed for another shows. */
  start(account?: LinkedAccount): void {
    this.clear();
    // Every provider (and every re-link) opens with its secrets masked, whatever was revealed before.
    this.#revealed = new Set();
    this.#account = account;
    this.#prefill = account?.values;
    this.#resetForms();
  }

  /** The hub closed: the attempt is forgotten and typed values are cleared. */
  reset(): void {
    this.start();
  }

  /** Forgets the last Connect attempt: its status, messages and touched fields (not typed values). */
  clear(): void {
    this.#ticket++;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#window?.close();
    this.#window = null;
    this.#removal = undefined;
    this.#touched.clear();
    this.#attempt = IDLE;
    this.#problems = {};
    this.hub.requestUpdate();
  }

  #resetForms(): void {
    // Inputs are reused across providers and accounts; a reset also puts back what a re-link prefills.
    for (const form of this.hub.renderRoot.querySelectorAll('form')) form.reset();
  }

  #set(attempt: Attempt, focus?: string): void {
    this.#attempt = attempt;
    if (focus) this.hub._focus(focus);
    this.hub.requestUpdate();
  }

  #check(form: HTMLFormElement, fields: Field[]): ReturnType<typeof validateCredentials> {
    // The form has no file inputs: every FormData value is a string.
    const result = validateCredentials(fields, Object.fromEntries(new FormData(form)), !!this.#account);
    const problems: Record<string, FieldProblem> = {};
    if (!result.ok) for (const key of this.#touched) if (result.problems[key]) problems[key] = result.problems[key];
    if (JSON.stringify(problems) !== JSON.stringify(this.#problems)) {
      this.#problems = problems;
      this.hub.requestUpdate();
    }
    return result;
  }

  #checkOnBlur(event: FocusEvent, fields: Field[]): void {
    const input = event.target as HTMLInputElement;
    if (!input.name || !input.form) return;
    if (input.value !== '' || this.#touched.has(input.name)) this.#touched.add(input.name);
    this.#check(input.form, fields);
  }

  #recheck(event: Event, fields: Field[]): void {
    const input = event.target as HTMLInputElement;
    if (input.form && this.#problems[input.name]) this.#check(input.form, fields);
  }

  async #submit(event: SubmitEvent, provider: Provider): Promise<void> {
    event.preventDefault();
    if (this.#attempt.status === 'pending') return;
    const hub = this.hub;
    const form = event.target as HTMLFormElement;
    for (const field of provider.fields) this.#touched.add(field.key);
    const checked = this.#check(form, provider.fields);
    if (!checked.ok) {
      hub._focus(`[name="${provider.fields.find((f) => checked.problems[f.key])?.key}"]`);
      return;
    }
    const values = checked.values;
    const ticket = ++this.#ticket;
    const abort = new AbortController();
    this.#abort = abort;
    const accountId = this.#account?.accountId;
    const state = provider.authType === 'oauth2' ? newState() : undefined;
    // Opened blank now, inside the click, so popup blockers allow it; onSubmit's answer says where it goes.
    if (state) this.#window = openSignInWindow(windowName(state));
    this.#set({ status: 'pending' });
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const handler = hub.onSubmit;
      if (typeof handler !== 'function') throw NO_HANDLER;
      const timeout = new Promise<never>((_, reject) => {
        if (hub.submitTimeout && hub.submitTimeout > 0) {
          timer = setTimeout(() => {
            abort.abort();
            reject(TIMEOUT);
          }, hub.submitTimeout);
        }
      });
      const args = { providerKey: provider.key, values, signal: abort.signal, ...(accountId && { accountId }), ...(state && { state }) };
      let result = await Promise.race([Promise.resolve().then(() => handler(args)), timeout]);
      clearTimeout(timer);
      if (ticket !== this.#ticket) return;
      if (state && result?.redirectUrl) result = await this.#signIn(provider, result.redirectUrl, state, abort.signal);
      if (ticket !== this.#ticket) return;
      this.#set({ status: 'success', result: result ?? undefined }, '#done');
      this.#remember(provider.key, result);
      hub.dispatchEvent(new LinkHubSuccessEvent({ providerKey: provider.key, result: result ?? undefined }));
    } catch (error) {
      if (ticket !== this.#ticket) return;
      const t = hub._t;
      const message = scrub(
        error === TIMEOUT ? t.timeout : error === NO_HANDLER ? t.noHandler : (messageOf(error) ?? t.genericError),
        Object.values(values),
      );
      if (error === NO_HANDLER) console.warn('link-hub: no onSubmit');
      this.#set({ status: 'error', message }, '[part=error]');
      hub.dispatchEvent(new LinkHubErrorEvent({ providerKey: provider.key, message }));
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
  #signIn(provider: Provider, url: string, state: string, signal: AbortSignal): Promise<SubmitResult | undefined> {
    const hub = this.hub;
    const href = new URL(url, document.baseURI).href;
    const checked = RedirectUrl.safeParse(href);
    if (!checked.success) {
      // The host's mistake: named in the console; the user sees the generic message.
      console.warn(`link-hub: ${formatIssues(checked.error, 'redirectUrl').join('; ')}`);
      throw undefined;
    }
    const origin = callbackOrigin(hub.oauthOrigin);
    if (!origin) {
      console.warn(`link-hub: oauth-origin must be an http(s) origin such as https://app.example, got ${JSON.stringify(hub.oauthOrigin)}`);
      throw undefined;
    }
    const win = this.#window;
    if (win && !win.closed) win.location.href = href;
    this.#set({ status: 'waiting', url: href, name: windowName(state), origin, blocked: !win, closed: !!win?.closed }, '#wait');
    const t = hub._t;
    return waitForSignIn({
      origin,
      state,
      signal,
      timeout: hub.signInTimeout || SIGN_IN_TIMEOUT,
      window: () => this.#window,
      onClosed: () => {
        if (this.#attempt.status === 'waiting') this.#set({ ...this.#attempt, closed: true });
      },
      refused: t.signInFailed,
      timedOut: t.signInTimeout,
    });
  }

  /** Reopen / Open sign-in window: runs inside the click, so a popup blocker lets it through. */
  #reopen(): void {
    const attempt = this.#attempt;
    if (attempt.status !== 'waiting') return;
    this.#window = openSignInWindow(attempt.name, attempt.url);
    this.#set({ ...attempt, blocked: !this.#window, closed: false });
  }

  /** Keeps the shown accounts in step after a link: the account the host returned replaces its old entry. */
  #remember(providerKey: string, result: SubmitResult | void | undefined): void {
    const accountId = result?.accountId;
    if (typeof accountId !== 'string') return;
    const accounts = this.hub._accounts;
    const previous = accounts.find((a) => a.accountId === accountId);
    const label = typeof result?.label === 'string' ? result.label : previous?.label;
    this.hub.linkedAccounts = [...accounts.filter((a) => a !== previous), { providerKey, accountId, ...(label && { label }) }];
  }

  /** Re-link `account` (or, with none, back to the provider's accounts and the empty form). */
  #relink(account: LinkedAccount | undefined): void {
    this.start(account);
    this.hub._focus(account ? '#creds' : '#accounts');
  }

  /** Disconnect asks first; Cancel (no account) puts the account back as it was. */
  #askDisconnect(account: LinkedAccount | undefined): void {
    this.#removal = account && { account, status: 'confirm' };
    this.hub._focus(account ? '#removal' : '#accounts');
  }

  /** Cancel while signing in: the window closes, `signal` aborts, the form is back as it was typed. */
  #cancelSignIn(): void {
    this.clear();
    this.hub._focus('[part=submit-button]');
  }

  async #disconnect(account: LinkedAccount): Promise<void> {
    const hub = this.hub;
    const handler = hub.onDisconnect;
    if (!handler || this.#removal?.status === 'pending') return;
    const detail = { providerKey: account.providerKey, accountId: account.accountId };
    const abort = new AbortController();
    this.#abort = abort;
    this.#removal = { account, status: 'pending' };
    hub.requestUpdate();
    try {
      await handler({ ...detail, signal: abort.signal });
      if (this.#removal?.account !== account) return;
      this.#removal = undefined;
      hub.linkedAccounts = hub._accounts.filter((a) => a !== account);
      hub._focus('#title');
      hub.dispatchEvent(new LinkHubDisconnectEvent(detail));
    } catch (error) {
      if (this.#removal?.account !== account) return;
      const message = scrub(messageOf(error) ?? hub._t.genericError, []);
      this.#removal = { account, status: 'error', message };
      hub._focus('#removal');
      hub.dispatchEvent(new LinkHubErrorEvent({ providerKey: account.providerKey, message }));
    }
  }

  #toggleReveal(key: string): void {
    if (!this.#revealed.delete(key)) this.#revealed.add(key);
    this.hub.requestUpdate();
  }

  // ------------------------------------------------------------------ render

  render(provider: Provider) {
    const t = this.hub._t;
    this.#provider = provider;
    const attempt = this.#attempt;
    if (attempt.status === 'success') return this.#renderSuccess(provider, attempt.result?.label);
    const pending = attempt.status === 'pending';
    const waiting = attempt.status === 'waiting';
    const problems = this.#problems;
    const account = this.#account;
    const accounts = account ? [] : (this.hub._linked.get(provider.key) ?? []);
    const fields = account ? relinkFields(provider.fields) : provider.fields;
    const redirect = provider.authType === 'oauth2';
    return html`<div class="provider">
      <div part="guide" class="guide">${renderGuide(provider, t)}</div>
      <div class="side">
        ${accounts.length ? this.#renderAccounts(accounts) : nothing}
        ${waiting ? this.#renderWaiting(provider, attempt) : nothing}
        <form part="form" novalidate autocomplete="off" ?hidden=${waiting} aria-busy=${pending ? 'true' : 'false'} aria-labelledby="creds"
          @submit=${(e: SubmitEvent) => this.#submit(e, provider)}
          @focusout=${(e: FocusEvent) => this.#checkOnBlur(e, fields)}
          @input=${(e: Event) => this.#recheck(e, fields)}>
          <h3 id="creds" tabindex="-1">${account
            ? t.relinkTitle(account.label ?? account.accountId)
            : accounts.length
              ? t.linkAnother
              : fields.length || !redirect
                ? t.credentials
                : t.signIn}</h3>
          ${redirect ? html`<p class="hint">${t.signInHint(provider.name)}</p>` : nothing}
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
    const t = this.hub._t;
    const removal = this.#removal;
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
                    <button type="button" @click=${() => this.#askDisconnect(undefined)}>${t.cancel}</button>
                  </div>`
              : html`<div class="actions">
                  <button type="button" @click=${() => this.#relink(a)}>${t.relink}<span class="sr"> ${label}</span></button>
                  ${this.hub.onDisconnect
                    ? html`<button type="button" @click=${() => this.#askDisconnect(a)}>${t.disconnect}<span class="sr"> ${label}</span></button>`
                    : nothing}
                </div>`}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  /** While the user signs in in another window: how to get that window back, or give up. */
  #renderWaiting(provider: Provider, attempt: Extract<Attempt, { status: 'waiting' }>) {
    const t = this.hub._t;
    return html`<div part="waiting" class="card">
      <h3 id="wait" tabindex="-1">${attempt.blocked ? t.blocked : t.waiting(provider.name)}</h3>
      <p role="status">${attempt.closed ? t.windowClosed : ''}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.#reopen()}>${attempt.blocked ? t.openWindow : t.reopen}</button>
        <button type="button" @click=${() => this.#cancelSignIn()}>${t.cancel}</button>
      </div>
      ${attempt.blocked
        ? html`<a href=${attempt.url} target="_blank" rel=${attempt.origin === location.origin ? 'noopener' : 'opener'}>${t.openTab}</a>`
        : nothing}
    </div>`;
  }

  #renderField(field: Field, problem: FieldProblem | undefined, account: LinkedAccount | undefined) {
    const t = this.hub._t;
    const id = `f-${field.key}`;
    const secret = isSecret(field);
    const revealed = this.#revealed.has(field.key);
    const help = [field.help, account && secret && t.keepSecret].filter(Boolean).join(' ');
    const describedBy = `${help ? `${id}-help ` : ''}${problem ? `${id}-error` : ''}`.trim() || nothing;
    const required = field.required !== false;
    // An API key is not this site's password: `one-time-code` is what browsers honour to neither offer to
    // save a password field nor fill a saved site password into it (they ignore `off` there); the data-
    // attributes are the opt-outs of 1Password, LastPass, Bitwarden and Dashlane.
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
            autocomplete=${secret ? 'one-time-code' : 'off'} autocapitalize="off" spellcheck="false"
            data-1p-ignore data-lpignore="true" data-bwignore data-form-type="other" />`;
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

  #renderSuccess(provider: Provider, label: string | undefined) {
    const t = this.hub._t;
    return html`<div part="popup" class="popup" role="alertdialog" aria-labelledby="done-title" aria-describedby="done-text">
      <span class="check" aria-hidden="true">✓</span>
      <h3 id="done-title">${t.connected(provider.name)}</h3>
      <p id="done-text">${label ? t.account(label) : ''}</p>
      <button id="done" class="primary" type="button" @click=${() => this.hub.close()}>${t.done}</button>
    </div>`;
  }
}
