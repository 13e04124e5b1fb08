export { LinkHubEvent } from './link-hub-event.js';
export { LinkHubOpenEvent } from './open.js';
export { LinkHubCloseEvent } from './close.js';
export { LinkHubProviderEvent } from './provider.js';
export { LinkHubSuccessEvent } from './success.js';
export { LinkHubErrorEvent } from './error.js';
export { LinkHubDisconnectEvent } from './disconnect.js';
export { LinkHubFunnelEvent } from './funnel.js';
export type { FunnelDetail, FunnelName, ExitView, ExitReason } from './funnel.js';
export type { LinkHubErrorReason } from './error.js';

import type { LinkHubOpenEvent } from './open.js';
import type { LinkHubCloseEvent } from './close.js';
import type { LinkHubProviderEvent } from './provider.js';
import type { LinkHubSuccessEvent } from './success.js';
import type { LinkHubErrorEvent } from './error.js';
import type { LinkHubDisconnectEvent } from './disconnect.js';
import type { LinkHubFunnelEvent } from './funnel.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'link-hub-open': LinkHubOpenEvent;
    'link-hub-close': LinkHubCloseEvent;
    'link-hub-provider': LinkHubProviderEvent;
    'link-hub-success': LinkHubSuccessEvent;
    'link-hub-error': LinkHubErrorEvent;
    'link-hub-disconnect': LinkHubDisconnectEvent;
    'link-hub-event': LinkHubFunnelEvent;
  }
}
