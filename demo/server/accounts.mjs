/**
 * Linked accounts over the database: what the hub lists, and their secrets, sealed with
 * secrets.mjs before they reach a query and opened only where the server uses them.
 */
import { randomUUID } from 'node:crypto';
import { accountQueries as sql } from './db.mjs';
import { seal, unseal } from './secrets.mjs';

const isSecretField = (field) => field.secret || field.type === 'secret';

export function accountStore(db, keys) {
  /** The account's secrets, decrypted: `{}` when it has none. */
  async function secretsOf(accountId, q = db) {
    const ciphertext = await sql.secrets(q, accountId);
    return ciphertext ? unseal(keys, accountId, ciphertext) : {};
  }

  /** Writes an account, its secrets sealed for it (a row without secrets stores none). */
  async function put(account, q = db) {
    const { secrets = {}, ...rest } = account;
    const sealed = Object.keys(secrets).length ? await seal(keys, account.accountId, secrets) : undefined;
    await sql.save(q, { ...rest, sealed });
  }

  /**
   * Creates an account for `customerId`, or updates `previous` (the account a re-link named,
   * already checked to be this customer's and this provider's). Non-secret values are stored as
   * they are and name the account; secret ones are encrypted. A re-link keeps, from `previous`
   * and from no other account, the secrets in `keep` (the ones it left empty). A saved account
   * is connected again: a re-link clears the status of one that needed attention.
   */
  async function saveAccount({ customerId, provider, values, keep = [], previous, labelFrom, scopes, tokens }) {
    const visible = Object.fromEntries(
      provider.fields.filter((f) => !isSecretField(f) && values[f.key]).map((f) => [f.key, values[f.key]]),
    );
    const typed = Object.fromEntries(provider.fields.filter((f) => isSecretField(f) && values[f.key]).map((f) => [f.key, values[f.key]]));
    const saved = previous ? await secretsOf(previous.accountId) : {};
    const kept = Object.fromEntries(keep.filter((key) => saved[key] !== undefined).map((key) => [key, saved[key]]));
    const accountId = previous?.accountId ?? randomUUID();
    const first = Object.values(labelFrom ?? visible)[0];
    const label = first ? `${provider.name} · ${first}` : `${provider.name} account`;
    await put({
      accountId,
      customerId,
      providerKey: provider.key,
      label,
      values: { ...previous?.values, ...visible },
      scopes,
      secrets: { ...kept, ...typed, ...tokens?.secrets },
      tokenExpiresAt: tokens?.expiresAt,
    });
    return { accountId, label, created: !previous };
  }

  return {
    saveAccount,
    secretsOf,
    /** A customer's accounts, oldest first, without secrets. */
    list: (customerId) => sql.list(db, customerId),
    get: (accountId) => sql.get(db, accountId),
    /** Saves an account as given (tests and screenshots seed accounts with it). */
    put,
    /** An OAuth account's new tokens, after a refresh. */
    updateTokens: async (accountId, secrets, expiresAt) =>
      sql.updateSecrets(db, accountId, await seal(keys, accountId, secrets), expiresAt),
    setStatus: (accountId, status, message) => sql.setStatus(db, accountId, status, message),
    /** An account linked twice: the customer's other account of that provider with the same credential fingerprint. */
    withFingerprint: (query) => sql.withFingerprint(db, query),
    setFingerprint: (accountId, fingerprint) => sql.setFingerprint(db, accountId, fingerprint),
    /** What the setup form saved for the account (`{}` before). */
    settings: (accountId) => sql.settings(db, accountId),
    saveSettings: (accountId, settings) => sql.saveSettings(db, accountId, settings),
    delete: (accountId) => sql.delete(db, accountId),
    expiringBefore: (time) => sql.expiringBefore(db, time),
    count: () => sql.count(db),
    clear: () => sql.clear(db),
    /** Re-encrypts every account sealed with another key than the current one; answers how many. */
    async reencrypt() {
      const stale = await sql.sealedWithOtherKey(db, keys.current.id);
      for (const { accountId, ciphertext } of stale) {
        const sealed = await seal(keys, accountId, await unseal(keys, accountId, ciphertext));
        await sql.reseal(db, accountId, sealed);
      }
      return stale.length;
    },
  };
}
