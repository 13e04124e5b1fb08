/**
 * createLinkHandler: the whole endpoint of the hosted link page (`submit-url`), as a function
 * from a web-standard `Request` to a `Response`. It runs wherever `Request`, `Response` and Web
 * Crypto do (Node 20+, Deno, Bun, workers): this module imports no Node built-in.
 *
 * GET (the page asks when it opens): 200 `{ ok: true, ... }` with what the page shows, 401 for
 * a forged or malformed token, 410 for one that has expired or was already used.
 *
 * POST (Connect): the token (`authorization: Bearer`), then the body (JSON only, at most
 * `maxBodyBytes`), then single use (`used`), then the submission (validateSubmission, only the
 * providers the token allows, the account the token names), then the host's `link`. Every
 * refusal is a status of its own with `{ message }`, and `link` is never called for one.
 */
import type { Catalog, Provider, AuthType } from '../schema/guide.js';
import { secretKey, verifyLinkToken, type LinkClaims } from '../link-token.js';
import { parseCatalog, validateSubmission } from './submission.js';
import { bearerToken, isJson, json, readText } from './http.js';

/**
 * The host's record of used links, by `jti`. Keep it durable (a database table, Redis): a
 * store that forgets on restart makes every used link usable again. An entry may be dropped
 * once `exp` (seconds since 1970, plus LINK_CLOCK_SKEW) has passed: the token is refused anyway.
 */
export interface UsedLinks {
  /** Whether this link has already linked an account. */
  has(jti: string): boolean | Promise<boolean>;
  /**
   * Records the link as used. A store that checks and sets at once (an INSERT on a unique key,
   * Redis SET NX) answers `false` when the id was already there: the handler then answers 410.
   */
  add(jti: string, exp: number): boolean | void | Promise<boolean | void>;
  /**
   * Optional: forgets a claim. The handler calls it when `link` throws (nothing was linked), so
   * the customer can try again with the same link; without it, a failed link stays used.
   */
  delete?(jti: string): unknown;
}

/** What the host's `link` receives: a checked submission and the verified claims. */
export interface LinkArgs {
  /** The verified token's claims: `sub` is the customer whose account this is. */
  claims: LinkClaims;
  providerKey: string;
  /** The provider, from the catalog. */
  provider: Provider;
  /** `oauth2`: start a sign-in and answer `{ redirectUrl }` (see createLinkHandler). */
  authType: AuthType;
  /** Clean, trimmed values, checked with the provider's fields. */
  values: Record<string, string>;
  /** The account to re-link: the token's `accountId`, never one from the body. */
  accountId?: string;
  /** On a re-link: the secret fields left out, to keep from that account (and only from it). */
  keep: string[];
  /** The chosen actions' ids, and the scopes they need. */
  actions: string[];
  scopes: string[];
  /** The hub's `state`, for a provider that signs in by redirect. */
  state?: string;
  /** The request itself (its headers, its URL), for what else the host checks. Its body is read. */
  request: Request;
}

/** What `link` answers, sent to the page as JSON: `{ accountId, label }`, or `{ redirectUrl }`. */
export type LinkResult = object;

export interface LinkHandlerOptions {
  /** The link secret createLinkToken signed with (at least 32 bytes). */
  secret: string | Uint8Array;
  /** The catalog (object or JSON text, checked once), or a function that answers the current one. */
  catalog: Catalog | string | Record<string, unknown> | (() => Catalog | Promise<Catalog>);
  /** The host's durable record of used links. */
  used: UsedLinks;
  /** Saves the account (or starts its sign-in); throw a LinkRefusal to refuse with a message. */
  link(args: LinkArgs): LinkResult | Promise<LinkResult>;
  /** The largest body accepted, in bytes (default 100 000): a larger one is a 413, never read whole. */
  maxBodyBytes?: number;
  /** The time tokens are checked at (tests, or a host with its own clock). */
  now?: () => Date;
  /** Told when `link` throws something other than a LinkRefusal (the page only sees a generic 500). */
  onError?: (error: unknown) => void;
}

/**
 * Thrown by the host's `link` to refuse with a status and a message the page shows (the form is
 * kept for a retry): `throw new LinkRefusal(422, 'Flatchr rejected this API Key.')`. `fields`
 * puts messages on fields, as validateSubmission's do. Do not use 401 or 410: on this endpoint
 * they mean the link itself is dead, and the page then shows no form.
 */
