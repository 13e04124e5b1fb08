/**
 * While the user signs in in another window (a redirect provider): the panel that says so,
 * with the way to get that window back or to give up. Its own module, loaded with the wait
 * for the callback page once the host answers with a `redirectUrl`; a hub whose providers
 * take API keys never loads it.
 */
import { html, nothing } from 'lit';
import { enSignIn } from '../../i18n/en-sign-in.js';
import type { ListStrings, SignInStrings, Translation } from '../../i18n/translation.js';

import { ConnectFailure } from '../../internal/failure.js';
import { openSignInWindow } from '../../internal/sign-in.js';
import { signInTarget, waitForSignIn } from '../../internal/sign-in-wait.js';
import type { Provider } from '../../schema/guide.js';
import type { SubmitResult } from '../../schema/options.js';
import type { ViewHost } from './view-host.js';

/** How long a redirect sign-in may take by default: five minutes. */
const SIGN_IN_TIMEOUT = 300_000;

/** A waiting attempt: where the window went, under which name, and what the browser says of it. */
export interface Waiting {
  status: 'waiting';
  url: string;
  name: string;
  origin: string;
  blocked: boolean;
  closed: boolean;
}

/**
 * The Connect attempt's controller (`SubmitController`), as this module drives it: the view's
 * host, the attempt and its sign-in window, showing a new state and telling what failed.
 */
export interface SignInController {
  readonly host: ViewHost;
  readonly attempt: { status: string };
  signInWindow: Window | null;
  show(attempt: Waiting, focus?: string): void;
  announce(providerKey: string, reason: 'sign-in-blocked' | 'sign-in-closed', message: string): void;
  cancel(): void;
}

const waiting = (c: SignInController): Waiting | undefined => (c.attempt.status === 'waiting' ? (c.attempt as Waiting) : undefined);

/** Sends the sign-in window (opened in the click, named `name`) to the sign-in page and waits for the callback page's answer. */
export function signIn(
  c: SignInController,
  provider: Provider,
  url: string,
  state: string,
  name: string,
  signal: AbortSignal,
): Promise<SubmitResult | undefined> {
  const { element, strings, funnel } = c.host;
  const t = signInStrings(strings);
  const target = signInTarget(url, element.oauthOrigin);
  if (!target) throw new ConnectFailure('misconfigured');
  const { href, origin } = target;
  const win = c.signInWindow;
  if (win && !win.closed) win.location.href = href;
  c.show({ status: 'waiting', url: href, name, origin, blocked: !win, closed: !!win?.closed }, '#wait');
  funnel.signIn(provider.key, !win);
  if (!win) c.announce(provider.key, 'sign-in-blocked', t.blocked);
  return waitForSignIn({
    origin,
    state,
    signal,
    timeout: element.signInTimeout || SIGN_IN_TIMEOUT,
    window: () => c.signInWindow,
    onClosed: () => {
      const attempt = waiting(c);
      if (!attempt) return;
      c.show({ ...attempt, closed: true });
      c.announce(provider.key, 'sign-in-closed', t.windowClosed);
    },
    refused: t.signInFailed,
    timedOut: t.signInTimeout,
  });
}

/** Reopen / Open sign-in window: runs inside the click, so a popup blocker lets it through. */
function reopen(c: SignInController, provider: Provider): void {
  const attempt = waiting(c);
  if (!attempt) return;
  c.signInWindow = openSignInWindow(attempt.name, attempt.url);
  c.show({ ...attempt, blocked: !c.signInWindow, closed: false });
  c.host.funnel.signIn(provider.key, !c.signInWindow);
}

/** The sign-in strings: English's come with this module; another language has them already. */
export const signInStrings = (strings: ListStrings | Translation): SignInStrings => ('waiting' in strings ? strings : enSignIn);

/** The panel shown while the user signs in in another window, with Reopen and Cancel. */
export function renderWaiting(c: SignInController, provider: Provider) {
  const attempt = waiting(c);
  if (!attempt) return undefined;
  const t = signInStrings(c.host.strings);
  return html`<div part="waiting" class="card">
    <h3 id="wait" tabindex="-1">${attempt.blocked ? t.blocked : t.waiting(provider.name)}</h3>
    <p role="status">${attempt.closed ? t.windowClosed : ''}</p>
    <div class="actions">
      <button type="button" class="primary" @click=${() => reopen(c, provider)}>${attempt.blocked ? t.openWindow : t.reopen}</button>
      <button type="button" @click=${() => c.cancel()}>${c.host.t.cancel}</button>
    </div>
    ${
      attempt.blocked
        ? html`<a href=${attempt.url} target="_blank" rel=${attempt.origin === location.origin ? 'noopener' : 'opener'}>${t.openTab}</a>`
        : nothing
    }
  </div>`;
}
