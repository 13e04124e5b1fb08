/**
 * What a framework's template may set on `<link-hub>`: the element's public properties, typed
 * as the element types them. One list for the React component (`link-hub/react`), its JSX
 * tag, and Vue's templates (`link-hub/vue`). Types and one array: no framework is imported here.
 */
import type { LinkHub } from './elements/link-hub/link-hub.js';
import type { LinkHubCloseEvent } from './events/close.js';
import type { LinkHubDisconnectEvent } from './events/disconnect.js';
import type { LinkHubErrorEvent } from './events/error.js';
import type { LinkHubFunnelEvent } from './events/funnel.js';
import type { LinkHubOpenEvent } from './events/open.js';
import type { LinkHubProviderEvent } from './events/provider.js';
import type { LinkHubSuccessEvent } from './events/success.js';
import type { CatalogInput } from './schema/guide.js';

/** The element's public properties: a framework hands these over as properties, not attributes. */
export const PROPERTIES = [
  'catalog',
  'onSubmit',
  'open',
  'theme',
  'submitTimeout',
  'linkedAccounts',
  'onDisconnect',
  'oauthOrigin',
  'signInTimeout',
  'inline',
  'providers',
  'actions',
  'setup',
  'onSetup',
] as const;

/** Those properties, each optional; `catalog` is a catalog object or the URL of one. */
export type LinkHubProperties = Partial<Omit<Pick<LinkHub, (typeof PROPERTIES)[number]>, 'catalog'>> & {
  catalog?: CatalogInput | string | undefined;
  /** The hub's language (else its ancestors', else the document's). */
  lang?: string | undefined;
};

/** The element's events, by name. */
export interface LinkHubEventMap {
  'link-hub-open': LinkHubOpenEvent;
  'link-hub-close': LinkHubCloseEvent;
  'link-hub-provider': LinkHubProviderEvent;
  'link-hub-success': LinkHubSuccessEvent;
  'link-hub-error': LinkHubErrorEvent;
  'link-hub-disconnect': LinkHubDisconnectEvent;
  'link-hub-event': LinkHubFunnelEvent;
}
