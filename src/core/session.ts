/**
 * `link-hub/headless`: the data and the rules of linking, without our markup, for a team
 * that draws the flow with its own components. The same modules as `<link-hub>`: the
 * catalog loader and its limits, the list's matching, the form's checks and sentences, the
 * Connect attempt (timeouts, typed failures, a host's field messages, masking), the
 * redirect sign-in's window with its origin and state checks, and the funnel's events.
 * No lit, and no custom element is defined by importing it.
 */
import type { LinkHubErrorReason } from '../events/error.js';
import { enMessages } from '../i18n/en-view.js';
import { problemText } from '../i18n/problem.js';
import { takeAccounts } from '../internal/accounts.js';
import { loadCatalog, type LoadedCatalog } from '../internal/catalog.js';
import { ConnectFailure } from '../internal/failure.js';
import { Funnel } from '../internal/funnel.js';
import { pickLocale } from '../internal/locale.js';
import { filterProviders, type ListChoice } from '../internal/provider-filter.js';
import { scopesFor } from '../internal/scopes.js';
import { newState, openSignInWindow, windowName } from '../internal/sign-in.js';
import { validateCredentials } from '../schema/fields.js';
import type { Provider, ProviderSummary } from '../schema/guide.js';
import type { LinkedAccount, SubmitHandler, SubmitResult } from '../schema/options.js';
import { attemptConnect } from './connect.js';

export interface LinkSessionOptions {
  /** A catalog object, or the URL of a catalog JSON (a whole catalog, or a split one's index.json). */
  catalog: unknown;
  onSubmit?: SubmitHandler;
  linkedAccounts?: LinkedAccount[];
  /** Action ids the host needs (scope-aware guides); default: each provider's every action. */
  actions?: string[];
  /** The language of the guides, where the catalog has one (default: the page's). */
  lang?: string;
  /** Milliseconds after which a pending `onSubmit` is given up (default: never). */
  submitTimeout?: number;
  /** Milliseconds a redirect sign-in may take (default five minutes). */
  signInTimeout?: number;
  /** The origin of the host's sign-in callback page (default: this page's). */
  oauthOrigin?: string;
}

export type ValidateResult = { ok: true } | { ok: false; fields: Record<string, string> };
export type ConnectResult =
  | { ok: true; result: SubmitResult | undefined }
  | { ok: false; reason: LinkHubErrorReason | 'invalid'; message: string; fields?: Record<string, string>; duplicateOf?: string };

/** What `connect` needs beyond the values: the account to re-link, the actions chosen. */
export interface ConnectOptions {
  accountId?: string;
  actions?: string[];
}

/** How long a redirect sign-in may take by default: five minutes. */
const SIGN_IN_TIMEOUT = 300_000;

/** A linking session over a catalog: see the README's "Headless". Events: `link-hub-event` (the funnel). */
export class LinkSession extends EventTarget {
  /** Resolves once the catalog is loaded and checked whole; rejects with the element's message for a bad one. */
  readonly ready: Promise<void>;
  #loaded: LoadedCatalog = { state: 'empty' };
  #selected: Provider | undefined;
  readonly #funnel = new Funnel(this);
  readonly #accounts;
  readonly #warn = { once: false };
  readonly #warned = new Set<string>();
  #typed = false;

  constructor(private readonly options: LinkSessionOptions) {
    super();
    this.#accounts = takeAccounts(options.linkedAccounts);
    this.ready = this.#load();
    // A host that never awaits `ready` gets no unhandled rejection; one that does still sees it reject.
    this.ready.catch(() => undefined);
    // `open` goes out once the caller has had the chance to listen (in the task that created the session).
    queueMicrotask(() => this.#funnel.begin());
  }

  async #load(): Promise<void> {
    // The whole catalog's check (with the guide schema) and a split catalog's fetcher load as they are needed.
    const lazy = () =>
      import('../internal/check-catalog.js').then(({ checkCatalog }) => ({
        checkCatalog,
        loadSplitGuides: () => import('../internal/split-guides.js'),
      }));
    let loaded = await loadCatalog(this.options.catalog, lazy);
    if (loaded.state === 'ready' && loaded.checking) {
      loaded.hurry?.();
      loaded = await loaded.checking;
    }
    this.#loaded = loaded;
    if (loaded.state !== 'ready') {
      this.#funnel.error(null, 'catalog');
      throw new Error(loaded.state === 'error' ? loaded.message : 'link-hub: no catalog');
    }
  }

  /** The session's id, as `onSubmit` and every funnel event carry it. */
  get sessionId(): string | undefined {
    return this.#funnel.sessionId;
  }

  /** The providers' summaries, in catalog order (empty until `ready`). */
  get providers(): ProviderSummary[] {
    return this.#loaded.state === 'ready' ? this.#loaded.providers : [];
  }

  /** The linked accounts (validated), all of them or one provider's. */
  accounts(providerKey?: string): LinkedAccount[] {
    return providerKey === undefined ? this.#accounts.all : (this.#accounts.byProvider.get(providerKey) ?? []);
  }

