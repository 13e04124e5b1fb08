/**
 * `credentialFingerprint`: what tells a host that an account of its customer already holds
 * the credentials just submitted (then `onSubmit` rejects with `duplicateOf`), without keeping
 * the credentials to compare. A keyed hash (HMAC-SHA-256, Web Crypto: Node 20+, Deno, Bun,
 * workers) of the provider key and the values that identify an account, normalized; the
 * secret itself is never in it, and without the host's key no one can test guesses against it.
 */
import { isSecret, type Field } from '../schema/fields.js';

/** The shortest key accepted, in bytes: SHA-256's own output size. */
const MIN_KEY_BYTES = 32;

/** A version tag inside what is hashed: a change of the normalization gives other fingerprints. */
const VERSION = 'link-hub/credential-fingerprint/v1';

export interface FingerprintInput {
  /** The provider's key (`check.provider.key`): the same key on two providers is two accounts. */
  providerKey: string;
  /** The provider's fields (`check.provider.fields`): which are secret, which are required. */
  fields: readonly Field[];
  /** The checked values (`check.values` from `validateSubmission`). */
  values: Readonly<Record<string, string>>;
  /**
   * The keys of the fields that identify an account. Default: every secret field and every
   * required field (an optional non-secret field, such as a note, does not identify one).
   */
  identifying?: readonly string[];
}

/**
 * A value as it identifies an account: trimmed and in Unicode NFC; a non-secret value is also
 * case-folded (a subdomain, an email or a URL's `ACME` is `acme`), and a URL loses its
 * trailing slashes. A secret keeps its case: keys are case-sensitive.
 */
function normalize(field: Field, value: string): string {
  const trimmed = value.trim().normalize('NFC');
  if (isSecret(field)) return trimmed;
  const folded = trimmed.toLowerCase();
  return field.type === 'url' ? folded.replace(/\/+$/, '') : folded;
}

/** The host's key as bytes; throws for one too short to key an HMAC with (a configuration error). */
function keyBytes(key: string | Uint8Array): Uint8Array {
  const bytes = typeof key === 'string' ? new TextEncoder().encode(key) : key;
  if (!(bytes instanceof Uint8Array)) throw new TypeError('link-hub: the fingerprint key must be a string or a Uint8Array');
  if (bytes.byteLength < MIN_KEY_BYTES) {
    throw new RangeError(
      `link-hub: the fingerprint key must be at least ${MIN_KEY_BYTES} bytes (got ${bytes.byteLength}); use 32 random bytes, kept like a password`,
    );
  }
  return bytes;
}

/**
 * The fingerprint of a submission's credentials: 64 hex characters, the same for the same
 * provider and identifying values (whatever their order, surrounding spaces, or the case of a
 * non-secret value), and different for any other. Store it with the account; on a new link,
 * an account of the same customer with the same fingerprint is `duplicateOf`.
 *
 * `key` is the host's own secret (at least 32 bytes, never sent anywhere): with it, the
 * fingerprint cannot be tested against guessed keys by someone who reads the database.
 */
export async function credentialFingerprint(input: FingerprintInput, key: string | Uint8Array): Promise<string> {
  const { providerKey, fields, values } = input;
  const picked = input.identifying ?? fields.filter((f) => isSecret(f) || f.required !== false).map((f) => f.key);
  const pairs = fields
    .filter((f) => picked.includes(f.key) && Object.hasOwn(values, f.key))
    .map((f): [string, string] => [f.key, normalize(f, values[f.key]!)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // JSON keeps the parts apart: no value can be made to read as a key or as another provider.
  const message = new TextEncoder().encode(JSON.stringify([VERSION, providerKey, pairs]));
  const raw = keyBytes(key);
  const hmac = await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', hmac, message));
  return [...signature].map((b) => b.toString(16).padStart(2, '0')).join('');
}
