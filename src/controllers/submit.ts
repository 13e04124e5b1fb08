/**
 * The Connect attempt, as a reactive controller of the element: the host's `onSubmit`
 * with its timeout and abort signal, sign-in by redirect (the window, the callback
 * message, Reopen and Cancel), and the outcome events. The one place the submit status lives.
 */
import type { ReactiveController } from 'lit';
import type { ViewHost } from '../elements/link-hub/view-host.js';
import { LinkHubErrorEvent } from '../events/error.js';
import { LinkHubSuccessEvent } from '../events/success.js';
import type { LinkHubErrorReason } from '../events/error.js';
import { attemptConnect } from '../core/connect.js';
import { newState, openSignInWindow, windowName } from '../internal/sign-in.js';
import type { Provider } from '../schema/guide.js';
import type { LinkedAccount, SubmitResult } from '../schema/options.js';

export type Attempt =
  | { status: 'idle' | 'pending' }
  /** `fields`: the host's messages for fields of the form, by key (masked like `message`). */
  | { status: 'error'; message: string; fields?: Record<string, string>; duplicateOf?: string }
  | { status: 'success'; result: SubmitResult | undefined }
  /** Sign-in by redirect: waiting for the callback page; `blocked` when no window could open. */
  | { status: 'waiting'; url: string; name: string; origin: string; blocked: boolean; closed: boolean };

const IDLE: Attempt = { status: 'idle' };

export class SubmitController implements ReactiveController {
  attempt: Attempt = IDLE;
  #abort: AbortController | undefined;
  /** Bumped whenever an attempt is forgotten: a late answer to an older one is ignored. */
  #ticket = 0;
  /** The sign-in window of a redirect provider (the sign-in module's Reopen opens it again). */
  signInWindow: Window | null = null;
  /** Whether the host was told that an oauth2 onSubmit resolved with nothing (once is enough). */
  #warned = { once: false };
  /** The sign-in wait and its panel, once a redirect sign-in has needed them. */
  #waiting: typeof import('../elements/link-hub/sign-in-waiting.js') | undefined;
  /** The panel of an account linked twice, once a host's `duplicateOf` has needed it. */
  #duplicate: typeof import('../elements/link-hub/duplicate.js') | undefined;

  /** `linked` is told of each account the host returns, to keep the shown accounts in step. */
  constructor(
    readonly host: ViewHost,
    private readonly linked: (providerKey: string, result: SubmitResult | undefined) => void,
  ) {
    host.element.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** Forgets the attempt: a pending `onSubmit` is aborted and a sign-in window closed. */
  clear(): void {
    this.#ticket++;
    this.#abort?.abort();
    this.#abort = undefined;
    this.#closeWindow();
    this.attempt = IDLE;
  }

  /** Runs a Connect with checked `values`; the outcome is `attempt` and an event. */
  async connect(
    provider: Provider,
    values: Record<string, string>,
    accountId: string | undefined,
    choice?: { actions: string[]; scopes: string[] },
  ): Promise<void> {
    if (this.attempt.status === 'pending') return;
    const { element, t } = this.host;
    const ticket = ++this.#ticket;
    const abort = new AbortController();
    this.#abort = abort;
    const state = provider.authType === 'oauth2' ? newState() : undefined;
    // Opened blank now, inside the click, so popup blockers allow it; onSubmit's answer says where it goes.
    const name = windowName();
    if (state) this.signInWindow = openSignInWindow(name);
    this.show({ status: 'pending' });
    const { funnel } = this.host;
    funnel.submit(provider.key);
    try {
      const result = await attemptConnect({
        provider,
        values,
        accountId,
        choice,
        handler: element.onSubmit,
        timeout: element.submitTimeout,
        abort,
        sessionId: funnel.sessionId,
        state,
        warn: this.#warned,
        // The window is already open (inside the click): the sign-in wait and its panel may load now (their own module).
        signIn: async (url) =>
          ticket === this.#ticket
            ? (this.#waiting ??= await import('../elements/link-hub/sign-in-waiting.js')).signIn(
                this,
                provider,
                url,
                state!,
                name,
                abort.signal,
              )
            : undefined,
      });
      if (ticket !== this.#ticket) return;
      this.show({ status: 'success', result }, '#done');
      this.linked(provider.key, result);
      element.dispatchEvent(new LinkHubSuccessEvent({ providerKey: provider.key, result }));
      funnel.success(provider.key);
    } catch (error) {
      if (ticket !== this.#ticket) return;
      // Loaded on the first failure: masking a host's echo of what was typed is for that moment only.
      const { describeFailure } = await import('../internal/host-error.js');
      if (ticket !== this.#ticket) return;
      const failure = describeFailure(error, provider, values, t, this.#unknownKeys);
      const { fields, duplicateOf } = failure;
      // An account linked twice: the panel that names it comes in its own module.
      if (duplicateOf) this.#duplicate ??= await import('../elements/link-hub/duplicate.js');
      if (ticket !== this.#ticket) return;
      const first = fields && provider.fields.find((f) => fields[f.key]);
      this.show({ status: 'error', ...failure }, duplicateOf ? '#duplicate' : first ? `[name="${first.key}"]` : '[part=error]');
      this.announce(provider.key, failure.reason, failure.message);
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
      if (ticket === this.#ticket) this.#closeWindow();
    }
  }

  /** The panel shown while the user signs in in another window (the attempt is `waiting`), with Reopen and Cancel. */
  renderWaiting(provider: Provider) {
    return this.#waiting?.renderWaiting(this, provider);
  }

  /**
   * An account linked twice: the panel that names it, with Update (`relink(account)`, then the
   * form is submitted again as a re-link of that account) and Go back (the form, as it was typed).
   */
  renderDuplicate(providerKey: string, relink: (account: LinkedAccount) => void) {
    return this.#duplicate?.renderDuplicate(this, providerKey, relink);
  }

  /** Connect cannot go on, and the user can fix it (no action chosen): says why, like a failure, without asking the host. */
  refuse(message: string): void {
    this.show({ status: 'error', message }, '[part=error]');
  }

  /** Cancel while signing in: the window closes, `signal` aborts, the form is back as it was typed. */
  cancel(): void {
    this.clear();
    this.host.focus('[part=submit-button]');
    this.host.element.requestUpdate();
  }

  /** The attempt is now `attempt`; focus moves to `focus` once it is on screen. */
  show(attempt: Attempt, focus?: string): void {
    this.attempt = attempt;
    if (focus) this.host.focus(focus);
    this.host.element.requestUpdate();
  }

  /** `link-hub-error` and the funnel's `error`, with the reason a host can branch on. */
  announce(providerKey: string, reason: LinkHubErrorReason, message: string): void {
    this.host.element.dispatchEvent(new LinkHubErrorEvent({ providerKey, message, reason }));
    this.host.funnel.error(providerKey, reason);
  }

  /** Keys of `fields` in a host's rejection that no field of the provider has, warned once each. */
  #unknownKeys = new Set<string>();

  #closeWindow(): void {
    this.signInWindow?.close();
    this.signInWindow = null;
  }
}
