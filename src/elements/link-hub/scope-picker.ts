/**
 * Scope-aware guides in the provider view: the actions an integration can perform as
 * checkboxes (checked where the host asked for them), the guide cut to the steps those
 * need, and each step's scopes to grant, easy to copy. Its own module: only a guide that
 * has actions or scope lists loads it.
 */
import { css, html, nothing } from 'lit';
import { knownActions, scopedGuide, scopesFor } from '../../internal/scopes.js';
import { enScopes } from '../../i18n/en-scopes.js';
import type { ScopeStrings } from '../../i18n/translation.js';
import type { Provider } from '../../schema/guide.js';
import type { ViewHost } from './view-host.js';

const styles = css`
  fieldset { margin: 0 0 16px; }
  legend { font-weight: 600; padding: 0 4px; }
  .check-row { display: flex; gap: 8px; align-items: start; padding: 4px 0; }
  .check-row input { width: 20px; min-height: 20px; margin: 2px 0 0; }
  .check-row small { display: block; }
  .scopes { margin: var(--_s) 0; padding: 12px; gap: 8px; }
  .scopes ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 6px; }
  .scopes button { justify-self: start; }
`;

export class ScopePicker {
  /** The user's choice, by provider key, until the provider is opened again. */
  #chosen = new Map<string, string[]>();

  constructor(private readonly host: ViewHost) {
    // Its styles come with it, after the hub's and the view's.
    const root = host.element.renderRoot as ShadowRoot;
    if (styles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }

  /** The picker's strings: English's come with this module; another language has them already. */
  get #t(): ScopeStrings {
    const strings = this.host.strings;
    return 'actionsTitle' in strings ? strings : enScopes;
  }

  /** A provider opens: its actions start again from what the host asked for. */
  reset(): void {
    this.#chosen.clear();
  }

  /** Why Connect cannot go on with no action chosen. */
  get refusal(): string {
    return this.#t.chooseAction;
  }

  /** The chosen action ids (in the provider's order). */
  chosen(provider: Provider): string[] {
    return this.#chosen.get(provider.key) ?? knownActions(provider.actions ?? [], this.host.element.actions);
  }

  /** What `onSubmit` receives: the chosen ids and the union of their scopes. */
  choice(provider: Provider): { actions: string[]; scopes: string[] } {
    const actions = this.chosen(provider);
    return { actions, scopes: scopesFor(provider.actions ?? [], actions) };
  }

  /** The guide as the chosen actions need it. */
  guide(provider: Provider): Provider {
    return scopedGuide(provider, this.chosen(provider));
  }

  #toggle(provider: Provider, id: string, on: boolean): void {
    const chosen = new Set(this.chosen(provider));
    if (on) chosen.add(id);
    else chosen.delete(id);
    this.#chosen.set(
      provider.key,
      (provider.actions ?? []).map((a) => a.id).filter((a) => chosen.has(a)),
    );
    this.host.element.requestUpdate();
  }

  /** The actions, as a group of checkboxes with a heading and what choosing means. */
  render(provider: Provider) {
    const t = this.#t;
    const chosen = this.chosen(provider);
    return html`<fieldset part="actions" class="card" id="actions" tabindex="-1">
      <legend>${t.actionsTitle}</legend>
      <p class="hint">${t.actionsHint}</p>
      ${(provider.actions ?? []).map(
        (action) => html`<label class="check-row">
          <input type="checkbox" .checked=${chosen.includes(action.id)} @change=${(e: Event) => this.#toggle(provider, action.id, (e.target as HTMLInputElement).checked)} />
          <span>${action.label}${action.description ? html`<small>${action.description}</small>` : nothing}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  /** A step's scopes to grant: the list, and Copy (or a sentence when the choice needs none of them). */
  scopeList = (scopes: string[]) => {
    const t = this.#t;
    if (!scopes.length) return html`<p part="scopes" class="scopes hint">${t.noScopes}</p>`;
    const copy = async (event: Event) => {
      const status = (event.currentTarget as HTMLElement).nextElementSibling as HTMLElement;
      await navigator.clipboard.writeText(scopes.join(' ')).then(
        () => (status.textContent = t.copied),
        () => (status.textContent = ''),
      );
    };
    return html`<div part="scopes" class="scopes card">
      <strong>${t.scopesToGrant}</strong>
      <ul>${scopes.map((scope) => html`<li><code>${scope}</code></li>`)}</ul>
      <button type="button" @click=${copy}>${t.copy}<span class="sr"> ${t.scopesToGrant}</span></button><span role="status"></span>
    </div>`;
  };
}
