import { LinkHubEvent } from './link-hub-event.js';

/** The host's `onDisconnect` resolved: the account was removed. */
export class LinkHubDisconnectEvent extends LinkHubEvent<{ providerKey: string; accountId: string }> {
  static readonly type = 'link-hub-disconnect';
  constructor(providerKey: string, accountId: string) {
    super(LinkHubDisconnectEvent.type, { providerKey, accountId });
  }
}
