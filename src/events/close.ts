import { LinkHubEvent } from './link-hub-event.js';

/** The hub closed. */
export class LinkHubCloseEvent extends LinkHubEvent<{ providerKey: string | null }> {
  static readonly type = 'link-hub-close';
  constructor(providerKey: string | null) {
    super(LinkHubCloseEvent.type, { providerKey });
  }
}
