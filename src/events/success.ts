import { LinkHubEvent } from './link-hub-event.js';
import type { SubmitResult } from '../schema/options.js';

/** The host's `onSubmit` resolved: the account is linked. */
export class LinkHubSuccessEvent extends LinkHubEvent<{ providerKey: string; result: SubmitResult | undefined }> {
  constructor(providerKey: string, result: SubmitResult | undefined) {
    super('link-hub-success', { providerKey, result });
  }
}
