import { eventClass } from './link-hub-event.js';

/** The user opened a provider's guide and form. */
export const LinkHubProviderEvent = eventClass<{ providerKey: string }>('link-hub-provider');
export type LinkHubProviderEvent = InstanceType<typeof LinkHubProviderEvent>;
