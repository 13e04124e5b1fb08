import { eventClass } from './link-hub-event.js';

/** The hub opened. */
export const LinkHubOpenEvent = eventClass<{ providerKey: string | null }>('link-hub-open');
export type LinkHubOpenEvent = InstanceType<typeof LinkHubOpenEvent>;
