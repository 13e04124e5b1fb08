import { eventClass } from './link-hub-event.js';

/** The host's `onDisconnect` resolved: the account was removed. */
export const LinkHubDisconnectEvent = eventClass<{ providerKey: string; accountId: string }>('link-hub-disconnect');
export type LinkHubDisconnectEvent = InstanceType<typeof LinkHubDisconnectEvent>;
