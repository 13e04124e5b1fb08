/** `linkedAccounts` as the hub uses them. */
import { LinkedAccounts, type LinkedAccount } from '../schema/options.js';
import { formatIssues } from '../schema/zod.js';

/** Validated (an invalid list is ignored, with a warning naming the path), and grouped by provider key. */
export function takeAccounts(input: unknown): { all: LinkedAccount[]; byProvider: Map<string, LinkedAccount[]> } {
  const parsed = LinkedAccounts.safeParse(input ?? []);
  if (!parsed.success) console.warn(`link-hub: ${formatIssues(parsed.error, 'linkedAccounts').join('; ')}`);
  const all = parsed.data ?? [];
  const byProvider = new Map<string, LinkedAccount[]>();
  for (const account of all) byProvider.set(account.providerKey, [...(byProvider.get(account.providerKey) ?? []), account]);
  return { all, byProvider };
}
