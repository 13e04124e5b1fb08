/**
 * Secrets at rest: each account's secrets (an API key, an OAuth sign-in's tokens) are one JWE,
 * `dir` + `A256GCM` (AES-256-GCM with jose, no hand-written crypto), whose protected header
 * names the key (`kid`) and the account (`aid`): a ciphertext copied onto another account does
 * not open. Keys are 32 random bytes, base64url:
 *
 * - `LINKHUB_DEMO_KEY`: the current key (everything new is encrypted with it);
 *   `LINKHUB_DEMO_OLD_KEYS`: older ones, comma-separated, still accepted for decrypting.
 * - Without them (the demo on a laptop), a key is generated on first start and saved with
 *   the link secret in the data folder's `secrets.json` (mode 0600). A real host keeps its
 *   keys in a secret store, never beside the data.
 *
 * A key's id is derived from the key (the start of its SHA-256), so rotating is: set the new
 * key, keep the old one among the old keys, run `node demo/server.mjs rotate-key` (which
 * re-encrypts every row under the current key), then drop the old key. With a key in the
 * environment, a key the data folder saved earlier still decrypts, and rotate-key retires it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CompactEncrypt, base64url, compactDecrypt, decodeProtectedHeader } from 'jose';

export const KEY_ENV = 'LINKHUB_DEMO_KEY';
export const OLD_KEYS_ENV = 'LINKHUB_DEMO_OLD_KEYS';
export const LINK_SECRET_ENV = 'LINKHUB_DEMO_LINK_SECRET';
/** The data folder's file of generated secrets (mode 0600). */
export const SECRETS_FILE = 'secrets.json';

/** A key's id: the first 16 characters of its SHA-256 in base64url (it says which key, not the key). */
export const keyId = (raw) => createHash('sha256').update(raw).digest('base64url').slice(0, 16);

/** A new key, base64url: what LINKHUB_DEMO_KEY holds. */
export const newKey = () => randomBytes(32).toString('base64url');

function decodeKey(text, where) {
  const raw = base64url.decode(text.trim());
  if (raw.length !== 32) throw new Error(`${where}: a key is 32 bytes in base64url (this one is ${raw.length} bytes)`);
  return raw;
}

/** The keys, the first one current: `{ current: { id, raw }, byId: Map<id, raw> }`. */
export function keyring(texts, where = 'key') {
  const keys = texts.map((text) => {
    const raw = decodeKey(text, where);
    return { id: keyId(raw), raw };
  });
  return { current: keys[0], byId: new Map(keys.map((k) => [k.id, k.raw])) };
}

const encoder = new TextEncoder();

/** Encrypts an account's secrets (an object) under the current key: `{ ciphertext, keyId }`. */
export async function seal(keys, accountId, secrets) {
  const ciphertext = await new CompactEncrypt(encoder.encode(JSON.stringify(secrets)))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: keys.current.id, aid: accountId })
    .encrypt(keys.current.raw);
  return { ciphertext, keyId: keys.current.id };
}

/** Decrypts what seal made for this account, with whichever key of the ring it names. */
export async function unseal(keys, accountId, ciphertext) {
  const { kid } = decodeProtectedHeader(ciphertext);
  const raw = keys.byId.get(kid);
  if (!raw) throw new Error(`no key with id ${kid}: add it to ${OLD_KEYS_ENV} to read this account's secrets`);
  const { plaintext, protectedHeader } = await compactDecrypt(ciphertext, raw, {
    keyManagementAlgorithms: ['dir'],
    contentEncryptionAlgorithms: ['A256GCM'],
  });
  if (protectedHeader.aid !== accountId) throw new Error(`these secrets were sealed for another account`);
  return JSON.parse(new TextDecoder().decode(plaintext));
}

async function readSaved(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw new Error(`${file}: ${error.message}`);
  }
}

async function save(file, saved) {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600); // writeFile's mode applies only when it creates the file
}

/**
 * The keyring and the link secret, from the environment or the data folder (generating and
 * saving what is missing on first start). `rotate: true` puts a new key first in the saved
 * keyring (when the keys do not come from the environment).
 */
export async function loadSecrets(dataDir, { env = process.env, rotate = false } = {}) {
  const file = path.join(dataDir, SECRETS_FILE);
  const saved = (await readSaved(file)) ?? {};
  let changed = false;
  if (!env[LINK_SECRET_ENV] && !saved.linkSecret) [saved.linkSecret, changed] = [newKey(), true];
  const fromEnv = Boolean(env[KEY_ENV]);
  if (!fromEnv && (!saved.keys?.length || rotate)) [saved.keys, changed] = [[newKey(), ...(saved.keys ?? [])], true];
  if (changed) await save(file, saved);
  // With a key in the environment, keys saved earlier in the data folder still decrypt (until rotate-key retires them).
  const texts = fromEnv
    ? [env[KEY_ENV], ...(env[OLD_KEYS_ENV] ?? '').split(',').filter((k) => k.trim()), ...(saved.keys ?? [])]
    : saved.keys;
  return {
    keys: keyring(texts, fromEnv ? `${KEY_ENV}, ${OLD_KEYS_ENV} or ${file}` : file),
    linkSecret: base64url.decode(env[LINK_SECRET_ENV] ?? saved.linkSecret),
    /** After a re-encryption: removes the data folder's keys but the current one (the environment's are yours to drop). */
    retireOldKeys: async () => {
      const keep = fromEnv ? 0 : 1;
      const retired = (saved.keys?.length ?? 0) - keep;
      if (retired <= 0) return 0;
      saved.keys = saved.keys.slice(0, keep);
      if (!saved.keys.length) delete saved.keys;
      await save(file, saved);
      return retired;
    },
  };
}
