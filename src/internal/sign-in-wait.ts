/**
 * Sign-in by redirect (OAuth), once the host has answered with a `redirectUrl`: which origin
 * may end it, and the wait for the host's callback page to post the outcome back. Its own
 * module: a hub whose providers take API keys never loads it.
 */
import { ConnectFailure } from './failure.js';
import { OAUTH_MESSAGE } from '../schema/oauth.js';
import type { SubmitResult } from '../schema/options.js';
import { OAuthMessage, RedirectUrl } from '../schema/sign-in.js';
import { formatIssues } from '../schema/zod.js';

/**
 * Where the sign-in goes and who may end it, from what the host set: the `redirectUrl`
 * (resolved against the page; http(s) only) and the callback page's origin, `oauth-origin`
 * else this page's own, as long as it is an http(s) origin (`about:blank`, `data:` and
 * sandboxed frames all have the origin "null", which any page can take on). Undefined when
 * either is wrong: the host's mistake, named in the console (the user sees a generic message).
 */
export function signInTarget(redirectUrl: string, oauthOrigin: string | undefined): { href: string; origin: string } | undefined {
  const href = new URL(redirectUrl, document.baseURI).href;
  const checked = RedirectUrl.safeParse(href);
  if (!checked.success) {
    console.warn(`link-hub: ${formatIssues(checked.error, 'redirectUrl').join('; ')}`);
    return undefined;
  }
  let origin = '';
  try {
    origin = new URL(oauthOrigin || location.origin, location.href).origin;
  } catch {
    // Not a URL at all: refused below.
  }
  if (/^https?:\/\//.test(origin)) return { href, origin };
  console.warn(`link-hub: oauth-origin must be an http(s) origin such as https://app.example, got ${JSON.stringify(oauthOrigin)}`);
  return undefined;
}

export interface SignInWait {
  /** The only origin whose messages count: the callback page's. */
  origin: string;
  state: string;
  signal: AbortSignal;
  /** Milliseconds before giving up. */
  timeout: number;
  /** The sign-in window as it is now (Reopen replaces it). */
  window: () => Window | null;
  /**
   * The browser reports the window closed. A sign-in page that sets
   * Cross-Origin-Opener-Policy cuts the window off, and `closed` then reads true while it
   * is still open: this is a hint to show, never a cancel.
   */
  onClosed: () => void;
  /** The message when the callback page says `ok: false` without an `error` of its own. */
  refused: string;
  /** The message when `timeout` passes. */
  timedOut: string;
}

/**
 * Waits for `{ type: 'link-hub:oauth', state, ok }` from `origin` with the same `state`;
 * anything else is ignored. When `origin` is this page's own, the BroadcastChannel
 * `link-hub:oauth` counts too (same-origin by nature): that is how the callback page
 * reaches the hub when Cross-Origin-Opener-Policy has cut the window off from it. Resolves with the message's `result` when `ok`; rejects
 * with an Error (the callback's `error`, else `refused`; `timedOut` on timeout); rejects
 * with the abort reason when `signal` aborts. The window is closed whichever way it ends.
 */
export function waitForSignIn({
  origin,
  state,
  signal,
  timeout,
  window: current,
  onClosed,
  refused,
  timedOut,
}: SignInWait): Promise<SubmitResult | undefined> {
  return new Promise((resolve, reject) => {
    let wasClosed = false;
    const channel = origin === location.origin && typeof BroadcastChannel === 'function' ? new BroadcastChannel(OAUTH_MESSAGE) : undefined;
    const end = () => {
      channel?.close();
      removeEventListener('message', onMessage);
      signal.removeEventListener('abort', onAbort);
      clearInterval(poll);
      clearTimeout(timer);
      current()?.close();
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin && event.target !== channel) return;
      const message = OAuthMessage.safeParse(event.data);
      if (!message.success || message.data.state !== state) return;
      end();
      if (message.data.ok) resolve(message.data.result);
      else reject(new ConnectFailure('sign-in-denied', message.data.error?.trim() || refused));
    };
    const onAbort = () => {
      end();
      reject(signal.reason);
    };
    const poll = setInterval(() => {
      const closed = !!current()?.closed;
      if (closed && !wasClosed) onClosed();
      wasClosed = closed;
    }, 500);
    const timer = setTimeout(() => {
      end();
      reject(new ConnectFailure('timeout', timedOut));
    }, timeout);
    addEventListener('message', onMessage);
    channel?.addEventListener('message', onMessage);
    signal.addEventListener('abort', onAbort);
  });
}
