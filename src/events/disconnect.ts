import { LinkHubEvent } from './link-hub-event.js';

/** The host's `onDisconnect` resolved: the account was removed. */
export class LinkHubDisconnectEvent extends LinkHubEvent<{ providerKey: string; accountId: string }> {
  constructor(providerKey: string, accountId: string) {
    super('link-hub-disconnect', { providerKey, accountId });
  }
}
