/**
 * The demo's database: PGlite (Postgres in WASM) in the data folder. Everything here is plain
 * Postgres SQL, so it runs unchanged on a real Postgres (`db` needs only `query(sql, params)`,
 * `exec(sql)` and `transaction(fn)`, which node-postgres has in a few lines).
 *
 * The schema is a list of migrations, applied in order once each: to add a column or a table,
 * append one (never edit one that has shipped).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

export const MIGRATIONS = [
  // 1. Linked accounts (secrets encrypted: secrets.mjs), used links, and the fake provider's grants.
  `
  CREATE TABLE linked_accounts (
    account_id text PRIMARY KEY,
    customer_id text NOT NULL,
    provider_key text NOT NULL,
    label text NOT NULL,
    field_values jsonb NOT NULL DEFAULT '{}',
    scopes jsonb,
    secrets text,
    key_id text,
    token_expires_at timestamptz,
    status text NOT NULL DEFAULT 'connected' CHECK (status IN ('connected', 'error', 'expired')),
    message text,
    position bigint GENERATED ALWAYS AS IDENTITY,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX linked_accounts_customer ON linked_accounts (customer_id, position);
  CREATE INDEX linked_accounts_token_expiry ON linked_accounts (token_expires_at) WHERE token_expires_at IS NOT NULL;
  CREATE TABLE used_links (
    jti text PRIMARY KEY,
    expires_at timestamptz NOT NULL
  );
  -- Northwind HR's side (fake-provider.mjs): another company's table, kept in the demo's database.
  CREATE TABLE fake_provider_grants (
    grant_id text PRIMARY KEY,
    workspace text NOT NULL,
    refresh_token_hash text NOT NULL UNIQUE,
    access_token_hash text UNIQUE,
    access_expires_at timestamptz,
    revoked_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  `,
  // 2. Setup after the link: each account's credential fingerprint (link-hub/server's credentialFingerprint,
  // a keyed hash: an account linked twice is found by it) and its settings (the setup form's values).
  `
  ALTER TABLE linked_accounts ADD COLUMN fingerprint text;
  ALTER TABLE linked_accounts ADD COLUMN settings jsonb NOT NULL DEFAULT '{}';
  CREATE INDEX linked_accounts_fingerprint ON linked_accounts (customer_id, provider_key, fingerprint) WHERE fingerprint IS NOT NULL;
  `,
];

/** Applies the migrations not applied yet, each in its own transaction. */
export async function migrate(db) {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const { rows } = await db.query('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
  for (let version = rows[0].version + 1; version <= MIGRATIONS.length; version++) {
    await db.transaction(async (tx) => {
      await tx.exec(MIGRATIONS[version - 1]);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    });
  }
}

/**
 * Opens (creating on first start) the database in `<dataDir>/pg`, migrated. Creating one runs
 * Postgres's initdb, which takes seconds: `template` names a file (a dump of an empty database)
 * that a new one starts from instead, written the first time (tests, which make many, use one).
 */
export async function openDatabase(dataDir, { template } = {}) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const dir = path.join(dataDir, 'pg');
  const fresh = !existsSync(dir);
  const seed = fresh && template && existsSync(template) ? new Blob([await readFile(template)]) : undefined;
  const db = await PGlite.create(dir, seed ? { loadDataDir: seed } : {});
  if (fresh && template && !seed) {
    const dump = await db.dumpDataDir('none');
    const partial = `${template}.${process.pid}.tmp`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, template);
  }
  await migrate(db);
  return db;
}

/** A row as the API shows it: no secrets; `status` and `message` only when it needs attention. */
const publicAccount = (row) => ({
  accountId: row.account_id,
  providerKey: row.provider_key,
  label: row.label,
  values: row.field_values,
  ...(row.scopes ? { scopes: row.scopes } : {}),
  // An account that signs in by redirect: when its access token expires (the server renews it before).
  ...(row.token_expires_at ? { accessExpiresAt: new Date(row.token_expires_at).toISOString() } : {}),
  ...(row.status === 'connected' ? {} : { status: row.status, ...(row.message ? { message: row.message } : {}) }),
  createdAt: new Date(row.created_at).toISOString(),
});

