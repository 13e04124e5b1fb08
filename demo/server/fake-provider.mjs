/**
 * Northwind HR, the demo's OAuth provider: a fake authorization server under /fake-idp/ (a
 * consent page, authorization codes, a token endpoint that issues expiring access tokens with
 * a refresh token, RFC 7009 revocation) and one API call (`GET /fake-idp/api/me`) to use a token
 * on. Its grants live in the demo's database too (it plays another company, but a restart should
 * not sign every account out); it keeps only hashes of the tokens it hands out, as a real
 * provider would.
 */
import { createHash, randomBytes } from 'node:crypto';
import { escapeHtml, json, page, readForm, redirect, sweep } from './http.mjs';

/** The fake provider's registered client: what a real one would hand the SaaS when it registers its app. */
export const CLIENT_ID = 'acme-people';
export const CLIENT_SECRET = 'demo-client-secret';

const hash = (token) => createHash('sha256').update(token).digest('hex');
const token = (kind) => `nw_${kind}_${randomBytes(24).toString('base64url')}`;

function consentPage({ workspace, query }) {
  const hidden = Object.entries(query)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Northwind HR</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/fake-idp.css"></head>
<body><main><p class="brand">Northwind HR</p><h1>Allow Acme People to access ${escapeHtml(workspace)}?</h1>
<p>Acme People will be able to read employees, departments and time off in the <strong>${escapeHtml(workspace)}</strong> workspace.</p>
<form method="post" action="/fake-idp/decide">${hidden}
<button name="decision" value="allow" class="primary">Allow</button>
<button name="decision" value="deny">Deny</button></form></main></body></html>`;
}

const ERROR_PAGE = '<!doctype html><title>Error</title><p>Unknown client or redirect URI.</p>';

/**
 * `callbacks()`: the redirect URIs registered for the client. `tokenLifetime`: seconds an access
 * token works. `settings.isolateSignIn`: the consent page sends Cross-Origin-Opener-Policy.
 */
export function fakeProvider({ db, callbacks, settings, maxCodes, tokenLifetime }) {
  /** Authorization codes: a minute each, single use (in memory: a restart mid-sign-in starts it again). */
  const codes = new Map();

  /** A fresh access token for a grant: the token, and how long it works. */
  async function issueAccess(grantId) {
    const access = token('at');
    await db.query('UPDATE fake_provider_grants SET access_token_hash = $2, access_expires_at = $3 WHERE grant_id = $1', [
      grantId,
      hash(access),
      new Date(Date.now() + tokenLifetime * 1000),
    ]);
    return { access_token: access, token_type: 'Bearer', expires_in: tokenLifetime };
  }

  async function exchange(form) {
    if (form.client_id !== CLIENT_ID || form.client_secret !== CLIENT_SECRET) return [401, { error: 'invalid_client' }];
    if (form.grant_type === 'refresh_token') {
      const { rows } = await db.query('SELECT * FROM fake_provider_grants WHERE refresh_token_hash = $1', [hash(form.refresh_token ?? '')]);
      if (!rows[0] || rows[0].revoked_at) return [400, { error: 'invalid_grant', error_description: 'The grant was revoked.' }];
      return [200, { ...(await issueAccess(rows[0].grant_id)), workspace: rows[0].workspace }];
    }
    const grant = codes.get(form.code);
    codes.delete(form.code);
    if (!grant || grant.expires < Date.now() || grant.redirectUri !== form.redirect_uri) return [400, { error: 'invalid_grant' }];
    const grantId = randomBytes(12).toString('hex');
    const refresh = token('rt');
    await db.query('INSERT INTO fake_provider_grants (grant_id, workspace, refresh_token_hash) VALUES ($1, $2, $3)', [
      grantId,
      grant.workspace,
      hash(refresh),
    ]);
    return [200, { ...(await issueAccess(grantId)), refresh_token: refresh, workspace: grant.workspace }];
  }

  /** Ends the grant a token (access or refresh) belongs to: its tokens stop working at once. */
  async function revoke(anyToken) {
    const { affectedRows } = await db.query(
      'UPDATE fake_provider_grants SET revoked_at = now() WHERE (refresh_token_hash = $1 OR access_token_hash = $1) AND revoked_at IS NULL',
      [hash(anyToken)],
    );
    return affectedRows > 0;
  }

  async function handle(req, res, url) {
    if (url.pathname === '/fake-idp/authorize' && req.method === 'GET') {
      const query = Object.fromEntries(url.searchParams);
      if (query.client_id !== CLIENT_ID || !callbacks().includes(query.redirect_uri)) return page(res, 400, ERROR_PAGE);
      const headers = settings.isolateSignIn ? { 'cross-origin-opener-policy': 'same-origin' } : {};
      return page(res, 200, consentPage({ workspace: query.workspace || 'your', query }), headers);
    }
    if (url.pathname === '/fake-idp/decide' && req.method === 'POST') {
      const form = await readForm(req);
      if (form.client_id !== CLIENT_ID || !callbacks().includes(form.redirect_uri)) return page(res, 400, ERROR_PAGE);
      const back = new URL(form.redirect_uri);
      back.searchParams.set('state', form.state ?? '');
      if (form.decision === 'allow') {
        const code = randomBytes(16).toString('hex');
        sweep(codes, maxCodes - 1);
        codes.set(code, { workspace: form.workspace, redirectUri: form.redirect_uri, expires: Date.now() + 60_000 });
        back.searchParams.set('code', code);
      } else {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', 'Northwind HR: access was denied.');
      }
      return redirect(res, back.href);
    }
    if (url.pathname === '/fake-idp/token' && req.method === 'POST') {
      const [status, body] = await exchange(await readForm(req));
      return json(res, status, body);
    }
    // RFC 7009: the client gives a token back (the host does on Disconnect).
    if (url.pathname === '/fake-idp/revoke' && req.method === 'POST') {
      const form = await readForm(req);
      if (form.client_id !== CLIENT_ID || form.client_secret !== CLIENT_SECRET) return json(res, 401, { error: 'invalid_client' });
      await revoke(form.token ?? '');
      return json(res, 200, {});
    }
    if (url.pathname === '/fake-idp/api/me' && req.method === 'GET') {
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const { rows } = await db.query(
        'SELECT workspace FROM fake_provider_grants WHERE access_token_hash = $1 AND access_expires_at > now() AND revoked_at IS NULL',
        [hash(bearer)],
      );
      if (!rows[0]) return json(res, 401, { error: 'invalid_token' });
      return json(res, 200, { workspace: rows[0].workspace });
    }
    return false;
  }

  /**
   * What a person does in Northwind HR's own settings ("Remove Acme People's access"): the demo
   * page's "Revoke at the provider" stands in for it.
   */
  return { handle, revoke, codes };
}
