/**
 * A provider's linked accounts: each with Re-link, and Disconnect (after a confirmation)
 * when the host set `onDisconnect`. A failing `onDisconnect` keeps the account and says why;
 * once one succeeds, the view says the account was disconnected. An account that needs
 * attention (`status` error or expired) comes first, with the host's message and Reconnect.
 */
import { css, html, nothing } from 'lit';
import { LinkHubDisconnectEvent } from '../../events/disconnect.js';
import { LinkHubErrorEvent } from '../../events/error.js';
import { messageOf, scrub } from '../../internal/scrub.js';
import { needsAttention, type LinkedAccount } from '../../schema/options.js';
import { enAccounts } from '../../i18n/en-accounts.js';
import type { AccountStrings, ListStrings, ViewStrings } from '../../i18n/translation.js';
import type { SetupTarget } from './setup-form.js';
import type { ViewHost } from './view-host.js';

/** The panel's own styles, after the hub's and the view's (an API-key link's first account never needs them). */
const styles = css`
  .destructive { background: var(--_danger); color: var(--_surface); border-color: var(--_danger); font-weight: 600; }
  .notice:empty { position: absolute; }
`;

/** Disconnecting a linked account: asked to confirm, waiting for `onDisconnect`, or refused. */
type Removal = { account: LinkedAccount; status: 'confirm' | 'pending' } | { account: LinkedAccount; status: 'error'; message: string };

export class LinkedAccountsPanel {
  #removal: Removal | undefined;
  #abort: AbortController | undefined;
  /** What was last done to an account (disconnected, its settings saved), to say so. */
  #notice: string | undefined;

  /**
   * `relink(account)` opens the form that re-links it (undefined: back to the accounts);
   * `settings(target)` opens an account's setup form (when the host set `setup`).
   */
  constructor(
    private readonly host: ViewHost,
    private readonly relink: (account: LinkedAccount | undefined) => void,
    private readonly settings: (target: SetupTarget) => void,
  ) {
    const root = host.element.renderRoot as ShadowRoot;
    if (styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }

  /** Forgets a pending or asked Disconnect (aborting its `signal`). */
  clear(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#removal = undefined;
    this.#notice = undefined;
  }

  /** The panel's strings: English's come with this module; another language has them already. */
  get #t(): ListStrings & ViewStrings & AccountStrings {
    const { strings, t } = this.host;
    return 'accounts' in strings ? strings : { ...t, ...enAccounts };
  }

  /** Disconnect asks first; Cancel (no account) puts the account back as it was. */
  #ask(account: LinkedAccount | undefined): void {
    this.#removal = account && { account, status: 'confirm' };
    this.host.focus(account ? '#removal' : '#accounts');
  }

  async #disconnect(account: LinkedAccount): Promise<void> {
    const { element } = this.host;
    const handler = element.onDisconnect;
    if (!handler || this.#removal?.status === 'pending') return;
    const detail = { providerKey: account.providerKey, accountId: account.accountId };
    const abort = new AbortController();
    this.#abort = abort;
    this.#removal = { account, status: 'pending' };
    element.requestUpdate();
    try {
      await handler({ ...detail, signal: abort.signal });
      if (this.#removal?.account !== account) return;
      this.#removal = undefined;
      this.#notice = this.#t.disconnected(account.label ?? account.accountId);
      element.linkedAccounts = this.host.accounts().filter((a) => a !== account);
      this.host.focus('#title');
      element.dispatchEvent(new LinkHubDisconnectEvent(detail));
    } catch (error) {
      if (this.#removal?.account !== account) return;
      const message = scrub(messageOf(error) ?? this.#t.genericError, []);
      this.#removal = { account, status: 'error', message };
      this.host.focus('#removal');
      element.dispatchEvent(new LinkHubErrorEvent({ providerKey: account.providerKey, message, reason: 'disconnect' }));
      this.host.funnel.error(account.providerKey, 'disconnect');
    }
  }

  /** Says what was just done to an account (a polite live region), until the next change. */
  renderNotice() {
    return html`<p class="notice" role="status">${this.#notice ?? ''}</p>`;
  }

  /** An account's Settings: its setup form; once saved, back here, saying so. */
  #settings(account: LinkedAccount, label: string): void {
    this.#notice = undefined;
    this.settings({ account, settings: true, saved: (t) => (this.#notice = t.settingsSaved(label)) });
  }

  render(accounts: LinkedAccount[]) {
    const { element } = this.host;
    const t = this.#t;
    const removal = this.#removal;
    // Accounts that need attention first.
    const sorted = [...accounts.filter(needsAttention), ...accounts.filter((a) => !needsAttention(a))];
    return html`<section part="accounts" class="card" aria-labelledby="accounts">
      <h3 id="accounts" tabindex="-1">${t.accounts}</h3>
      <ul>
        ${sorted.map((a) => {
          const label = a.label ?? a.accountId;
          const asking = removal?.account === a ? removal : undefined;
          const attention = needsAttention(a);
          return html`<li class=${attention ? 'attention' : ''}>
            <strong>${label}</strong>
            ${attention ? html`<p part="attention" class="error"><strong>${t.attention(label)}</strong> ${a.message || t.attentionHint}</p>` : nothing}
            ${
              asking
                ? html`<p id="removal" tabindex="-1">${t.confirmDisconnect(label)}</p>
                  ${asking.status === 'error' ? html`<p class="error" role="alert">${asking.message}</p>` : nothing}
                  <div class="actions" aria-busy=${String(asking.status === 'pending')}>
                    <button type="button" class="destructive" ?disabled=${asking.status === 'pending'} @click=${() => this.#disconnect(a)}>
                      ${t.disconnect}<span class="sr"> ${label}</span>
                    </button>
                    <button type="button" @click=${() => this.#ask(undefined)}>${t.cancel}</button>
                  </div>`
                : html`<div class="actions">
                  <button type="button" class=${attention ? 'primary' : ''} @click=${() => this.relink(a)}>
                    ${attention ? t.reconnect : t.relink}<span class="sr"> ${label}</span>
                  </button>
                  ${
                    element.setup
                      ? html`<button type="button" @click=${() => this.#settings(a, label)}>${t.settings}<span class="sr"> ${label}</span></button>`
                      : nothing
                  }
                  ${
                    element.onDisconnect
                      ? html`<button type="button" @click=${() => this.#ask(a)}>${t.disconnect}<span class="sr"> ${label}</span></button>`
                      : nothing
                  }
                </div>`
            }
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
