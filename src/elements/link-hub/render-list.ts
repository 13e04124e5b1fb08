/** The provider list: search box, category chips, count, provider buttons and "Show more". */
import { html, nothing } from 'lit';
import type { ListStrings } from '../../i18n/translation.js';
import { categoriesOf, filterProviders, formatCount, type ListChoice } from '../../internal/provider-filter.js';
import type { ProviderSummary } from '../../schema/guide.js';
import { needsAttention, type LinkedAccount } from '../../schema/options.js';

interface ListState extends ListChoice {
  providers: ProviderSummary[];
  /** Linked accounts by provider key. */
  linked: ReadonlyMap<string, LinkedAccount[]>;
  /** How many matches are rendered. */
  limit: number;
}

/** What the list asks of the element. */
interface ListActions {
  choose(choice: Partial<ListChoice>): void;
  select(provider: ProviderSummary): void;
  prefetch(provider: ProviderSummary): void;
  more(): void;
}

export function renderList(state: ListState, actions: ListActions, t: ListStrings) {
  const { providers, linked } = state;
  const categories = categoriesOf(providers);
  // Accounts of providers this catalog does not list get no filter of their own.
  const anyLinked = linked.size > 0 && providers.some((p) => linked.has(p.key));
  const matches = filterProviders(providers, state, linked);
  const shown = matches.slice(0, state.limit);
  const count = (n: number) => formatCount(n, t.locale);
  return html`<input part="search" type="search" .value=${state.query} aria-label=${t.search} placeholder=${t.search}
      @input=${(e: InputEvent) => actions.choose({ query: (e.target as HTMLInputElement).value })} />
    ${
      categories.length > 1 || anyLinked
        ? html`<div class="chips" role="group" aria-label=${t.categories}>
          ${(categories.length > 1 ? ['', ...categories] : []).map(
            (
              c,
            ) => html`<button type="button" class="chip" aria-pressed=${String(state.category === c)} @click=${() => actions.choose({ category: c })}>
              ${c || t.allCategories}
            </button>`,
          )}
          ${
            anyLinked
              ? html`<button type="button" class="chip" aria-pressed=${String(state.linkedOnly)} @click=${() => actions.choose({ linkedOnly: !state.linkedOnly })}>
                ${t.linked}
              </button>`
              : nothing
          }
        </div>`
        : nothing
    }
    <p class="count" role="status">${matches.length ? t.count(matches.length, count(matches.length)) : t.noMatch(state.query.trim())}</p>
    <ul part="provider-list">
      ${shown.map(
        (p) => html`<li>
          <button part="provider" type="button" @click=${() => actions.select(p)} @pointerenter=${() => actions.prefetch(p)} @focus=${() => actions.prefetch(p)}>
            ${
              p.logo
                ? html`<img class="logo" src=${p.logo} alt="" loading="lazy" width="32" height="32" />`
                : html`<span class="logo letter" aria-hidden="true">${p.name.trim().charAt(0).toUpperCase()}</span>`
            }
            <span class="name"
              >${p.name}${linked.has(p.key) ? renderBadge(linked.get(p.key)!, t) : nothing}</span
            >
            ${p.variant ? html`<span part="variant" class="variant">${p.variant}</span>` : nothing}
            ${p.category ? html`<span class="category">${p.category}</span>` : nothing}
          </button>
        </li>`,
      )}
    </ul>
    ${matches.length > shown.length ? html`<button type="button" @click=${actions.more}>${t.showMore(count(matches.length - shown.length))}</button>` : nothing}`;
}

/** A provider's linked accounts in the list: Connected, or Needs attention when one of them does. */
function renderBadge(accounts: LinkedAccount[], t: ListStrings) {
  const attention = accounts.some(needsAttention);
  return html` <small part="badge" class=${attention ? 'attention' : ''}>${attention ? t.needsAttention : t.linked} · ${accounts.map((a) => a.label ?? a.accountId).join(', ')}</small>`;
}
