import { eventClass } from './link-hub-event.js';

/** The hub closed. */
export const LinkHubCloseEvent = eventClass<{ providerKey: string | null }>('link-hub-close');
export type LinkHubCloseEvent = InstanceType<typeof LinkHubCloseEvent>;
