import { LinkHubEvent } from './link-hub-event.js';

/** The user opened a provider's guide and form. */
export class LinkHubProviderEvent extends LinkHubEvent<{ providerKey: string }> {
  static readonly type = 'link-hub-provider';
  constructor(providerKey: string) {
    super(LinkHubProviderEvent.type, { providerKey });
  }
}
