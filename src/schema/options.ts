/** What a host hands the element: callbacks' shapes, linked accounts, `LinkHub.open()` options. */
import * as z from './zod.js';

export interface SubmitArgs {
  providerKey: string;
  /** Trimmed, validated values, by field key. */
  values: Record<string, string>;
  /** Aborts when the user closes the hub (or it times out) while the callback runs. */
  signal: AbortSignal;
  /** The session's id, as every `link-hub-event` of this opening carries it: a server's logs and the funnel line up. */
  sessionId?: string;
  /** Set when the user is re-linking an account already linked. */
  accountId?: string;
  /** For `oauth2` providers: a fresh value the callback page must echo back. */
  state?: string;
  /** For a provider with actions (scope-aware guides): the action ids the user chose. */
  actions?: string[];
  /** The same: the union of those actions' provider scopes, to request exactly those. */
  scopes?: string[];
}

export interface SubmitResult {
  accountId?: string;
  label?: string;
  /** For `oauth2` providers: where the sign-in window goes. */
  redirectUrl?: string;
  [key: string]: unknown;
}

export type SubmitHandler = (args: SubmitArgs) => SubmitResult | void | Promise<SubmitResult | void>;
export type DisconnectHandler = (args: { providerKey: string; accountId: string; signal: AbortSignal }) => unknown;

export const LinkedAccount = z.object({
  providerKey: z.string(),
  accountId: z.string(),
  label: z.optional(z.string()),
  /** Non-secret values to prefill when re-linking, by field key. */
  values: z.optional(
    z.custom<Record<string, string>>(
      (v) => typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string'),
      'expected an object of strings',
    ),
  ),
  /** `error` or `expired`: the account needs attention (default `connected`). */
  status: z.optional(z.oneOf(['connected', 'error', 'expired'])),
  /** Plain text from the host about the account (shown with an account that needs attention). */
  message: z.optional(z.string()),
});
export type LinkedAccount = z.infer<typeof LinkedAccount>;

/** Whether an account needs the user: its key was revoked, its token expired... */
export const needsAttention = (account: LinkedAccount) => account.status === 'error' || account.status === 'expired';
export const LinkedAccounts = z.array(LinkedAccount);
