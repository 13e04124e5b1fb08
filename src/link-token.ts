/**
 * Signed tokens for the hosted link page ("magic link"): the host's backend makes one for a
 * customer, the page sends it back with the submission, and the backend checks it.
 *
 * A token is a standard HS256 JWT made and checked by `jose`, never by hand-written crypto.
 * This module imports nothing from `node:`: it runs wherever Web Crypto does (Node 20+,
 * Deno, Bun, workers). Single use is the host's part: remember each verified token's `jti`
 * once it has linked an account, until its `exp`.
 */
import { SignJWT, jwtVerify, errors } from 'jose';
import { LinkClaims, LinkTokenInput } from './schema/link-token.js';
import { closest } from './schema/suggest.js';
import { formatIssues } from './schema/zod.js';

export { LinkClaims, LinkTokenInput } from './schema/link-token.js';

/** The one algorithm made and accepted: a token naming any other (or `none`) is invalid. */
const ALGORITHM = 'HS256';

/**
 * The mark of a link token, in its header (`typ`) and its audience (`aud`): a JWT the host signs
 * for anything else with the same secret (a session, an API token) has neither, so it can never
 * pass as a link (RFC 8725's explicit typing). verifyLinkToken requires both.
 */
export const LINK_TOKEN_TYPE = 'link-hub+jwt';
export const LINK_AUDIENCE = 'link-hub';

/** How long a link works when the host names no `expiresIn`: 7 days, in seconds. */
export const DEFAULT_LINK_LIFETIME = 604_800;

/** Seconds of clock difference between the machine that made a token and the one checking it. */
export const LINK_CLOCK_SKEW = 30;

/** The shortest secret accepted, in bytes: HS256's own output size. */
const MIN_SECRET_BYTES = 32;

/** What verifyLinkToken finds: the claims, or why the token cannot be used. */
export type LinkTokenCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: 'expired' | 'invalid' };

/** The link secret as bytes. Throws for a secret too short to sign with: a host's configuration error. */
export function secretKey(secret: string | Uint8Array): Uint8Array {
  const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (!(bytes instanceof Uint8Array)) throw new TypeError('link-hub: the link secret must be a string or a Uint8Array');
  if (bytes.byteLength < MIN_SECRET_BYTES) {
    throw new RangeError(
      `link-hub: the link secret must be at least ${MIN_SECRET_BYTES} bytes (got ${bytes.byteLength}); use 32 random bytes, e.g. from crypto.getRandomValues`,
    );
  }
  return bytes;
}

/**
 * Makes a signed link token for one customer (`sub`). `providers` limits the providers the
 * page offers (all when absent), `accountId` makes the link re-link that account, `returnTo`
 * (an http(s) URL) is offered after success, `actions` are passed to scope-aware guides, and
 * `expiresIn` (seconds, default 7 days, at most 30) bounds how long the link works. Every
 * token gets a unique `jti` of its own: a claim it does not know (`jti`, a misspelt one) throws.
 *
 * Throws a TypeError for claims that break these rules, and an error for a secret shorter
 * than 32 bytes.
 */
export async function createLinkToken(claims: LinkTokenInput, secret: string | Uint8Array): Promise<string> {
  const key = secretKey(secret);
  const parsed = LinkTokenInput.safeParse(claims);
  if (!parsed.success) {
    // A claim the token does not know (a typo, or a `jti` of the host's own): named, with the one it looks like.
    const known = Object.keys(LinkTokenInput.shape);
    const lines = parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => {
            const near = closest(k, known);
            return `${k}: not a link token claim${near ? ` (did you mean ${near}?)` : ''}; the claims are ${known.join(', ')}`;
          })
        : formatIssues({ issues: [issue] } as typeof parsed.error),
    );
    throw new TypeError(`link-hub: invalid link token claims:\n${lines.join('\n')}`);
  }
  const { sub, expiresIn = DEFAULT_LINK_LIFETIME, ...rest } = parsed.data;
  // Only the claims that are set: an absent `providers` means all, and must stay absent.
  const payload = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return new SignJWT(payload)
    .setProtectedHeader({ alg: ALGORITHM, typ: LINK_TOKEN_TYPE })
    .setAudience(LINK_AUDIENCE)
    .setSubject(sub)
    .setJti(globalThis.crypto.randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${expiresIn}s`)
    .sign(key);
}

/**
 * Checks a link token's signature, algorithm (HS256 only), its mark (`typ: link-hub+jwt` and
 * `aud: link-hub`: another JWT signed with the same secret is invalid here), expiry (with LINK_CLOCK_SKEW
 * seconds of leeway) and claims. Never throws for a bad token: it answers
 * `{ ok: false, reason: 'expired' }` for a genuine token past its `exp`, and
 * `{ ok: false, reason: 'invalid' }` for anything else wrong with it. Throws only for a
 * secret shorter than 32 bytes (the host's configuration, not the token).
 *
 * `options.now` checks the token as of another time (tests, or a host with its own clock).
 */
export async function verifyLinkToken(token: string, secret: string | Uint8Array, options: { now?: Date } = {}): Promise<LinkTokenCheck> {
  const key = secretKey(secret);
  if (typeof token !== 'string') return { ok: false, reason: 'invalid' };
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      typ: LINK_TOKEN_TYPE,
      audience: LINK_AUDIENCE,
      clockTolerance: LINK_CLOCK_SKEW,
      requiredClaims: ['sub', 'jti', 'iat', 'exp'],
      ...(options.now ? { currentDate: options.now } : {}),
    });
    const claims = LinkClaims.safeParse(payload);
    return claims.success ? { ok: true, claims: claims.data } : { ok: false, reason: 'invalid' };
  } catch (error) {
    // jose checks the signature before the claims, so only a genuine token can be "expired".
    return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
  }
}
