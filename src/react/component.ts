/**
 * The React component, made with @lit/react from an element class. The browser entry
 * passes the real element; the server entry a stand-in with the same public properties.
 */
import type * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { LinkHub as LinkHubElement } from '../elements/link-hub/link-hub.js';
import type { LinkHubCloseEvent } from '../events/close.js';
import type { LinkHubDisconnectEvent } from '../events/disconnect.js';
import type { LinkHubErrorEvent } from '../events/error.js';
import type { LinkHubFunnelEvent } from '../events/funnel.js';
import type { LinkHubOpenEvent } from '../events/open.js';
import type { LinkHubProviderEvent } from '../events/provider.js';
import type { LinkHubSuccessEvent } from '../events/success.js';
import { PROPERTIES } from '../frameworks.js';

export { PROPERTIES };

export const events = {
  onOpen: 'link-hub-open' as EventName<LinkHubOpenEvent>,
  onClose: 'link-hub-close' as EventName<LinkHubCloseEvent>,
  onProvider: 'link-hub-provider' as EventName<LinkHubProviderEvent>,
  onSuccess: 'link-hub-success' as EventName<LinkHubSuccessEvent>,
  onError: 'link-hub-error' as EventName<LinkHubErrorEvent>,
  /** The event; `onDisconnect` is the element's callback property that does the disconnecting. */
  onDisconnected: 'link-hub-disconnect' as EventName<LinkHubDisconnectEvent>,
  /** The funnel: open, search, select-provider, submit, error, success, exit… (`detail.name`). */
  onEvent: 'link-hub-event' as EventName<LinkHubFunnelEvent>,
};

export function linkHubComponent(react: typeof React, elementClass: typeof LinkHubElement) {
  return createComponent({ react, tagName: 'link-hub', elementClass, events, displayName: 'LinkHub' });
}