  /** The providers that match, as the hub's list matches them; a query goes to the funnel once the user pauses. */
  filter(choice: Partial<ListChoice> = {}): ProviderSummary[] {
    const full: ListChoice = { query: '', category: '', linkedOnly: false, ...choice };
    const match = () => filterProviders(this.providers, full, this.#accounts.byProvider);
    if (choice.query !== undefined) this.#funnel.search(choice.query, () => match().length);
    return match();
  }

  /** The whole guide of `key`, in `lang` where the catalog has it (its fields' nature from the default guide). */
  async select(key: string): Promise<Provider> {
    await this.ready;
    const loaded = this.#loaded as Extract<LoadedCatalog, { state: 'ready' }>;
    const lang = this.options.lang || document.documentElement.lang || 'en';
    let base: Provider | undefined;
    let localized: Provider | undefined;
    if (loaded.body) [base, localized] = (await loaded.body(key, lang)) ?? [];
    else {
      base = loaded.providers.find((p): p is Provider => p.key === key && 'fields' in p);
      const locale = pickLocale(
        (loaded.locales ?? []).map((l) => l.locale),
        lang,
      );
      localized = loaded.locales?.find((l) => l.locale === locale)?.providers.find((p) => p.key === key);
    }
    // A translation over its default guide (loaded only then): its words, the default guide's fields and actions.
    const guide = base && localized ? (await import('../schema/localize.js')).localize(base, localized) : base;
    if (!guide) throw new Error(`link-hub: unknown provider "${key}"`);
    this.#selected = guide;
    this.#funnel.selectProvider(key);
    return guide;
  }

  /** The form's checks on `values` for the selected provider, with the form's sentences, by field key. */
  validate(values: Record<string, unknown>, options: ConnectOptions = {}): ValidateResult {
    const { fields } = this.#check(values, options);
    return fields ? { ok: false, fields } : { ok: true };
  }

  /** The selected provider's checks (a re-link may leave its secrets empty): the clean values, or a sentence per field. */
  #check(values: Record<string, unknown>, { accountId }: ConnectOptions) {
    const provider = this.#required();
    if (Object.values(values).some((v) => typeof v === 'string' && v !== '')) this.#typed = true;
    const checked = validateCredentials(provider.fields, values, !!accountId);
    if (checked.ok) return { provider, clean: checked.values };
    const t = { locale: 'en', problem: enMessages.problem };
    return {
      provider,
      fields: Object.fromEntries(
        provider.fields.filter((f) => checked.problems[f.key]).map((f) => [f.key, problemText(t, checked.problems[f.key]!, f)]),
      ),
    };
  }

  /**
   * Connect, as the hub's button does: the values checked, then `onSubmit`; for a redirect
   * provider, call it inside the user's click (the sign-in window opens there, before any wait).
   */
  async connect(values: Record<string, unknown>, options: ConnectOptions = {}): Promise<ConnectResult> {
    const { provider, clean, fields } = this.#check(values, options);
    if (!clean) return { ok: false, reason: 'invalid', message: Object.values(fields!).join(' '), fields: fields! };
    const state = provider.authType === 'oauth2' ? newState() : undefined;
    let win = state ? openSignInWindow(windowName()) : null;
    const valuesOut = clean;
    const chosen = provider.actions?.length ? (options.actions ?? this.options.actions ?? provider.actions.map((a) => a.id)) : undefined;
    this.#funnel.submit(provider.key);
    const abort = new AbortController();
    try {
      const result = await attemptConnect({
        provider,
        values: valuesOut,
        accountId: options.accountId,
        choice: chosen && provider.actions ? { actions: chosen, scopes: scopesFor(provider.actions, chosen) } : undefined,
        handler: this.options.onSubmit,
        timeout: this.options.submitTimeout,
        abort,
        sessionId: this.sessionId,
        state,
        warn: this.#warn,
        signIn: async (url) => {
          // The window opened in the click; the wait for the callback page loads now (API-key links never need it).
          const [{ signInTarget, waitForSignIn }, { enSignIn }] = await Promise.all([
            import('../internal/sign-in-wait.js'),
            import('../i18n/en-sign-in.js'),
          ]);
          const target = signInTarget(url, this.options.oauthOrigin);
          if (!target) throw new ConnectFailure('misconfigured');
          if (win && !win.closed) win.location.href = target.href;
          this.#funnel.signIn(provider.key, !win);
          if (!win) throw new ConnectFailure('sign-in-blocked', enSignIn.blocked);
          return waitForSignIn({
            origin: target.origin,
            state: state!,
            signal: abort.signal,
            timeout: this.options.signInTimeout || SIGN_IN_TIMEOUT,
            window: () => win,
            onClosed: () => undefined,
            refused: enSignIn.signInFailed,
            timedOut: enSignIn.signInTimeout,
          });
        },
      });
      this.#funnel.success(provider.key);
      return { ok: true, result };
    } catch (error) {
      const { describeFailure } = await import('../internal/host-error.js');
      const failure = describeFailure(error, provider, valuesOut, enMessages, this.#warned);
      this.#funnel.error(provider.key, failure.reason);
      return { ok: false, ...failure };
    } finally {
      win?.close();
      win = null;
    }
  }

  /** The session ends (the host's panel closed): `exit` goes out when nothing was linked. */
  end(): void {
    this.#funnel.end({ view: this.#selected ? 'provider' : 'list', typed: this.#typed, reason: 'host' });
  }

  #required(): Provider {
    if (!this.#selected) throw new Error('link-hub: select a provider first');
    return this.#selected;
  }
}

/** A linking session over `options.catalog`: await `ready`, then `providers`, `filter`, `select`, `validate`, `connect`. */
export const createLinkSession = (options: LinkSessionOptions): LinkSession => new LinkSession(options);