export class LinkRefusal extends Error {
  override name = 'LinkRefusal';
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/** What the page hears; none names a secret, a value or what the server knows of its own state. */
export const LINK_MESSAGES = {
  invalid: 'This link is not valid. Ask for a new one.',
  expired: 'This link has expired. Ask for a new one.',
  used: 'This link was already used.',
  contentType: 'Send JSON (content-type: application/json).',
  tooLarge: 'This request is too large.',
  badJson: 'This request is not valid JSON.',
  notAllowed: (name: string) => `This link cannot connect ${name}.`,
  otherAccount: 'This link cannot update that account.',
  failed: 'The account could not be connected. Try again in a moment.',
  method: 'Use GET or POST.',
} as const;

type Checked = { ok: true; claims: LinkClaims } | { ok: false; response: Response };

/**
 * Makes the hosted link page's endpoint. Single use: the link's `jti` is claimed with
 * `used.add` before `link` is called, so of two submissions of one link at the same time one
 * links and the other gets a 410. When `link` throws (a LinkRefusal or anything else), the
 * claim is released with `used.delete` if the store has it: `link` should save all or nothing
 * (a transaction), so a failure leaves nothing linked and the customer may try again.
 *
 * A provider that signs in by redirect (`authType: 'oauth2'`) is not linked here: `link`
 * starts the sign-in and answers `{ redirectUrl }`. The handler checks that the link is unused
 * but claims nothing; the host's callback page, which saves the account, claims it there
 * (`used.add(claims.jti, claims.exp)`, refusing when it answers false).
 */
export function createLinkHandler(options: LinkHandlerOptions): (request: Request) => Promise<Response> {
  const { secret, used, link, maxBodyBytes = 100_000, now, onError } = options;
  secretKey(secret); // a missing or short secret is the host's configuration error: said now, not on every request
  const source = options.catalog;
  const fixed = typeof source === 'function' ? undefined : parseCatalog(source);
  const catalog = async (): Promise<Catalog> => fixed ?? (await (source as () => Catalog | Promise<Catalog>)());

  /** The bearer token's claims, or the 401/410 that says why the link cannot be used. */
  async function checkToken(request: Request): Promise<Checked> {
    const token = bearerToken(request);
    const check = token ? await verifyLinkToken(token, secret, now ? { now: now() } : {}) : undefined;
    if (!check?.ok) {
      const expired = check?.reason === 'expired';
      return { ok: false, response: json(expired ? 410 : 401, { message: expired ? LINK_MESSAGES.expired : LINK_MESSAGES.invalid }) };
    }
    if (await used.has(check.claims.jti)) return { ok: false, response: json(410, { message: LINK_MESSAGES.used }) };
    return { ok: true, claims: check.claims };
  }

  async function submit(request: Request, claims: LinkClaims): Promise<Response> {
    if (!isJson(request)) return json(415, { message: LINK_MESSAGES.contentType });
    const read = await readText(request, maxBodyBytes);
    if (!read.ok) return json(413, { message: LINK_MESSAGES.tooLarge });
    let body: unknown;
    try {
      body = JSON.parse(read.text);
    } catch {
      return json(400, { message: LINK_MESSAGES.badJson });
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return json(400, { message: LINK_MESSAGES.badJson });
    const { providerKey, values, accountId, actions, state } = body as Record<string, unknown>;
    const current = await catalog();
    if (typeof providerKey === 'string' && claims.providers && !claims.providers.includes(providerKey)) {
      const name = current.providers.find((p) => p.key === providerKey)?.name ?? 'this integration';
      return json(403, { message: LINK_MESSAGES.notAllowed(name) });
    }
    // The account is the token's: a body naming another (or naming one when the token does not) is refused.
    if (accountId !== undefined && accountId !== claims.accountId) return json(403, { message: LINK_MESSAGES.otherAccount });
    const check = validateSubmission(current, {
      providerKey,
      values,
      ...(claims.accountId === undefined ? {} : { accountId: claims.accountId }),
      ...(actions === undefined ? {} : { actions }),
    });
    if (!check.ok) {
      const { status, message, detail, fields } = check;
      return json(status, { message, ...(detail && { detail }), ...(fields && { problems: fields, fields }) });
    }
    const args: LinkArgs = {
      claims,
      providerKey: check.provider.key,
      provider: check.provider,
      authType: check.authType,
      values: check.values,
      ...(claims.accountId === undefined ? {} : { accountId: claims.accountId }),
      keep: check.keep,
      actions: check.actions,
      scopes: check.scopes,
      ...(typeof state === 'string' ? { state } : {}),
      request,
    };
    // A sign-in links nothing yet: its callback claims the link (see above).
    const claim = check.authType !== 'oauth2';
    if (claim && !(await claimLink(used, claims))) return json(410, { message: LINK_MESSAGES.used });
    try {
      return json(200, await link(args));
    } catch (error) {
      if (claim) await Promise.resolve(used.delete?.(claims.jti)).catch(() => undefined);
      if (error instanceof LinkRefusal && error.status >= 400 && error.status < 500) {
        return json(error.status, { message: error.message, ...(error.fields && { problems: error.fields, fields: error.fields }) });
      }
      if (onError) onError(error);
      else console.error(`link-hub: link() threw ${error instanceof Error ? error.name : typeof error}; pass onError to see it`);
      return json(500, { message: LINK_MESSAGES.failed });
    }
  }

  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'POST') return json(405, { message: LINK_MESSAGES.method }, { allow: 'GET, POST' });
    const checked = await checkToken(request);
    if (!checked.ok) return checked.response;
    if (request.method === 'POST') return submit(request, checked.claims);
    return json(200, usable(checked.claims));
  };
}

/**
 * Claims the link: asks `has` once more, then `add`. With a synchronous store (a Map) the two
 * run with no await between them, so two submissions cannot both pass even when `add` cannot
 * answer false; an asynchronous store closes that gap only by checking and setting at once.
 */
async function claimLink(used: UsedLinks, { jti, exp }: LinkClaims): Promise<boolean> {
  const seen = used.has(jti);
  if (seen instanceof Promise ? await seen : seen) return false;
  const added = used.add(jti, exp);
  return (added instanceof Promise ? await added : added) !== false;
}

/** What a GET answers for a usable link: what the page shows (never `sub`, the host's own id). */
function usable(claims: LinkClaims): Record<string, unknown> {
  const { providers, accountId, returnTo, actions, owner, exp } = claims;
  return {
    ok: true,
    expiresAt: new Date(exp * 1000).toISOString(),
    ...(providers && { providers }),
    ...(accountId && { accountId }),
    ...(returnTo && { returnTo }),
    ...(actions && { actions }),
    ...(owner && { owner }),
  };
}
