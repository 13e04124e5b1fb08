/**
 * The host's side of signing in by redirect: sign-ins in progress (by the hub's `state`), the
 * redirect URI that exchanges the code server-side, and the tokens' life after that: the access
 * token is refreshed before it expires, and a refresh the provider refuses (the grant was
 * revoked) turns the account to `expired` with a message, so the hub shows Needs attention.
 */
import { CLIENT_ID, CLIENT_SECRET } from './fake-provider.mjs';
import { page, sweep } from './http.mjs';

const TEN_MINUTES = 600_000;

/** The page at the host's redirect URI: the outcome as JSON for link-hub's oauth-callback script. */
function callbackPage(outcome) {
  const data = JSON.stringify(outcome).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signing in…</title><link rel="icon" href="data:,">
<script type="application/json" id="link-hub-oauth">${data}</script>
<script src="/dist/oauth-callback.js"></script></head><body></body></html>`;
}

/** `refreshAhead`: how long before its expiry (ms) an access token is refreshed. */
export function oauthHost({ accounts, usedLinks, origin, pageOrigin, relinkTarget, customerId, maxSignIns, refreshAhead }) {
  /** OAuth sign-ins in progress, by `state`: what the hub submitted, kept until the callback. */
  const signIns = new Map();

  /** A call to the provider's token endpoint (form-encoded, with the client's credentials). */
  async function tokenCall(grant) {
    const response = await fetch(new URL('/fake-idp/token', origin()), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...grant, client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
    });
    return { ok: response.ok, status: response.status, body: await response.json() };
  }
  const tokensOf = (body, previous = {}) => ({
    secrets: { accessToken: body.access_token, refreshToken: body.refresh_token ?? previous.refreshToken },
    expiresAt: new Date(Date.now() + body.expires_in * 1000),
  });

  /**
   * Starts a sign-in for a checked submission: remembers it by the hub's `state` (with the link's
   * `jti` and `exp` when a hosted link started it). Answers `[status, body]`: where the sign-in window goes.
   */
  async function startSignIn(req, check, { state, accountId, link }) {
    if (typeof state !== 'string' || state.length < 16) return [400, { message: "a sign-in needs the hub's state" }];
    const target = await relinkTarget(check, accountId);
    if (target.error) return [target.error[0], { message: target.error[1] }];
    // Unfinished sign-ins expire: forget those, and the oldest when too many are open.
    sweep(signIns, maxSignIns - 1);
    const redirectUri = `${pageOrigin(req)}/oauth/callback`;
    signIns.set(state, { provider: check.provider, values: check.values, accountId, link, redirectUri, expires: Date.now() + TEN_MINUTES });
    const authorize = new URL('/fake-idp/authorize', pageOrigin(req));
    const query = {
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: redirectUri,
      state,
      workspace: check.values.workspace ?? '',
    };
    authorize.search = new URLSearchParams(query).toString();
    return [200, { redirectUrl: authorize.href }];
  }

  /** The redirect URI: exchange the code server-side, save the account and its tokens, tell the hub. */
  async function callback(res, url) {
    const state = url.searchParams.get('state') ?? '';
    const signIn = signIns.get(state);
    signIns.delete(state);
    const fail = (error) => page(res, 200, callbackPage({ state, ok: false, error }));
    if (!signIn || signIn.expires < Date.now()) return fail('This sign-in expired or was already used. Start again from the app.');
    const refused = url.searchParams.get('error_description') ?? url.searchParams.get('error');
    if (refused) return fail(refused);
    const code = url.searchParams.get('code') ?? '';
    const exchange = await tokenCall({ grant_type: 'authorization_code', code, redirect_uri: signIn.redirectUri });
    if (!exchange.ok) return fail(`${signIn.provider.name} refused the sign-in (${exchange.body.error}).`);
    // A hosted link links one account: another sign-in started with the same link may have finished first.
    if (signIn.link && !(await usedLinks.add(signIn.link.jti, signIn.link.exp))) return fail('This link was already used.');
    // Checked when the sign-in started; the account may have gone since, and then this is a new link.
    const previous = signIn.accountId === undefined ? undefined : await accounts.get(signIn.accountId);
    const { accountId, label } = await accounts.saveAccount({
      customerId,
      provider: signIn.provider,
      values: signIn.values,
      previous: previous?.providerKey === signIn.provider.key ? previous : undefined,
      labelFrom: { workspace: exchange.body.workspace },
      tokens: tokensOf(exchange.body),
    });
    return page(res, 200, callbackPage({ state, ok: true, result: { accountId, label } }));
  }

  /** Why an account needs attention after the provider refused to renew its access. */
  const refusedMessage = (account) =>
    `Northwind HR stopped accepting Acme People's access to ${account.values.workspace ?? 'this workspace'}: it was revoked there. Reconnect to sign in again.`;

  /** Refreshes one account's access token; a refusal (invalid_grant) marks it expired. Answers its status. */
  async function refresh(accountId) {
    const account = await accounts.get(accountId);
    const saved = account && (await accounts.secretsOf(accountId));
    if (!saved?.refreshToken) return account?.status ?? 'connected';
    const answer = await tokenCall({ grant_type: 'refresh_token', refresh_token: saved.refreshToken });
    if (answer.ok) {
      const tokens = tokensOf(answer.body, saved);
      await accounts.updateTokens(accountId, tokens.secrets, tokens.expiresAt);
      return 'connected';
    }
    if (answer.body.error !== 'invalid_grant') return 'connected'; // the provider is down: try again at the next round
    await accounts.setStatus(accountId, 'expired', refusedMessage(account));
    return 'expired';
  }

  /** Refreshes every connected account whose token expires within `refreshAhead` (the demo runs this every few seconds). */
  async function refreshDue() {
    for (const accountId of await accounts.expiringBefore(new Date(Date.now() + refreshAhead))) await refresh(accountId);
  }

  /**
   * What the host does when it next syncs an account: calls the provider with the access token,
   * and on a 401 tries a refresh (which, for a revoked grant, marks the account expired).
   */
  async function check(accountId) {
    const saved = await accounts.secretsOf(accountId);
    if (!saved.accessToken) return undefined;
    const me = await fetch(new URL('/fake-idp/api/me', origin()), { headers: { authorization: `Bearer ${saved.accessToken}` } });
    return me.ok ? 'connected' : refresh(accountId);
  }

  /** Gives the account's tokens back to the provider (RFC 7009), as a host does on Disconnect. */
  async function giveBack(accountId) {
    const saved = await accounts.secretsOf(accountId).catch(() => ({}));
    if (!saved.refreshToken) return;
    await fetch(new URL('/fake-idp/revoke', origin()), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: saved.refreshToken, client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
    }).catch(() => undefined);
  }

  return { signIns, startSignIn, callback, refresh, refreshDue, check, giveBack };
}
