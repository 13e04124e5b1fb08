import type { ViewStrings } from './translation.js';

/** English for what Connect says of a field or a failure: the view's, and the headless core's (which takes only these). */
export const enMessages: Pick<ViewStrings, 'problem' | 'failed' | 'genericError' | 'timeout' | 'noHandler'> = {
  problem: (p, label, limit) =>
    ({
      required: `Enter your ${label}.`,
      pattern: `Check the format of ${label}.`,
      url: `${label} must be a web address (https://…).`,
      email: `${label} must be an email address.`,
      number: `${label} must be a number.`,
      option: `Choose a ${label}.`,
      tooLong: `${label} is too long: at most ${limit} characters.`,
      control: `${label} has characters that can’t be used.`,
    })[p],
  failed: 'Couldn’t connect',
  genericError: 'Something went wrong. Try again.',
  timeout: 'This took too long. Try again.',
  noHandler: 'Connecting isn’t set up on this page yet.',
};

/** English for the provider view: in the view's module, not the list's. */
export const enView: ViewStrings = {
  ...enMessages,
  calloutLabels: { warning: 'Warning', note: 'Note', info: 'Info', tip: 'Tip', check: 'Done', danger: 'Danger' },
  newTab: '(opens in a new tab)',
  credentials: 'Your credentials',
  requiredHint: '* Required',
  optional: '(optional)',
  show: 'Show',
  hide: 'Hide',
  connect: 'Connect',
  connecting: 'Connecting…',
  connected: (p) => `${p} is connected`,
  account: (label) => `Account: ${label}`,
  done: 'Done',
  relinkTitle: (l) => `Re-link ${l}`,
  keepSecret: 'Leave empty to keep the saved one.',
  linkAnother: 'Link another account',
  cancel: 'Cancel',
  signIn: 'Sign in',
  signInHint: (p) => `Connect opens ${p}’s sign-in page in a small window.`,
  update: 'Update',
  reconnect: 'Reconnect',
  toForm: 'Go to the form',
  whereToFind: (l) => `Where to find ${l}`,
};
