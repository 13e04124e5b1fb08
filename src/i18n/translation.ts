import type { FieldProblem } from '../schema/fields.js';
import type { CalloutVariant } from '../schema/guide.js';

/**
 * Every string the hub shows, as two tables: what the provider list needs (English ships in
 * the main bundle: `en-list.ts`) and what the provider view says (English travels with the
 * view's module: `en-view.ts`). Other languages are one module each with both, loaded when
 * the element's language asks for it. Functions take what a sentence needs (a count, a
 * name) so each language words and pluralises it its own way.
 */
export interface ListStrings {
  /** BCP 47 tag of this table. */
  locale: string;
  /** Text direction of the language. */
  dir: 'ltr' | 'rtl';
  title: string;
  connectTo: (provider: string) => string;
  close: string;
  back: string;
  search: string;
  allCategories: string;
  categories: string;
  count: (n: number, formatted: string) => string;
  noMatch: (query: string) => string;
  showMore: (remaining: string) => string;
  loading: string;
  unavailable: string;
  /** Accounts already linked (the `linkedAccounts` property). */
  linked: string;
  /** A linked account whose status is `error` or `expired` (the list badge). */
  needsAttention: string;
}

export interface ViewStrings {
  calloutLabels: Record<CalloutVariant, string>;
  newTab: string;
  credentials: string;
  requiredHint: string;
  optional: string;
  show: string;
  hide: string;
  connect: string;
  connecting: string;
  /** A value's problem, as a sentence about the field; `limit` is the longest value (formatted), for `tooLong`. Through `problemText`, which prefers a guide's own message. */
  problem: (problem: FieldProblem, label: string, limit: string) => string;
  failed: string;
  genericError: string;
  timeout: string;
  noHandler: string;
  connected: (provider: string) => string;
  account: (label: string) => string;
  done: string;
  relinkTitle: (label: string) => string;
  keepSecret: string;
  linkAnother: string;
  cancel: string;
  /** The form of a redirect provider: its heading when it asks for nothing, and what Connect will do. */
  signIn: string;
  signInHint: (provider: string) => string;
  /** The submit button when it re-links an account already linked. */
  update: string;
  /** Re-link, offered first for an account that needs attention. */
  reconnect: string;
  /** A phone: the skip link from the top of a guide to its form. */
  toForm: string;
  /** The button by a field that brings the guide's step about it into view: its name begins with the words, then the label. */
  whereToFind: (label: string) => string;
}

/** Waiting for a redirect sign-in: English travels with the sign-in wait's module (`en-sign-in.ts`). */
export interface SignInStrings {
  /** Sign-in by redirect (OAuth) in a popup window. */
  waiting: (provider: string) => string;
  reopen: string;
  blocked: string;
  openWindow: string;
  openTab: string;
  windowClosed: string;
  signInTimeout: string;
  signInFailed: string;
}

/** A provider's linked accounts: English travels with the accounts panel's module (`en-accounts.ts`). */
export interface AccountStrings {
  accounts: string;
  relink: string;
  disconnect: string;
  confirmDisconnect: (label: string) => string;
  /** Said once an account is disconnected. */
  disconnected: (label: string) => string;
  /** The heading over the host's message for an account that needs attention. */
  attention: (label: string) => string;
  /** Said under it when the host gave no message. */
  attentionHint: string;
  /** Opens an account's setup form again (when the host set `setup`); its name ends with the account's label. */
  settings: string;
}

/** An account linked twice (`duplicateOf`): English travels with the duplicate panel's module (`en-duplicate.ts`). */
export interface DuplicateStrings {
  /** The heading: the account that already holds these credentials. */
  duplicate: (label: string) => string;
  duplicateHint: string;
  /** Re-links that account with what was typed. */
  updateAccount: (label: string) => string;
  /** Back to the form, as it was typed. */
  goBack: string;
}

/** Setup after a link, and Settings: English travels with the setup form's module (`en-setup.ts`). */
export interface SetupStrings {
  /** The setup form's heading. */
  setupTitle: (provider: string) => string;
  /** Under it, right after a link. */
  setupHint: string;
  setupLoading: string;
  /** The heading over the message when the host's `setup` threw. */
  setupFailed: string;
  /** The heading over the message when the host's `onSetup` threw. */
  saveFailed: string;
  retry: string;
  skip: string;
  save: string;
  saving: string;
  /** A multiselect that needs at least one choice. */
  chooseSome: (label: string) => string;
  /** Said once Settings are saved. */
  settingsSaved: (label: string) => string;
}

/** Scope-aware guides: English travels with the scope picker's module (`en-scopes.ts`). */
export interface ScopeStrings {
  /** Scope-aware guides: the heading over the actions' checkboxes. */
  actionsTitle: string;
  /** Scope-aware guides: what choosing means. */
  actionsHint: string;
  /** Scope-aware guides: the label of the scopes a step asks to grant. */
  scopesToGrant: string;
  /** Scope-aware guides: a scope list none of whose scopes the chosen actions need. */
  noScopes: string;
  /** Copies the scopes to grant. */
  copy: string;
  /** Said once they are copied. */
  copied: string;
  /** Scope-aware guides: why Connect cannot go on with no action chosen. */
  chooseAction: string;
}

/** A whole language. */
export interface Translation
  extends ListStrings, ViewStrings, SignInStrings, AccountStrings, ScopeStrings, DuplicateStrings, SetupStrings {}
