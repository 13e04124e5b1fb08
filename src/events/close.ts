import { LinkHubEvent } from './link-hub-event.js';

/** The hub closed. */
export class LinkHubCloseEvent extends LinkHubEvent<{ providerKey: string | null }> {
  constructor(providerKey: string | null) {
    super('link-hub-close', { providerKey });
  }
}
