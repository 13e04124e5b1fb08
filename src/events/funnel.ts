import type { LinkHubErrorReason } from './error.js';
import { eventClass } from './link-hub-event.js';

/** Where the user was when a session ended without a link. */
export type ExitView = 'list' | 'provider' | 'pending' | 'sign-in';
/** How the hub was closed: its close button, Escape, a click on the backdrop, or the host's `close()`. */
export type ExitReason = 'close-button' | 'escape' | 'backdrop' | 'host';

/** One step of a session, for a host's product team. Never a field value, nor the length of one. */
export type FunnelDetail = { sessionId: string; at: number; providerKey?: string } & (
  | { name: 'open' | 'select-provider' | 'sign-in-open' | 'sign-in-blocked' | 'success' }
  /** The user paused typing in the search box: what they typed and how many providers matched. */
  | { name: 'search'; query: string; results: number }
  /** Connect, the `attempt`th time in this session for this provider. */
  | { name: 'submit'; attempt: number }
  | { name: 'error'; reason: LinkHubErrorReason }
  /** Once per session that ends without a link. */
  | { name: 'exit'; view: ExitView; typed: boolean; reason: ExitReason; lastError?: LinkHubErrorReason }
);
export type FunnelName = FunnelDetail['name'];

/** A step of the linking funnel: `detail.name` says which (see `FunnelDetail`). */
export const LinkHubFunnelEvent = eventClass<FunnelDetail>('link-hub-event');
export type LinkHubFunnelEvent = InstanceType<typeof LinkHubFunnelEvent>;
