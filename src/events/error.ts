import { eventClass } from './link-hub-event.js';

/** Linking failed (the host's callback rejected, timed out or is missing), or the catalog
 * could not be loaded (`providerKey` is null then). */
export const LinkHubErrorEvent = eventClass<{ providerKey: string | null; message: string }>('link-hub-error');
export type LinkHubErrorEvent = InstanceType<typeof LinkHubErrorEvent>;
