/**
 * Sign-in by redirect (OAuth), the part that must be there at the Connect click: the
 * window the hub opens inside it, and the attempt's `state`. The wait for the callback
 * page (`sign-in-wait.ts`) is loaded once the host answers with a `redirectUrl`.
 */

/**
 * A fresh name for a sign-in window: one per attempt, random, and unrelated to the
 * attempt's `state`. A fixed name could match a window the user already has (even the
 * app's own): opening would navigate that window, and closing it would lose the app. A
 * name made from the state would hand the state to any page that loads in the window
 * (every page can read `window.name`), and with it what a forged callback needs.
 */
export const windowName = (): string => `link-hub-sign-in-${newState()}`;

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

/** A fresh, unguessable `state`: 128 random bits, as hex. */
export const newState = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