/** The single-row queries on linked_accounts. `q` is the database or a transaction. */
export const accountQueries = {
  async list(q, customerId) {
    const { rows } = await q.query('SELECT * FROM linked_accounts WHERE customer_id = $1 ORDER BY position', [customerId]);
    return rows.map(publicAccount);
  },
  async get(q, accountId) {
    const { rows } = await q.query('SELECT * FROM linked_accounts WHERE account_id = $1', [accountId]);
    return rows[0] && { ...publicAccount(rows[0]), customerId: rows[0].customer_id, tokenExpiresAt: rows[0].token_expires_at };
  },
  async secrets(q, accountId) {
    const { rows } = await q.query('SELECT secrets FROM linked_accounts WHERE account_id = $1', [accountId]);
    return rows[0]?.secrets ?? undefined;
  },
  /** Creates or updates an account; a saved account is connected again, unless `status` says otherwise. */
  async save(q, account) {
    await q.query(
      `INSERT INTO linked_accounts
         (account_id, customer_id, provider_key, label, field_values, scopes, secrets, key_id, token_expires_at, status, message)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (account_id) DO UPDATE SET
         label = excluded.label, field_values = excluded.field_values, scopes = excluded.scopes,
         secrets = excluded.secrets, key_id = excluded.key_id, token_expires_at = excluded.token_expires_at,
         status = excluded.status, message = excluded.message, updated_at = now()`,
      [
        account.accountId,
        account.customerId,
        account.providerKey,
        account.label,
        JSON.stringify(account.values ?? {}),
        account.scopes?.length ? JSON.stringify(account.scopes) : null,
        account.sealed?.ciphertext ?? null,
        account.sealed?.keyId ?? null,
        account.tokenExpiresAt ?? null,
        account.status ?? 'connected',
        account.message ?? null,
      ],
    );
  },
  /** New secrets (and token expiry) for an account, after an OAuth refresh. */
  async updateSecrets(q, accountId, sealed, tokenExpiresAt) {
    await q.query('UPDATE linked_accounts SET secrets = $2, key_id = $3, token_expires_at = $4, updated_at = now() WHERE account_id = $1', [
      accountId,
      sealed.ciphertext,
      sealed.keyId,
      tokenExpiresAt,
    ]);
  },
  /** The same secrets under another key (a rotation). */
  async reseal(q, accountId, sealed) {
    await q.query('UPDATE linked_accounts SET secrets = $2, key_id = $3 WHERE account_id = $1', [
      accountId,
      sealed.ciphertext,
      sealed.keyId,
    ]);
  },
  /** The customer's account of that provider holding credentials with this fingerprint (not `except`), if any. */
  async withFingerprint(q, { customerId, providerKey, fingerprint, except }) {
    const { rows } = await q.query(
      `SELECT account_id, label FROM linked_accounts
       WHERE customer_id = $1 AND provider_key = $2 AND fingerprint = $3 AND account_id <> $4 ORDER BY position LIMIT 1`,
      [customerId, providerKey, fingerprint, except ?? ''],
    );
    return rows[0] && { accountId: rows[0].account_id, label: rows[0].label };
  },
  async setFingerprint(q, accountId, fingerprint) {
    await q.query('UPDATE linked_accounts SET fingerprint = $2 WHERE account_id = $1', [accountId, fingerprint]);
  },
  async settings(q, accountId) {
    const { rows } = await q.query('SELECT settings FROM linked_accounts WHERE account_id = $1', [accountId]);
    return rows[0]?.settings ?? {};
  },
  async saveSettings(q, accountId, settings) {
    await q.query('UPDATE linked_accounts SET settings = $2, updated_at = now() WHERE account_id = $1', [
      accountId,
      JSON.stringify(settings),
    ]);
  },
  async setStatus(q, accountId, status, message) {
    const { affectedRows } = await q.query(
      'UPDATE linked_accounts SET status = $2, message = $3, updated_at = now() WHERE account_id = $1',
      [accountId, status, message ?? null],
    );
    return affectedRows > 0;
  },
  async delete(q, accountId) {
    const { affectedRows } = await q.query('DELETE FROM linked_accounts WHERE account_id = $1', [accountId]);
    return affectedRows > 0;
  },
  /** Connected accounts whose access token expires before `before`: the ones to refresh now. */
  async expiringBefore(q, before) {
    const { rows } = await q.query(
      `SELECT account_id FROM linked_accounts
       WHERE token_expires_at IS NOT NULL AND token_expires_at < $1 AND status = 'connected' ORDER BY token_expires_at`,
      [before],
    );
    return rows.map((r) => r.account_id);
  },
  /** Accounts whose secrets another key than `keyId` encrypted: the ones a rotation re-encrypts. */
  async sealedWithOtherKey(q, keyId) {
    const { rows } = await q.query('SELECT account_id, secrets FROM linked_accounts WHERE secrets IS NOT NULL AND key_id <> $1', [keyId]);
    return rows.map((r) => ({ accountId: r.account_id, ciphertext: r.secrets }));
  },
  async count(q) {
    const { rows } = await q.query('SELECT count(*)::int AS n FROM linked_accounts');
    return rows[0].n;
  },
  async clear(q) {
    await q.exec('DELETE FROM linked_accounts');
  },
};

/**
 * Links that have linked an account: kept until their token would be refused as expired anyway
 * (`exp` plus the clock skew), never shorter, or a used link would work again. `clock` is the
 * time tokens are checked at. The shape createLinkHandler's `used` takes: `has(jti)`, and
 * `add(jti, exp)`, which answers false when the id was already there (check and set at once).
 */
export function usedLinkStore(db, { clock, skew }) {
  const sweep = () => db.query('DELETE FROM used_links WHERE expires_at < $1', [clock()]);
  return {
    async has(jti) {
      await sweep();
      const { rows } = await db.query('SELECT 1 FROM used_links WHERE jti = $1', [jti]);
      return rows.length > 0;
    },
    async add(jti, exp, q = db) {
      await sweep();
      const { rows } = await q.query(
        'INSERT INTO used_links (jti, expires_at) VALUES ($1, $2) ON CONFLICT (jti) DO NOTHING RETURNING jti',
        [jti, new Date((exp + skew) * 1000)],
      );
      return rows.length > 0;
    },
    /** Forgets a claim: createLinkHandler releases one when `link` threw (nothing was linked). */
    async delete(jti) {
      await db.query('DELETE FROM used_links WHERE jti = $1', [jti]);
    },
    async count() {
      const { rows } = await db.query('SELECT count(*)::int AS n FROM used_links');
      return rows[0].n;
    },
    clear: () => db.exec('DELETE FROM used_links'),
  };
}
