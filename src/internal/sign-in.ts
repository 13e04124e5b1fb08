/**
 * Sign-in by redirect (OAuth): the window the hub opens inside the Connect click, and
 * the wait for the host's callback page to post the outcome back to this window.
 */
import { OAUTH_MESSAGE } from '../schema/oauth.js';
import { OAuthMessage, type SubmitResult } from '../schema/options.js';

/**
 * The sign-in window's name: one per attempt. A fixed name could match a window the user
 * already has (even the app's own, if something opened it under that name): opening
 * would then navigate that window to the sign-in page, and closing it would lose the app.
 */
export const windowName = (state: string) => `link-hub-sign-in-${state}`;

/**
 * Opens the sign-in window named `name`, centred over the page and sized for a sign-in
 * form (opening again under the same name reuses it). Returns null when a popup blocker
 * refused it, and when the browser handed back this very window or its top window, which
 * the hub must never navigate or close.
 */
export function openSignInWindow(name: string, url = ''): Window | null {
  const width = 520;
  const height = 680;
  const left = Math.round(screenX + (outerWidth - width) / 2);
  const y = Math.round(screenY + (outerHeight - height) / 2);
  const win = open(url, name, `popup,width=${width},height=${height},left=${left},top=${y}`);
  return win && win !== window && win !== top ? win : null;
}

/**
 * The origin whose messages end a sign-in: `oauth-origin` (else this page's own), as long
 * as it is an http(s) origin. `about:blank`, `data:` and sandboxed frames all have the
 * origin "null", which any page can take on: undefined then.
 */
export function callbackOrigin(setting: string | undefined): string | undefined {
  let origin: string;
  try {
    origin = new URL(setting || location.origin, location.href).origin;
  } catch {
    return undefined;
  }
  return /^https?:\/\//.test(origin) ? origin : undefined;
}

/** A fresh, unguessable `state`: 128 random bits, as hex. */
export const newState = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

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
export function waitForSignIn({ origin, state, signal, timeout, window: current, onClosed, refused, timedOut }: SignInWait): Promise<SubmitResult | undefined> {
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
      else reject(new Error(message.data.error?.trim() || refused));
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
      reject(new Error(timedOut));
    }, timeout);
    addEventListener('message', onMessage);
    channel?.addEventListener('message', onMessage);
    signal.addEventListener('abort', onAbort);
  });
}
