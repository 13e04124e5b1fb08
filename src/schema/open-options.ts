/** `LinkHub.open(options)` in the script-tag build: its own module (the headless core never needs it). */
import * as z from './zod.js';
import { LinkedAccounts } from './options.js';

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'expected a function');

/** `LinkHub.open(options)` in the script-tag build. */
export const OpenOptions = z.object({
  catalog: z.optional(
    z.custom<object | string>((v) => typeof v === 'string' || (typeof v === 'object' && v !== null), 'expected a catalog object or URL'),
  ),
  onSubmit: z.optional(fn),
  provider: z.optional(z.string()),
  /** With `provider`: open on the form that re-links this account. */
  accountId: z.optional(z.string()),
  linkedAccounts: z.optional(LinkedAccounts),
  onDisconnect: z.optional(fn),
  oauthOrigin: z.optional(z.string()),
  lang: z.optional(z.string()),
  theme: z.optional(z.oneOf(['light', 'dark', 'auto'])),
});
export type OpenOptions = z.infer<typeof OpenOptions>;
