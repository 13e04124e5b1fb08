import { LinkHubEvent } from './link-hub-event.js';

/**
 * Linking failed (the host's callback rejected, timed out or is missing), or the
 * catalog could not be loaded (`providerKey` is null then).
 */
export class LinkHubErrorEvent extends LinkHubEvent<{ providerKey: string | null; message: string }> {
  constructor(providerKey: string | null, message: string) {
    super('link-hub-error', { providerKey, message });
  }
}
