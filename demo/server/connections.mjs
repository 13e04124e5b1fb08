/**
 * The settings page's API: the hub's onSubmit (`POST /api/connections`, or `/api/oauth/start`
 * for a provider that signs in by redirect), the accounts the page lists, Disconnect, and the
 * demo's two ways to break an account ("Simulate a revoked key", "Revoke at the provider").
 */
import { json, readBody } from './http.mjs';

/**
 * The account a re-link names: it must exist, be this customer's (404 otherwise, as for an
 * account that does not exist) and be the same provider's (403). An error answer otherwise.
 */
export const relinkCheck = (accounts, defaultCustomer) =>
  async function relinkTarget(check, accountId, customerId = defaultCustomer) {
    if (accountId === undefined) return {};
    const account = await accounts.get(accountId);
    if (account?.customerId !== customerId) return { error: [404, 'This account is no longer linked.'] };
    if (account.providerKey !== check.provider.key) return { error: [403, `This account is not a ${check.provider.name} account.`] };
    return { account };
  };

/** The demo's stand-in for the provider refusing a credential: a secret field that says `bad`. An answer, or undefined. */
export function providerRefusal(check) {
  const secretField = check.provider.fields.find((f) => f.secret || f.type === 'secret');
  if (secretField && check.values[secretField.key] === 'bad') {
    const message = `${check.provider.name} rejected this ${secretField.label} (401 Unauthorized). Check that you copied the whole key.`;
    return [401, message, { [secretField.key]: message }];
  }
  return undefined;
}

export function connectionRoutes({ catalog, accounts, oauth, provider, customerId, relinkTarget, validateSubmission, fingerprint }) {
  /** POST /api/connections: the hub's onSubmit for a provider linked with a key. */
  async function link(body) {
    const check = validateSubmission(catalog(), body);
    if (!check.ok) return [check.status, { message: check.message, detail: check.detail, problems: check.problems }];
    if (check.authType === 'oauth2') return [400, { message: `${check.provider.name} links by signing in: POST /api/oauth/start.` }];
    const refused = providerRefusal(check);
    if (refused) return [refused[0], { message: refused[1] }];
    const target = await relinkTarget(check, body.accountId);
    if (target.error) return [target.error[0], { message: target.error[1] }];
    // An account linked twice: another account of this customer already holds these credentials (its
    // fingerprint, a keyed hash that holds no secret, matches). The hub then offers to update that one.
    const saved = target.account ? await accounts.secretsOf(target.account.accountId) : {};
    const kept = Object.fromEntries(check.keep.filter((key) => saved[key] !== undefined).map((key) => [key, saved[key]]));
    const print = await fingerprint(check.provider, { ...kept, ...check.values });
    const twin = await accounts.withFingerprint({
      customerId,
      providerKey: check.provider.key,
      fingerprint: print,
      except: body.accountId,
    });
    if (twin) return [409, { message: `These credentials are already linked, as ${twin.label}.`, duplicateOf: twin.accountId }];
    // check.keep: the secrets a re-link left empty, kept from target.account (and from no other).
    const { accountId, label, created } = await accounts.saveAccount({
      customerId,
      provider: check.provider,
      values: check.values,
      keep: check.keep,
      previous: target.account,
      scopes: check.scopes,
    });
    await accounts.setFingerprint(accountId, print);
    return [created ? 201 : 200, { accountId, label }];
  }

  /** "Simulate a revoked key": the provider stopped accepting the account's credentials. */
  async function simulateRevokedKey(account) {
    const entry = catalog().providers.find((p) => p.key === account.providerKey);
    const name = entry?.name ?? account.providerKey;
    const message =
      entry?.authType === 'oauth2'
        ? `Acme People could not reach ${name} with this sign-in: access was revoked. Reconnect to sign in again.`
        : `Acme People could not reach ${name} with this key: it was revoked. Reconnect to paste a new one.`;
    await accounts.setStatus(account.accountId, 'expired', message);
  }

  /** Handles the route, or answers false. */
  return async function handle(req, res, url) {
    if (url.pathname === '/api/connections' && req.method === 'GET') return json(res, 200, await accounts.list(customerId));
    if (url.pathname === '/api/connections' && req.method === 'POST') {
      const [status, answer] = await link(await readBody(req));
      return json(res, status, answer);
    }
    // The hub's onSubmit for an OAuth provider: remember the sign-in, answer where the window goes.
    if (url.pathname === '/api/oauth/start' && req.method === 'POST') {
      const body = await readBody(req);
      const check = validateSubmission(catalog(), body);
      if (!check.ok) return json(res, check.status, { message: check.message, detail: check.detail, problems: check.problems });
      return json(res, ...(await oauth.startSignIn(req, check, { state: body.state, accountId: body.accountId })));
    }
    const action = /^\/api\/connections\/([\w-]+)(?:\/(revoke|revoke-at-provider))?$/.exec(url.pathname);
    if (!action) return false;
    const account = await accounts.get(action[1]);
    if (account?.customerId !== customerId) return json(res, 404, { message: 'No such connection.' });
    if (!action[2] && req.method === 'DELETE') {
      await oauth.giveBack(account.accountId);
      await accounts.delete(account.accountId);
      return json(res, 200, { ok: true });
    }
    if (action[2] === 'revoke' && req.method === 'POST') {
      await simulateRevokedKey(account);
      return json(res, 200, { ok: true });
    }
    // "Revoke at the provider": the person removes Acme People's access in Northwind HR itself;
    // the host finds out at its next call there (a 401, then a refused refresh).
    if (action[2] === 'revoke-at-provider' && req.method === 'POST') {
      const { refreshToken } = await accounts.secretsOf(account.accountId);
      if (!refreshToken) return json(res, 400, { message: 'This account does not sign in by redirect.' });
      await provider.revoke(refreshToken);
      return json(res, 200, { status: await oauth.check(account.accountId) });
    }
    return false;
  };
}
