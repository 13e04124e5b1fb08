/**
 * `link-hub/react` in a browser: `<LinkHub catalog onSubmit onSuccess … />`, the
 * `<link-hub>` element for React 18 and 19 with typed props and events mapped to
 * `onOpen`, `onClose`, `onProvider`, `onSuccess`, `onError`, `onDisconnected`, `onEvent`. Importing it defines the element.
 * It needs `@lit/react` (an optional peer dependency of the package: a React app installs it).
 */
import * as React from 'react';
import { LinkHub as LinkHubElement } from './index.js';
import type { LinkHubProperties } from './frameworks.js';
import { linkHubComponent } from './react/component.js';

export const LinkHub = linkHubComponent(React, LinkHubElement);

/** The props `<LinkHub>` takes: the element's properties, its events as `onSuccess`…, and `ref` to the element. */
export type LinkHubProps = React.ComponentProps<typeof LinkHub>;
/** The element a `ref` holds: `useRef<LinkHubElement>(null)`, then `hub.current?.show()`. */
export type { LinkHubElement, LinkHubProperties };
export type {
  Catalog,
  CatalogInput,
  Provider,
  Field,
  SubmitArgs,
  SubmitResult,
  SubmitHandler,
  DisconnectHandler,
  LinkedAccount,
  SetupArgs,
  SetupFieldInput,
  SetupHandler,
  SetupSaveHandler,
  SetupValues,
} from './index.js';
export type {
  LinkHubOpenEvent,
  LinkHubCloseEvent,
  LinkHubProviderEvent,
  LinkHubSuccessEvent,
  LinkHubErrorEvent,
  LinkHubDisconnectEvent,
  LinkHubFunnelEvent,
  FunnelDetail,
} from './index.js';

/** The tag itself in JSX (`<link-hub catalog="/catalog.json" lang="fr" />`), for a page that uses it without the component. */
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'link-hub': React.DetailedHTMLProps<React.HTMLAttributes<LinkHubElement>, LinkHubElement> & LinkHubProperties;
    }
  }
}
