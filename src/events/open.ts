import { LinkHubEvent } from './link-hub-event.js';

/** The hub opened. */
export class LinkHubOpenEvent extends LinkHubEvent<{ providerKey: string | null }> {
  constructor(providerKey: string | null) {
    super('link-hub-open', { providerKey });
  }
}
