import type { LinkHubErrorReason } from '../events/error.js';

/**
 * A Connect that failed for a reason of the hub's own (not a host's rejection): its `reason`
 * is the `link-hub-error` code, and its message, when it has one, is what the user reads.
 */
export class ConnectFailure extends Error {
  constructor(
    readonly reason: Exclude<LinkHubErrorReason, 'host' | 'catalog' | 'disconnect' | 'duplicate' | 'setup'>,
    message: string = reason,
  ) {
    super(message);
  }
}
