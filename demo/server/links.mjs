/**
 * The hosted link page's side of the server: "Send a link" mints a signed, single-use link for
 * the demo's one customer (POST /api/links), and the page submits with that token as its only
 * credential (POST /api/link/submit; GET says at once whether the link can still be used), answered by
 * link-hub/server's createLinkHandler through link-hub/node's adapter.
 * Used links are in the database (db.mjs's usedLinkStore), so a restart does not revive one.
 */
import { json, readBody } from './http.mjs';
import { providerRefusal } from './connections.mjs';
import { sendResponse, toRequest } from 'link-hub/node';

/** How long a link made on the settings page works, in seconds, unless the request names less. */
const LINK_LIFETIME = 3600;
const MAX_LINK_LIFETIME = 86_400;

/** A JWT's payload, read without checking it: only for tokens this server has just signed. */
const payloadOf = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

export function linkRoutes({ catalog, accounts, usedLinks, oauth, relinkTarget, linkSecret, clock, pageOrigin, server }) {
  const { createLinkToken, createLinkHandler, LinkRefusal } = server;

  /**
   * What the hosted link page linked, saved for the token's customer (`claims.sub`): the demo's
   * `link` for createLinkHandler, which has checked the token, single use, the providers the
   * token allows and the submission. A re-link is the token's `accountId`, checked like any.
   */
  async function link({ claims, provider, authType, values, accountId, keep, scopes, state, request }) {
    const check = { provider, values };
    if (authType === 'oauth2') {
      // The callback that saves the account claims the link (oauth.mjs); this only starts the sign-in.
      const req = { headers: { host: request.headers.get('host') } };
      const [status, answer] = await oauth.startSignIn(req, check, { state, accountId, link: { jti: claims.jti, exp: claims.exp } });
      if (status !== 200) throw new LinkRefusal(status, answer.message);
      return answer;
    }
    // Not 401: on this endpoint 401 and 410 speak of the link itself (the page then shows no form).
    const refused = providerRefusal(check);
    if (refused) throw new LinkRefusal(422, refused[1], refused[2]);
    const target = await relinkTarget(check, accountId, claims.sub);
    if (target.error) throw new LinkRefusal(...target.error);
    const saved = await accounts.saveAccount({ customerId: claims.sub, provider, values, keep, previous: target.account, scopes });
    return { accountId: saved.accountId, label: saved.label };
  }

  /**
   * The hosted link page's endpoint (GET: can the link still be used; POST: Connect), all of it
   * link-hub/server's createLinkHandler: the bearer token is the only credential (the page has
   * no session), single use through the database's used links, only the token's providers and
   * its account. What is left to the demo is `link`.
   */
  const linkHandler = createLinkHandler({ secret: linkSecret, catalog, now: clock, used: usedLinks, link });

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
      // Whose account, as the link page shows it (a real host: the customer's name in its app).
      ...(body.owner === undefined ? {} : { owner: body.owner }),
    };
    const token = await createLinkToken(claims, linkSecret);
    // The token rides in the fragment, which browsers never send to a server or in a Referer.
    return json(res, 200, { url: `${from}/connect#token=${token}`, expiresAt: new Date(payloadOf(token).exp * 1000).toISOString() });
  }

  /** Handles the route, or answers false. */
  async function handle(req, res, url, customerId) {
    if (url.pathname === '/api/links' && req.method === 'POST') return createLink(req, res, customerId);
    // The link page asks first whether its link can still be used (GET), then submits (POST).
    if (url.pathname === '/api/link/submit') return (await sendResponse(await linkHandler(toRequest(req, pageOrigin(req))), res), true);
    return false;
  }

  return { handle, link };
}
