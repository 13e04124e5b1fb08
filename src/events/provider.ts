import { LinkHubEvent } from './link-hub-event.js';

/** The user opened a provider's guide and form. */
export class LinkHubProviderEvent extends LinkHubEvent<{ providerKey: string }> {
  constructor(providerKey: string) {
    super('link-hub-provider', { providerKey });
  }
}
