/**
 * While the user signs in in another window (a redirect provider): the panel that says so,
 * with the way to get that window back or to give up. Its own module, loaded with the wait
 * for the callback page once the host answers with a `redirectUrl`; a hub whose providers
 * take API keys never loads it.
 */
import { html, nothing } from 'lit';
import { enSignIn } from '../../i18n/en-sign-in.js';
import type { ListStrings, SignInStrings, Translation, ViewStrings } from '../../i18n/translation.js';

import { ConnectFailure } from '../../internal/failure.js';
import { signInTarget, waitForSignIn } from '../../internal/sign-in-wait.js';
import type { SubmitResult } from '../../schema/options.js';

/** How long a redirect sign-in may take by default: five minutes. */
const SIGN_IN_TIMEOUT = 300_000;

/** What the Connect attempt hands the sign-in: where to go, its window, and how to show and tell what happens. */
export interface SignIn {
  url: string;
  state: string;
  /** The window's name (random, for Reopen). */
  name: string;
  signal: AbortSignal;
  element: { oauthOrigin: string | undefined; signInTimeout: number | undefined };
  strings: ListStrings | Translation;
  window(): Window | null;
  /** The attempt is waiting for the callback page. */
  show(attempt: Waiting & { status: 'waiting'; name: string }): void;
  /** The window was sent to the sign-in page, or was blocked (with the sentence that says so). */
  opened(blocked: boolean, message: string): void;
  /** The browser reports the window closed (with the sentence that says so): a hint, never a cancel. */
  closed(message: string): void;
}

/** Sends the sign-in window to the sign-in page and waits for the callback page's answer. */
export function signIn({
  url,
  state,
  name,
  signal,
  element,
  strings,
  window: current,
  show,
  opened,
  closed,
}: SignIn): Promise<SubmitResult | undefined> {
  const t = signInStrings(strings);
  const target = signInTarget(url, element.oauthOrigin);
  if (!target) throw new ConnectFailure('misconfigured');
  const { href, origin } = target;
  const win = current();
  if (win && !win.closed) win.location.href = href;
  show({ status: 'waiting', url: href, name, origin, blocked: !win, closed: !!win?.closed });
  opened(!win, t.blocked);
  return waitForSignIn({
    origin,
    state,
    signal,
    timeout: element.signInTimeout || SIGN_IN_TIMEOUT,
    window: current,
    onClosed: () => closed(t.windowClosed),
    refused: t.signInFailed,
    timedOut: t.signInTimeout,
  });
}

/** The sign-in strings: English's come with this module; another language has them already. */
export const signInStrings = (strings: ListStrings | Translation): SignInStrings => ('waiting' in strings ? strings : enSignIn);

export interface Waiting {
  url: string;
  origin: string;
  blocked: boolean;
  closed: boolean;
}

export function renderWaiting(
  attempt: Waiting,
  provider: string,
  strings: ListStrings | Translation,
  view: ViewStrings,
  reopen: () => void,
  cancel: () => void,
) {
  const t = signInStrings(strings);
  return html`<div part="waiting" class="card">
    <h3 id="wait" tabindex="-1">${attempt.blocked ? t.blocked : t.waiting(provider)}</h3>
    <p role="status">${attempt.closed ? t.windowClosed : ''}</p>
    <div class="actions">
      <button type="button" class="primary" @click=${reopen}>${attempt.blocked ? t.openWindow : t.reopen}</button>
      <button type="button" @click=${cancel}>${view.cancel}</button>
    </div>
    ${
      attempt.blocked
        ? html`<a href=${attempt.url} target="_blank" rel=${attempt.origin === location.origin ? 'noopener' : 'opener'}>${t.openTab}</a>`
        : nothing
    }
  </div>`;
}
