/** `linkedAccounts` as the hub uses them. */
import { LinkedAccounts, type LinkedAccount } from '../schema/options.js';
import { formatIssues } from '../schema/zod.js';

export interface Accounts {
  all: LinkedAccount[];
  byProvider: Map<string, LinkedAccount[]>;
  /** The account `accountId` of that provider (a warning when there is none). */
  find(providerKey: string | undefined, accountId: string | undefined): LinkedAccount | undefined;
}

/** Validated (an invalid list is ignored, with a warning naming the path), and grouped by provider key. */
export function takeAccounts(input: unknown): Accounts {
  const parsed = LinkedAccounts.safeParse(input ?? []);
  if (!parsed.success) console.warn(`link-hub: ${formatIssues(parsed.error, 'linkedAccounts').join('; ')}`);
  const all = parsed.data ?? [];
  const byProvider = new Map<string, LinkedAccount[]>();
  for (const account of all) byProvider.set(account.providerKey, [...(byProvider.get(account.providerKey) ?? []), account]);
  const find = (providerKey: string | undefined, accountId: string | undefined) => {
    if (!accountId) return undefined;
    const account = byProvider.get(providerKey ?? '')?.find((a) => a.accountId === accountId);
    if (!account) console.warn(`link-hub: unknown account "${accountId}"`);
    return account;
  };
  return { all, byProvider, find };
}
