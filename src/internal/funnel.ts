/**
 * A linking session's funnel: the session id, when it began, how many times each provider
 * was submitted, the last error, and the `link-hub-event`s that tell a host's product team
 * what happened (see `FunnelDetail`). No lit and no rendering: the element and the headless
 * core keep their sessions with it alike. Nothing a user typed ever reaches it.
 */
import type { LinkHubErrorReason } from '../events/error.js';
import { LinkHubFunnelEvent, type ExitReason, type ExitView, type FunnelDetail } from '../events/funnel.js';
import { newState } from './sign-in.js';

/** How long the user must pause typing in the search box before `search` goes out. */
const SEARCH_PAUSE = 800;

interface Session {
  id: string;
  began: number;
  attempts: Map<string, number>;
  lastError?: LinkHubErrorReason | undefined;
  linked: boolean;
  /** The last query sent, and the one waiting for the user to pause. */
  searched: string;
  pending?: { query: string; results: () => number; timer: ReturnType<typeof setTimeout> } | undefined;
}

type Step = FunnelDetail extends infer D ? (D extends FunnelDetail ? Omit<D, 'sessionId' | 'at'> : never) : never;

export class Funnel {
  #session: Session | undefined;

  constructor(private readonly target: EventTarget) {}

  /** The current session's id, if a session is under way. */
  get sessionId(): string | undefined {
    return this.#session?.id;
  }

  /** Starts a session (and says `open`), unless one is under way. */
  begin(): void {
    if (this.#session) return;
    this.#session = { id: newState(), began: performance.now(), attempts: new Map(), linked: false, searched: '' };
    this.#send({ name: 'open' });
  }

  /**
   * The user typed `query` in the search box: `search` goes out once they pause (or the
   * session ends first), with how many providers matched then, for a query not sent already.
   */
  search(query: string, results: () => number): void {
    const session = this.#session;
    if (!session) return;
    clearTimeout(session.pending?.timer);
    const trimmed = query.trim();
    session.pending =
      trimmed && trimmed !== session.searched
        ? { query: trimmed, results, timer: setTimeout(() => this.#flush(), SEARCH_PAUSE) }
        : undefined;
  }

  selectProvider(providerKey: string): void {
    this.#flush();
    this.#send({ name: 'select-provider', providerKey });
  }

  /** Connect was pressed for `providerKey`: its attempt number in this session goes out. */
  submit(providerKey: string): void {
    const session = this.#session;
    if (!session) return;
    const attempt = (session.attempts.get(providerKey) ?? 0) + 1;
    session.attempts.set(providerKey, attempt);
    this.#send({ name: 'submit', providerKey, attempt });
  }

  error(providerKey: string | null, reason: LinkHubErrorReason): void {
    if (this.#session) this.#session.lastError = reason;
    this.#send({ name: 'error', reason, ...(providerKey && { providerKey }) });
  }

  signIn(providerKey: string, blocked: boolean): void {
    this.#send({ name: blocked ? 'sign-in-blocked' : 'sign-in-open', providerKey });
  }

  success(providerKey: string): void {
    if (this.#session) this.#session.linked = true;
    this.#send({ name: 'success', providerKey });
  }

  /** The session ends: `exit` goes out when nothing was linked in it. */
  end(exit: { view: ExitView; typed: boolean; reason: ExitReason }): void {
    const session = this.#session;
    if (!session) return;
    this.#flush();
    if (!session.linked) this.#send({ name: 'exit', ...exit, ...(session.lastError && { lastError: session.lastError }) });
    this.#session = undefined;
  }

  /** Sends the search waiting for a pause now. */
  #flush(): void {
    const session = this.#session;
    const pending = session?.pending;
    if (!session || !pending) return;
    clearTimeout(pending.timer);
    session.pending = undefined;
    session.searched = pending.query;
    this.#send({ name: 'search', query: pending.query, results: pending.results() });
  }

  #send(step: Step): void {
    const session = this.#session;
    if (!session) return;
    const detail = { ...step, sessionId: session.id, at: Math.round(performance.now() - session.began) } as FunnelDetail;
    this.target.dispatchEvent(new LinkHubFunnelEvent(detail));
  }
}
