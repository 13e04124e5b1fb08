import { eventClass } from './link-hub-event.js';
import type { SubmitResult } from '../schema/options.js';

/** The host's `onSubmit` resolved: the account is linked. */
export const LinkHubSuccessEvent = eventClass<{ providerKey: string; result: SubmitResult | undefined }>('link-hub-success');
export type LinkHubSuccessEvent = InstanceType<typeof LinkHubSuccessEvent>;
