import { eventClass } from './link-hub-event.js';

/**
 * Why linking, disconnecting or loading failed, as a stable code a host can branch on:
 * - `catalog`: the catalog (or a split catalog's guide, or the view's module) could not be loaded or is invalid;
 * - `host`: the host's `onSubmit` rejected (its message is shown, masked);
 * - `timeout`: `onSubmit` outlasted `submit-timeout`, or a sign-in outlasted `sign-in-timeout`;
 * - `no-handler`: there is no `onSubmit`;
 * - `misconfigured`: `oauth-origin` or the `redirectUrl` is not an http(s) address;
 * - `sign-in-blocked`: the browser blocked the sign-in window (the hub offers to open it again);
 * - `sign-in-denied`: the callback page said the sign-in did not succeed;
 * - `sign-in-closed`: the sign-in window was closed before the callback page answered (the hub still waits);
 * - `disconnect`: the host's `onDisconnect` rejected;
 * - `duplicate`: the host's `onSubmit` rejected with `duplicateOf`: an account of the customer already holds these credentials;
 * - `setup`: the host's `setup` or `onSetup` threw (after a link, or from Settings).
 */
export type LinkHubErrorReason =
  | 'catalog'
  | 'host'
  | 'timeout'
  | 'no-handler'
  | 'misconfigured'
  | 'sign-in-blocked'
  | 'sign-in-denied'
  | 'sign-in-closed'
  | 'disconnect'
  | 'duplicate'
  | 'setup';

/** Linking failed (the host's callback rejected, timed out or is missing), or the catalog
 * could not be loaded (`providerKey` is null then). */
export const LinkHubErrorEvent = eventClass<{ providerKey: string | null; message: string; reason: LinkHubErrorReason }>('link-hub-error');
export type LinkHubErrorEvent = InstanceType<typeof LinkHubErrorEvent>;
