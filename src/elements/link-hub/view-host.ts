/**
 * What `<link-hub>` gives its provider view, and all the view may use of it: public
 * members of the element, its strings, a way to move focus and the linked accounts.
 * The view never imports the element (no import circle), and the element exposes no
 * internals for it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ListStrings, Translation, ViewStrings } from '../../i18n/translation.js';
import type { Funnel } from '../../internal/funnel.js';
import type { DisconnectHandler, LinkedAccount, SubmitHandler } from '../../schema/options.js';
import type { SetupHandler, SetupSaveHandler } from '../../schema/setup.js';

/** The element's public surface that the view reads and drives. */
export interface HubElement extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  onSubmit: SubmitHandler | undefined;
  onDisconnect: DisconnectHandler | undefined;
  setup: SetupHandler | undefined;
  onSetup: SetupSaveHandler | undefined;
  linkedAccounts: LinkedAccount[] | undefined;
  actions: string[] | undefined;
  oauthOrigin: string | undefined;
  signInTimeout: number | undefined;
  submitTimeout: number | undefined;
  close(): Promise<void>;
}

/** What the element hands the provider view. */
export interface HubHost {
  readonly element: HubElement;
  /** The strings in the hub's language: in English, only the list's (the view brings its own). */
  readonly strings: ListStrings | Translation;
  /** Moves focus to `selector` once the next render is on screen. */
  focus(selector: string): void;
  /** The linked accounts (validated), all of them or one provider's. */
  accounts(providerKey?: string): LinkedAccount[];
  /** The session's funnel: what the view does (submit, sign-in, success, errors) goes out through it. */
  readonly funnel: Funnel;
}

/** What the view's parts use: the same, with the list's and the view's strings (the scope picker adds its own). */
export interface ViewHost extends Omit<HubHost, 'strings'> {
  readonly t: ListStrings & ViewStrings;
  /** The strings as the language module gave them: a whole Translation for any language but English. */
  readonly strings: ListStrings | Translation;
}
