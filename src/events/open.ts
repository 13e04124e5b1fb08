import { LinkHubEvent } from './link-hub-event.js';

/** The hub opened. */
export class LinkHubOpenEvent extends LinkHubEvent<{ providerKey: string | null }> {
  static readonly type = 'link-hub-open';
  constructor(providerKey: string | null) {
    super(LinkHubOpenEvent.type, { providerKey });
  }
}
