import type { SignInStrings } from './translation.js';

/** English while a redirect sign-in is under way: in the sign-in wait's module. */
export const enSignIn: SignInStrings = {
  waiting: (p) => `Finish signing in to ${p} in the window that opened.`,
  reopen: 'Reopen window',
  blocked: 'Your browser blocked the sign-in window.',
  openWindow: 'Open sign-in window',
  openTab: 'Open the sign-in page in a new tab',
  windowClosed: 'The sign-in window is closed. If you finished, this updates by itself; if not, reopen it.',
  signInTimeout: 'Signing in took too long. Try again.',
  signInFailed: 'Sign-in was not completed.',
};
