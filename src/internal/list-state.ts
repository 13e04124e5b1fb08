/**
 * What the user chose in the provider list (query, category, linked only) and how many
 * matches it shows: the list's actions change it and ask the element to render again; a
 * query also goes to the funnel, which counts the matches once the user pauses. The list
 * itself is drawn by `renderList`.
 */
import type { Funnel } from './funnel.js';
import { filterProviders, type ListChoice } from './provider-filter.js';
import type { ProviderSummary } from '../schema/guide.js';

/** How many providers the list renders at first, and adds per "Show more". */
const PAGE = 60;
/** The list as it first shows: no query, every category, the first page. */
const FRESH: ListChoice & { limit: number } = { query: '', category: '', linkedOnly: false, limit: PAGE };

interface ListSource {
  providers(): ProviderSummary[];
  linked(): ReadonlyMap<string, unknown>;
  readonly funnel: Funnel;
  select(provider: ProviderSummary): void;
  prefetch(provider: ProviderSummary): void;
}

export class ListState {
  /** What the user chose, and how many matches are rendered. */
  choice = FRESH;

  constructor(
    private readonly host: { requestUpdate(): void },
    private readonly source: ListSource,
  ) {}

  /** The list as it first shows (the hub closed). */
  reset(): void {
    this.choice = FRESH;
  }

  #set(choice: typeof FRESH): void {
    this.choice = choice;
    this.host.requestUpdate();
  }

  readonly actions = {
    choose: (choice: Partial<ListChoice>): void => {
      // A new query starts again from the first page.
      this.#set({ ...this.choice, ...choice, ...(choice.query !== undefined && { limit: PAGE }) });
      // How many match is counted when the search goes out, once the user pauses: never on each keystroke.
      const { providers, linked, funnel } = this.source;
      if (choice.query !== undefined) funnel.search(choice.query, () => filterProviders(providers(), this.choice, linked()).length);
    },
    select: (provider: ProviderSummary): void => this.source.select(provider),
    prefetch: (provider: ProviderSummary): void => this.source.prefetch(provider),
    more: (): void => this.#set({ ...this.choice, limit: this.choice.limit + PAGE * 4 }),
  };
}
