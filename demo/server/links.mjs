/**
 * The hosted link page's side of the server: "Send a link" mints a signed, single-use link for
 * the demo's one customer (POST /api/links), and the page submits with that token as its only
 * credential (POST /api/link/submit; GET says at once whether the link can still be used).
 * Used links are in the database (db.mjs's usedLinkStore), so a restart does not revive one.
 */
import { bearerToken, json, readBody, send } from './http.mjs';
import { providerRefusal } from './connections.mjs';

/** How long a link made on the settings page works, in seconds, unless the request names less. */
const LINK_LIFETIME = 3600;
const MAX_LINK_LIFETIME = 86_400;

/** A JWT's payload, read without checking it: only for tokens this server has just signed. */
const payloadOf = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

export function linkRoutes({ catalog, accounts, usedLinks, oauth, relinkTarget, linkSecret, clock, pageOrigin, server }) {
  const { createLinkToken, verifyLinkToken, validateSubmission } = server;

  /**
   * Saves what a link's submission linked, for the token's customer (`claims.sub`): the shape of
   * createLinkHandler's `link` callback. A re-link is the token's `accountId`, checked like any.
   */
  async function link({ claims, providerKey, values, keep, scopes }) {
    const provider = catalog().providers.find((p) => p.key === providerKey);
    const target = await relinkTarget({ provider }, claims.accountId);
    if (target.error) return { status: target.error[0], message: target.error[1] };
    const saved = await accounts.saveAccount({ customerId: claims.sub, provider, values, keep, previous: target.account, scopes });
    return { accountId: saved.accountId, label: saved.label };
  }

  /**
   * The hosted link page's Connect: the bearer token is the only credential (the page has no
   * session). It must verify (401), not have linked an account yet (410), and allow the provider
   * (403); a re-link is the token's `accountId`, never one the page names.
   */
  async function submitLink(req, res) {
    const token = bearerToken(req);
    const check = token ? await verifyLinkToken(token, linkSecret, { now: clock() }) : { ok: false, reason: 'invalid' };
    if (!check.ok) {
      const why = check.reason === 'expired' ? 'This link has expired.' : 'This link is not valid.';
      return json(res, 401, { message: `${why} Ask Acme People for a new one.` });
    }
    const { claims } = check;
    const body = Object(await readBody(req));
    if (await usedLinks.has(claims.jti)) return json(res, 410, { message: 'This link was already used.' });
    if (claims.providers && !claims.providers.includes(body.providerKey)) {
      const name = catalog().providers.find((p) => p.key === body.providerKey)?.name ?? 'this integration';
      return json(res, 403, { message: `This link cannot connect ${name}.` });
    }
    if (body.accountId !== undefined && body.accountId !== claims.accountId)
      return json(res, 403, { message: 'This link cannot update that account.' });
    const submission = {
      providerKey: body.providerKey,
      values: body.values,
      ...(claims.accountId === undefined ? {} : { accountId: claims.accountId }),
    };
    const valid = validateSubmission(catalog(), submission);
    if (!valid.ok) return json(res, valid.status, { message: valid.message, detail: valid.detail, problems: valid.problems });
    const signIn = { state: body.state, accountId: claims.accountId, link: { jti: claims.jti, exp: claims.exp } };
    if (valid.authType === 'oauth2') return oauth.startSignIn(req, res, valid, signIn);
    const refused = providerRefusal(valid);
    // Not 401: on this endpoint 401 and 410 speak of the link itself (the page then shows no form).
    if (refused) return json(res, 422, { message: refused[1] });
    const target = await relinkTarget(valid, claims.accountId);
    if (target.error) return json(res, target.error[0], { message: target.error[1] });
    // Check and set at once: of two submissions of one link, only one gets past this.
    if (!(await usedLinks.add(claims.jti, claims.exp))) return json(res, 410, { message: 'This link was already used.' });
    const saved = await link({ claims, providerKey: valid.provider.key, values: valid.values, keep: valid.keep, scopes: valid.scopes });
    return json(res, 200, saved);
  }

  /**
   * The settings page's "Send a link": a link for the demo's customer, to one provider or any,
   * or (with `accountId`) to re-link one saved account. (A real host makes links only for its
   * signed-in customer, whose id becomes `sub`, and only for that customer's accounts.)
   */
  async function createLink(req, res, customerId) {
    const body = Object(await readBody(req));
    const { accountId, expiresIn = LINK_LIFETIME } = body;
    const account = accountId === undefined ? undefined : await accounts.get(accountId);
    if (accountId !== undefined && account?.customerId !== customerId)
      return json(res, 404, { message: 'This account is no longer linked.' });
    const providerKey = account?.providerKey ?? body.providerKey;
    if (account && body.providerKey !== undefined && body.providerKey !== providerKey)
      return json(res, 400, { message: 'This account belongs to another integration.' });
    if (providerKey !== undefined && !catalog().providers.some((p) => p.key === providerKey))
      return json(res, 404, { message: 'This integration is not available.', detail: `unknown provider ${JSON.stringify(providerKey)}` });
    if (!Number.isInteger(expiresIn) || expiresIn < 1 || expiresIn > MAX_LINK_LIFETIME)
      return json(res, 400, { message: `expiresIn must be a whole number of seconds from 1 to ${MAX_LINK_LIFETIME}.` });
    const from = pageOrigin(req);
    const claims = {
      sub: customerId,
      ...(providerKey === undefined ? {} : { providers: [providerKey] }),
      ...(account ? { accountId: account.accountId } : {}),
      returnTo: `${from}/`,
      expiresIn,
    };
    const token = await createLinkToken(claims, linkSecret);
    // The token rides in the fragment, which browsers never send to a server or in a Referer.
    return json(res, 200, { url: `${from}/connect#token=${token}`, expiresAt: new Date(payloadOf(token).exp * 1000).toISOString() });
  }

  /** Handles the route, or answers false. */
  async function handle(req, res, url, customerId) {
    if (url.pathname === '/api/links' && req.method === 'POST') return createLink(req, res, customerId);
    if (url.pathname === '/api/link/submit' && req.method === 'POST') return submitLink(req, res);
    // The link page asks first whether its link can still be used (so a used one shows no form at all).
    if (url.pathname === '/api/link/submit' && req.method === 'GET') {
      const token = bearerToken(req);
      const check = token ? await verifyLinkToken(token, linkSecret, { now: clock() }) : { ok: false };
      if (!check.ok) return json(res, 401, { message: 'This link is not valid or has expired.' });
      if (await usedLinks.has(check.claims.jti)) return json(res, 410, { message: 'This link was already used.' });
      return send(res, 204, '');
    }
    return false;
  }

  return { handle, link, used: usedLinks };
}
