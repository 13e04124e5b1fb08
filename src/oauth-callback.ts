/**
 * `link-hub/oauth-callback`: what the page a host serves at its OAuth redirect URI runs.
 * It reads the outcome the host's server put in the page or the URL, posts it to the
 * window that opened the sign-in (`<link-hub>` waits for it there), and closes itself.
 *
 * Two ways in:
 * - `<script src=".../oauth-callback.js">` (the classic script, `dist/oauth-callback.js`)
 *   runs at once, with `data-target-origin` on the script tag as its one setting;
 * - `import { finishSignIn } from 'link-hub/oauth-callback'` from a bundle runs nothing by
 *   itself (a bundle has no script tag to read settings from): call `finishSignIn()`.
 *
 * Where the outcome comes from, first match wins:
 * 1. `<script type="application/json" id="link-hub-oauth">{ "state", "ok", "error"?, "result"? }</script>`
 * 2. the URL's query or fragment: `state`, `ok=1` (with `accountId` and `label` for the result),
 *    or `error` / `error_description` for a refusal.
 *
 * The message goes to the page's own origin, or to `targetOrigin`, which must be an http(s)
 * origin (never `*`: the outcome is for the hub's page alone). When the sign-in page cut
 * the window off from its opener (Cross-Origin-Opener-Policy), the hub's page can still
 * hear it if it has this page's origin: the message then goes out on the BroadcastChannel
 * `link-hub:oauth` (and only then: every tab of the origin hears a broadcast). No framework needed; nothing is stored; the URL's parameters are
 * removed from the history entry.
 */

import { OAUTH_MESSAGE, type SignInOutcome as Outcome } from './schema/oauth.js';

export interface FinishSignInOptions {
  /** The origin of the page the hub runs on, when it is not this page's own: `https://app.example`. */
  targetOrigin?: string | undefined;
}

function readOutcome(): Outcome | undefined {
  const block = document.getElementById('link-hub-oauth');
  if (block?.textContent) {
    try {
      const data = JSON.parse(block.textContent) as Partial<Outcome>;
      if (typeof data.state === 'string') return { ...data, state: data.state, ok: data.ok === true };
    } catch {
      // Not JSON: fall through to the URL.
    }
  }
  const params = new URLSearchParams(location.search);
  for (const [key, value] of new URLSearchParams(location.hash.slice(1))) if (!params.has(key)) params.set(key, value);
  const state = params.get('state');
  if (!state) return undefined;
  const error = params.get('error_description') ?? params.get('error') ?? undefined;
  const ok = !error && (params.get('ok') === '1' || params.get('ok') === 'true');
  const result: Record<string, string> = {};
  for (const key of ['accountId', 'label']) {
    const value = params.get(key);
    if (value) result[key] = value;
  }
  return { state, ok, ...(error && { error }), ...(ok && { result }) };
}

/** Shows a line of text (the script may run in <head>, before there is a body). */
function say(text: string): void {
  const write = () => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  };
  if (document.body) write();
  else addEventListener('DOMContentLoaded', write);
}

/** `targetOrigin` as an http(s) origin, or undefined for anything else (`*`, `null`, a `data:` URL). */
function httpOrigin(value: string): string | undefined {
  try {
    const origin = new URL(value).origin;
    return /^https?:\/\//.test(origin) ? origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Posts the sign-in outcome to the hub's window and closes this one. Returns whether a
 * message went out: false when the page holds no outcome, or `targetOrigin` is not an
 * http(s) origin (then nothing is posted, and the console says why).
 */
export function finishSignIn(options: FinishSignInOptions = {}): boolean {
  const outcome = readOutcome();
  history.replaceState(null, '', location.pathname);
  const targetOrigin = httpOrigin(options.targetOrigin || location.origin);
  if (!targetOrigin) {
    console.error(
      `link-hub: oauth-callback's target origin must be an http(s) origin such as https://app.example, got ${JSON.stringify(options.targetOrigin)}`,
    );
    say('Sign-in could not be completed: this page is set up wrongly. You can close this window.');
    return false;
  }
  if (!outcome) {
    say('This page did not receive a sign-in result. You can close this window.');
    return false;
  }
  const message = { type: OAUTH_MESSAGE, ...outcome };
  const opener = window.opener as Window | null;
  opener?.postMessage(message, targetOrigin);
  // Only a window cut off from its opener broadcasts: every tab of the origin hears a broadcast.
  if (!opener && targetOrigin === location.origin && typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(OAUTH_MESSAGE);
    channel.postMessage(message);
    channel.close();
  }
  say(outcome.ok ? 'Signed in. You can close this window.' : 'Sign-in was not completed. You can close this window.');
  // A window the hub opened closes; a tab the user opened stays, with the line above.
  window.close();
  return true;
}
