/**
 * While the user signs in in another window (a redirect provider): the panel that says so,
 * with the way to get that window back or to give up. Its own module, loaded with the wait
 * for the callback page once the host answers with a `redirectUrl`; a hub whose providers
 * take API keys never loads it.
 */
import { html, nothing } from 'lit';
import { enSignIn } from '../../i18n/en-sign-in.js';
import type { ListStrings, SignInStrings, Translation, ViewStrings } from '../../i18n/translation.js';

export { signInTarget, waitForSignIn } from '../../internal/sign-in-wait.js';

/** The sign-in strings: English's come with this module; another language has them already. */
export const signInStrings = (strings: ListStrings | Translation): SignInStrings => ('waiting' in strings ? strings : enSignIn);

export interface Waiting {
  url: string;
  origin: string;
  blocked: boolean;
  closed: boolean;
}

export function renderWaiting(attempt: Waiting, provider: string, strings: ListStrings | Translation, view: ViewStrings, reopen: () => void, cancel: () => void) {
  const t = signInStrings(strings);
  return html`<div part="waiting" class="card">
    <h3 id="wait" tabindex="-1">${attempt.blocked ? t.blocked : t.waiting(provider)}</h3>
    <p role="status">${attempt.closed ? t.windowClosed : ''}</p>
    <div class="actions">
      <button type="button" class="primary" @click=${reopen}>${attempt.blocked ? t.openWindow : t.reopen}</button>
      <button type="button" @click=${cancel}>${view.cancel}</button>
    </div>
    ${attempt.blocked
      ? html`<a href=${attempt.url} target="_blank" rel=${attempt.origin === location.origin ? 'noopener' : 'opener'}>${t.openTab}</a>`
      : nothing}
  </div>`;
}
