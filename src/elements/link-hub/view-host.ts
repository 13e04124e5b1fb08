/**
 * What `<link-hub>` gives its provider view, and all the view may use of it: public
 * members of the element, its strings, a way to move focus and the linked accounts.
 * The view never imports the element (no import circle), and the element exposes no
 * internals for it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import type { DisconnectHandler, LinkedAccount, SubmitHandler } from '../../schema/options.js';

/** The element's public surface that the view reads and drives. */
export interface HubElement extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  onSubmit: SubmitHandler | undefined;
  onDisconnect: DisconnectHandler | undefined;
  linkedAccounts: LinkedAccount[] | undefined;
  oauthOrigin: string | undefined;
  signInTimeout: number | undefined;
  submitTimeout: number | undefined;
  close(): Promise<void>;
}

export interface ViewHost {
  readonly element: HubElement;
  /** The strings in the hub's language. */
  readonly t: Translation;
  /** Moves focus to `selector` once the next render is on screen. */
  focus(selector: string): void;
  /** The linked accounts (validated), all of them or one provider's. */
  accounts(providerKey?: string): LinkedAccount[];
}
