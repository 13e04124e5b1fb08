/**
 * The claims of a hosted link page's token (`link-hub/server`'s createLinkToken and
 * verifyLinkToken): what a host may put in, and what a verified token must hold.
 */
import * as z from './zod.js';

/** A non-empty string. */
const Text = z.nonEmpty('must not be empty');

/** Where the page offers to go after a link: an http(s) page, never javascript:, data: and the like. */
export const ReturnTo = z.string().check(
  z.rule((v) => {
    if (!URL.canParse(v)) return false;
    const { protocol } = new URL(v);
    return protocol === 'http:' || protocol === 'https:';
  }, 'must be an absolute http: or https: URL'),
);

/** The provider keys the link may link; absent means all. An empty list would allow none: leave it out instead. */
const Providers = z
  .array(Text)
  .check(z.refine((keys) => keys.length > 0, 'must name at least one provider key; leave it out to allow them all'));

/** The longest `owner` label, in characters. */
export const MAX_OWNER_LENGTH = 80;

/**
 * Whose account the link connects, as the page shows it ("… for Globex Recruiting"): a short
 * plain label, shown as text. No line breaks, control or direction-override characters
 * (which could make it read as something else), no spaces around it.
 */
const Owner = z.string().check(
  z.rule((v) => v.length > 0 && v.length <= MAX_OWNER_LENGTH, `must be 1 to ${MAX_OWNER_LENGTH} characters`),
  z.rule((v) => v.trim() === v, 'must not start or end with a space'),
  z.rule(
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    (v) => !/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(v),
    'must be plain text on one line (no control or direction characters)',
  ),
);

/** A whole number of seconds above zero. */
const Seconds = z.custom<number>((v) => Number.isSafeInteger(v) && (v as number) > 0, 'must be a positive whole number of seconds');

/** A JWT NumericDate: seconds since the epoch. */
const NumericDate = z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v), 'must be a number of seconds since 1970');

/** What both the host's input and a verified token carry. */
const shared = {
  /** The host's customer id: whose account the link creates. */
  sub: Text,
  /** The provider keys allowed; absent means every provider in the catalog. */
  providers: z.optional(Providers),
  /** Set to re-link this saved account instead of linking a new one. */
  accountId: z.optional(Text),
  /** The page offered after a successful link. */
  returnTo: z.optional(ReturnTo),
  /** Action ids the host needs, for scope-aware guides. */
  actions: z.optional(z.array(Text)),
  /** Whose account this is, for the person opening the link (e.g. `Globex Recruiting`): shown before the form. */
  owner: z.optional(Owner),
};

/** What a host passes to createLinkToken: strict, so a misspelt claim (`provider:` for `providers:`) throws instead of opening the link to every provider. */
export const LinkTokenInput = z
  .strictObject({
    ...shared,
    /** How long the link works, in seconds (default 7 days, at most 30: a link is for one sitting, not a credential). */
    expiresIn: z.optional(Seconds.check(z.refine((v) => v <= 2_592_000, 'must be at most 30 days (2592000 seconds)'))),
  })
  // A re-link is of one account, of one provider: the page opens on that provider's form, as a re-link.
  .check(
    z.refine((claims) => claims.accountId === undefined || claims.providers?.length === 1, {
      path: ['providers'],
      message: "with accountId, name the account's one provider (providers: [its key])",
    }),
  );
export type LinkTokenInput = z.input<typeof LinkTokenInput>;

/** The claims of a verified link token. */
export const LinkClaims = z.object({
  ...shared,
  /** This link's unique id: a host keeps the ids of used links to make each link single-use. */
  jti: Text,
  /** Issued at (seconds since 1970). */
  iat: NumericDate,
  /** Expires at (seconds since 1970). */
  exp: NumericDate,
});
export type LinkClaims = z.infer<typeof LinkClaims>;
