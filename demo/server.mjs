#!/usr/bin/env node
/**
 * The demo host: a small SaaS backend on 127.0.0.1. Serves the settings page, the
 * built widget and catalog, and the API the page's `onSubmit` posts to. Submissions
 * are re-validated with `link-hub/server` (the widget's own schema) and kept in memory.
 * Every page is served under a strict Content-Security-Policy with Trusted Types.
 *
 * It also serves the hosted link page (/connect, "magic links"): POST /api/links mints a signed,
 * single-use link for the demo's one customer, and the page submits with that token as its
 * only credential (POST /api/link/submit).
 *
 * It also plays Northwind HR, the demo's OAuth provider: a fake authorization server
 * (consent page, authorization codes, a token endpoint) under /fake-idp/, and the host's
 * redirect URI /oauth/callback, which exchanges the code server-side and answers with
 * the page that runs link-hub's oauth-callback script.
 *
 * What a real host's backend must do too, and this one does: answer only under its own
 * host names (against DNS rebinding); take API calls only from its own pages (Origin and
 * Sec-Fetch-Site) and only as JSON, which a cross-site form cannot send (against CSRF);
 * re-link only an account of the same provider (and, with real users, the same customer);
 * and forget sign-ins that were never finished.
 *
 *   node demo/server.mjs [--port 5180]      (npm start builds first, then runs this)
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { validateSubmission, parseCatalog, createLinkToken, createLinkHandler, LinkRefusal, LINK_CLOCK_SKEW } = await import(
  path.join(root, 'dist/node/server.js')
);
const { toRequest, sendResponse } = await import('./node-request.mjs');

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'";

/** The line of demo/index.html that loads the widget (and the comment above it). */
const CLASSIC_SCRIPT =
  /<!-- The one line a host adds: the widget as a classic script\. -->\s*<script src="\/dist\/link-hub\.iife\.js"><\/script>/;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Where URL paths are served from: the demo pages, and the build output under /dist/. */
function fileFor(urlPath, catalogFile) {
  const clean = path.posix.normalize(decodeURIComponent(urlPath));
  if (clean.includes('\0') || clean.startsWith('/..')) return undefined;
  // The demo's catalog: the package's guides plus the demo's own (Northwind HR, the fake OAuth provider).
  if (clean === '/catalog.json') return catalogFile;
  // The hosted link page, at the address the links carry.
  if (clean === '/connect') return path.join(root, 'demo/connect.html');
  if (clean.startsWith('/dist/')) return path.join(root, clean);
  // The React and Vue demo pages, built into .demo-build/<app>/ by `npm run build`.
  const app = /^\/(react|vue)(\/.*)?$/.exec(clean);
  if (app) return path.join(root, '.demo-build', app[1], !app[2] || app[2] === '/' ? 'index.html' : app[2]);
  const file = path.join(root, 'demo', clean === '/' ? 'index.html' : clean);
  return file.startsWith(path.join(root, 'demo')) ? file : undefined;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}
const json = (res, status, value) => send(res, status, JSON.stringify(value), { 'content-type': 'application/json' });
const page = (res, status, body, headers = {}) =>
  send(res, status, body, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, ...headers });
const redirect = (res, location) => send(res, 302, '', { location });
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The fake provider's registered client: what a real one would hand the SaaS when it registers its app. */
const CLIENT_ID = 'acme-people';
const CLIENT_SECRET = 'demo-client-secret';
const TEN_MINUTES = 600_000;
/** The demo's one customer: whose accounts its links create. */
const CUSTOMER = 'demo-customer';
/** How long a link made on the settings page works, in seconds, unless the request names less. */
const LINK_LIFETIME = 3600;
const MAX_LINK_LIFETIME = 86_400;

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
const isJson = (req) => (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() === 'application/json';

/** Whether a request carries a body (a bodiless DELETE has none to check). */
const hasBody = (req) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

/** Deletes the entries of `map` whose `expires` has passed, then the oldest beyond `max`. */
function sweep(map, max) {
  const now = Date.now();
  for (const [key, entry] of map) if (entry.expires < now) map.delete(key);
  for (const key of map.keys()) {
    if (map.size <= max) break;
    map.delete(key);
  }
}

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

/** The page at the host's redirect URI: the outcome as JSON for link-hub's oauth-callback script. */
function callbackPage(outcome) {
  const data = JSON.stringify(outcome).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signing in…</title><link rel="icon" href="data:,">
<script type="application/json" id="link-hub-oauth">${data}</script>
<script src="/dist/oauth-callback.js"></script></head><body></body></html>`;
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error('body too large');
  }
  return Object.fromEntries(new URLSearchParams(body));
}

async function readBody(req, limit = 100_000) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/** A JWT's payload, read without checking it: only for tokens this server has just signed. */
const payloadOf = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

/**
 * `maxSignIns`: how many unfinished OAuth sign-ins are remembered at once (the oldest go first).
 * `clock`: what time link tokens are checked at (tests move it forward to expire a link).
 */
export async function startDemoServer({
  port = 5180,
  host = '127.0.0.1',
  quiet = false,
  maxSignIns = 1000,
  clock = () => new Date(),
  dev = false,
  catalogPath = path.join(root, '.demo-build/catalog.json'),
} = {}) {
  const readCatalog = async () => parseCatalog(await readFile(catalogPath, 'utf8'));
  let catalog = await readCatalog();
  /** `npm run dev`: pages that listen for a recompiled catalog (a reload) or a guide's problem (shown on the page). */
  const listeners = new Set();
  const devEvent = (type, data) => {
    for (const res of listeners) res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  /** Shows every HTML page the dev client, which reloads it or shows a guide's problem. */
  const withDevClient = (html) =>
    dev ? String(html).replace('</head>', '<script type="module" src="/dev-client.js"></script></head>') : html;
  /** accountId -> { accountId, providerKey, label, values (non-secret only), createdAt } */
  const accounts = new Map();
  /** OAuth sign-ins in progress, by `state`: what the hub submitted, kept until the callback. */
  const signIns = new Map();
  /** The fake provider's side: authorization codes and the access tokens they buy. */
  const codes = new Map();
  const tokens = new Map();
  /**
   * The secret link tokens are signed with: 32 random bytes, new at each start (so a restart
   * voids every link). A real host keeps one in its secret store and can rotate it.
   */
  const linkSecret = globalThis.crypto.getRandomValues(new Uint8Array(32));
  /**
   * Links that have linked an account, by `jti` -> when the token expires (ms, with the clock skew
   * verifyLinkToken allows). Single use is the host's part. An entry is dropped only once its token
   * would be refused as expired anyway, never earlier (that would make the link usable again).
   */
  const usedLinks = new Map();
  const sweepUsedLinks = () => {
    const now = clock().getTime();
    for (const [jti, expires] of usedLinks) if (expires < now) usedLinks.delete(jti);
  };
  const markLinkUsed = (jti, exp) => usedLinks.set(jti, (exp + LINK_CLOCK_SKEW) * 1000);
  /**
   * `isolateSignIn`: the consent page sends Cross-Origin-Opener-Policy: same-origin, as many
   * real sign-in pages do; the sign-in window is then cut off from the page that opened it.
   */
  const settings = { isolateSignIn: process.env.DEMO_ISOLATE_SIGN_IN === '1' };
  let origin = '';

  /**
   * The account a re-link names: it must exist and be the same provider's. (A host with real
   * users also checks that it is this customer's.) An error answer otherwise.
   */
  function relinkTarget(check, accountId) {
    if (accountId === undefined) return {};
    const account = accounts.get(accountId);
    if (!account) return { error: [404, 'This account is no longer linked.'] };
    if (account.providerKey !== check.provider.key) return { error: [403, `This account is not a ${check.provider.name} account.`] };
    return { account };
  }

  /**
   * Creates an account, or updates `previous`, the one a re-link named (checked by relinkTarget).
   * A host that stores secrets copies the fields in the check's `keep` (the secrets the re-link
   * left empty) from `previous` and from no other account. This demo stores no secrets at all:
   * it keeps only non-secret values, and only they name the account. A saved account is
   * connected again: a re-link clears the `status` and `message` of one that needed attention.
   */
  function saveAccount(provider, values, previous, labelFrom, scopes) {
    const visible = Object.fromEntries(
      provider.fields
        .filter((f) => !(f.secret || f.type === 'secret'))
        .map((f) => [f.key, values[f.key]])
        .filter(([, v]) => v),
    );
    const id = previous?.accountId ?? randomUUID();
    const first = Object.values(labelFrom ?? visible)[0];
    const label = first ? `${provider.name} · ${first}` : `${provider.name} account`;
    // A scope-aware provider: the scopes the chosen actions need (validateSubmission worked them out).
    const granted = scopes?.length ? { scopes } : {};
    accounts.set(id, {
      accountId: id,
      providerKey: provider.key,
      label,
      values: { ...previous?.values, ...visible },
      ...granted,
      createdAt: new Date().toISOString(),
    });
    return { accountId: id, label, created: !previous };
  }

  /**
   * The page's own origin, as the browser sees it (127.0.0.1 or localhost): the sign-in must come
   * back to the origin the hub runs on, or its callback page could not reach it.
   */
  const pageOrigin = (req) => (ownHosts().includes(req.headers.host) ? `http://${req.headers.host}` : origin);
  /** The Host headers this server answers to: anything else is another site's name pointed at 127.0.0.1. */
  const ownHosts = () => [`127.0.0.1:${server.address().port}`, `localhost:${server.address().port}`];
  /**
   * Why an API call is refused, or undefined: it must come from this server's own pages
   * (a cross-site page's Origin, or a Sec-Fetch-Site other than same-origin or none, is a 403)
   * and carry JSON if it carries anything (415), which a cross-site form cannot send.
   */
  function refuseApiCall(req) {
    const from = req.headers.origin;
    if (from !== undefined && !ownHosts().some((h) => from === `http://${h}`)) return [403, 'Cross-origin requests are not accepted.'];
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return [403, 'Cross-site requests are not accepted.'];
    if ((req.method === 'POST' || hasBody(req)) && !isJson(req)) return [415, 'Send JSON (content-type: application/json).'];
    return undefined;
  }
  /** The demo's stand-in for the provider refusing a credential: a secret field that says `bad`. An answer, or undefined. */
  function providerRefusal(check) {
    const secretField = check.provider.fields.find((f) => f.secret || f.type === 'secret');
    if (secretField && check.values[secretField.key] === 'bad') {
      return [401, `${check.provider.name} rejected this ${secretField.label} (401 Unauthorized). Check that you copied the whole key.`];
    }
    return undefined;
  }

  /**
   * Starts an OAuth sign-in for a checked submission: remembers it by the hub's `state` (with
   * the link's `jti` and `exp` when a hosted link started it) and answers where the hub's
   * sign-in window goes. `accountId` names the account a re-link updates.
   */
  function startSignIn(req, check, { state, accountId, link }) {
    if (typeof state !== 'string' || state.length < 16) return [400, { message: "a sign-in needs the hub's state" }];
    const target = relinkTarget(check, accountId);
    if (target.error) return [target.error[0], { message: target.error[1] }];
    // Unfinished sign-ins expire: forget those, and the oldest when too many are open.
    sweep(signIns, maxSignIns - 1);
    signIns.set(state, {
      provider: check.provider,
      values: check.values,
      accountId,
      link,
      redirectUri: `${pageOrigin(req)}/oauth/callback`,
      expires: Date.now() + TEN_MINUTES,
    });
    const authorize = new URL('/fake-idp/authorize', pageOrigin(req));
    authorize.search = new URLSearchParams({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: `${pageOrigin(req)}/oauth/callback`,
      state,
      workspace: check.values.workspace ?? '',
    }).toString();
    return [200, { redirectUrl: authorize.href }];
  }

  /**
   * The hosted link page's endpoint (GET: can the link still be used; POST: Connect), all of it
   * link-hub/server's createLinkHandler: the bearer token is the only credential (the page has
   * no session), single use through `usedLinks`, only the token's providers and its account.
   * What is left to the demo is saving the account (or starting a sign-in).
   */
  const linkHandler = createLinkHandler({
    secret: linkSecret,
    catalog: () => catalog,
    now: clock,
    used: {
      has: (jti) => (sweepUsedLinks(), usedLinks.has(jti)),
      add: (jti, exp) => (sweepUsedLinks(), usedLinks.has(jti) ? false : (markLinkUsed(jti, exp), true)),
      delete: (jti) => usedLinks.delete(jti),
    },
    link({ claims, provider, authType, values, accountId, state, request }) {
      const check = { provider, values };
      const req = { headers: { host: request.headers.get('host') } };
      const refuse = ([status, message]) => {
        throw new LinkRefusal(status, message);
      };
      if (authType === 'oauth2') {
        const [status, answer] = startSignIn(req, check, { state, accountId, link: { jti: claims.jti, exp: claims.exp } });
        return status === 200 ? answer : refuse([status, answer.message]);
      }
      // Not 401: on this endpoint 401 and 410 speak of the link itself (the page then shows no form).
      const refused = providerRefusal(check);
      if (refused) refuse([422, refused[1]]);
      // A host with real users also checks here that the account is the token's customer's (claims.sub).
      const target = relinkTarget(check, accountId);
      if (target.error) refuse(target.error);
      const { accountId: id, label } = saveAccount(provider, values, target.account);
      return { accountId: id, label };
    },
  });

  /**
   * The settings page's "Send a link": a link for the demo's customer, to one provider or any,
   * or (with `accountId`) to re-link one saved account. (A real host makes links only for its
   * signed-in customer, whose id becomes `sub`, and only for that customer's accounts.)
   */
  async function createLink(req, res) {
    const body = Object(await readBody(req));
    const { accountId, expiresIn = LINK_LIFETIME } = body;
    const account = accountId === undefined ? undefined : accounts.get(accountId);
    if (accountId !== undefined && !account) return json(res, 404, { message: 'This account is no longer linked.' });
    const providerKey = account?.providerKey ?? body.providerKey;
    if (account && body.providerKey !== undefined && body.providerKey !== providerKey)
      return json(res, 400, { message: 'This account belongs to another integration.' });
    if (providerKey !== undefined && !catalog.providers.some((p) => p.key === providerKey))
      return json(res, 404, { message: 'This integration is not available.', detail: `unknown provider ${JSON.stringify(providerKey)}` });
    if (!Number.isInteger(expiresIn) || expiresIn < 1 || expiresIn > MAX_LINK_LIFETIME)
      return json(res, 400, { message: `expiresIn must be a whole number of seconds from 1 to ${MAX_LINK_LIFETIME}.` });
    const from = pageOrigin(req);
    const claims = {
      sub: CUSTOMER,
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

  /** The redirect URIs registered with the fake provider. */
  const callbacks = () => [`${origin}/oauth/callback`, `http://localhost:${server.address().port}/oauth/callback`];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    // DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends Host: evil.example.
    if (!ownHosts().includes(req.headers.host)) return send(res, 421, 'unknown host', { 'content-type': 'text/plain' });
    if (url.pathname.startsWith('/api/') && req.method !== 'GET' && req.method !== 'HEAD') {
      const refused = refuseApiCall(req);
      if (refused) return json(res, refused[0], { message: refused[1] });
    }
    try {
      if (url.pathname === '/api/connections' && req.method === 'GET') return json(res, 200, [...accounts.values()]);
      if (url.pathname === '/api/connections' && req.method === 'POST') {
        const body = await readBody(req);
        const check = validateSubmission(catalog, body);
        if (!check.ok) return json(res, check.status, { message: check.message, detail: check.detail, problems: check.problems });
        const refused = providerRefusal(check);
        if (refused) return json(res, refused[0], { message: refused[1] });
        if (check.authType === 'oauth2')
          return json(res, 400, { message: `${check.provider.name} links by signing in: POST /api/oauth/start.` });
        const target = relinkTarget(check, body.accountId);
        if (target.error) return json(res, target.error[0], { message: target.error[1] });
        const { accountId, label, created } = saveAccount(check.provider, check.values, target.account, undefined, check.scopes);
        return json(res, created ? 201 : 200, { accountId, label });
      }
      // The hub's onSubmit for an OAuth provider: remember the sign-in, answer where the window goes.
      if (url.pathname === '/api/oauth/start' && req.method === 'POST') {
        const body = await readBody(req);
        const check = validateSubmission(catalog, body);
        if (!check.ok) return json(res, check.status, { message: check.message, detail: check.detail, problems: check.problems });
        return json(res, ...startSignIn(req, check, { state: body.state, accountId: body.accountId }));
      }
      // ---- the hosted link page: make a link, and take a submission made with one
      if (url.pathname === '/api/links' && req.method === 'POST') return await createLink(req, res);
      // The link page asks first whether its link can still be used (GET), then submits (POST).
      if (url.pathname === '/api/link/submit') return await sendResponse(await linkHandler(toRequest(req, pageOrigin(req))), res);
      // "Simulate a revoked key": the provider stopped accepting the account's credentials.
      const revoke = /^\/api\/connections\/([\w-]+)\/revoke$/.exec(url.pathname);
      if (revoke && req.method === 'POST') {
        const account = accounts.get(revoke[1]);
        if (!account) return json(res, 404, { message: 'No such connection.' });
        const provider = catalog.providers.find((p) => p.key === account.providerKey);
        const name = provider?.name ?? account.providerKey;
        const message =
          provider?.authType === 'oauth2'
            ? `Acme People could not reach ${name} with this sign-in: access was revoked. Reconnect to sign in again.`
            : `Acme People could not reach ${name} with this key: it was revoked. Reconnect to paste a new one.`;
        accounts.set(account.accountId, { ...account, status: 'expired', message });
        return json(res, 200, { ok: true });
      }
      // ---- the fake authorization server (Northwind HR)
      if (url.pathname === '/fake-idp/authorize' && req.method === 'GET') {
        const query = Object.fromEntries(url.searchParams);
        if (query.client_id !== CLIENT_ID || !callbacks().includes(query.redirect_uri))
          return page(res, 400, '<!doctype html><title>Error</title><p>Unknown client or redirect URI.</p>');
        return page(
          res,
          200,
          consentPage({ workspace: query.workspace || 'your', query }),
          settings.isolateSignIn ? { 'cross-origin-opener-policy': 'same-origin' } : {},
        );
      }
      if (url.pathname === '/fake-idp/decide' && req.method === 'POST') {
        const form = await readForm(req);
        if (form.client_id !== CLIENT_ID || !callbacks().includes(form.redirect_uri))
          return page(res, 400, '<!doctype html><title>Error</title><p>Unknown client or redirect URI.</p>');
        const back = new URL(form.redirect_uri);
        back.searchParams.set('state', form.state ?? '');
        if (form.decision === 'allow') {
          const code = randomBytes(16).toString('hex');
          sweep(codes, maxSignIns - 1);
          codes.set(code, { workspace: form.workspace, redirectUri: form.redirect_uri, expires: Date.now() + 60_000 });
          back.searchParams.set('code', code);
        } else {
          back.searchParams.set('error', 'access_denied');
          back.searchParams.set('error_description', 'Northwind HR: access was denied.');
        }
        return redirect(res, back.href);
      }
      if (url.pathname === '/fake-idp/token' && req.method === 'POST') {
        const form = await readForm(req);
        const grant = codes.get(form.code);
        codes.delete(form.code);
        if (
          form.client_id !== CLIENT_ID ||
          form.client_secret !== CLIENT_SECRET ||
          !grant ||
          grant.expires < Date.now() ||
          grant.redirectUri !== form.redirect_uri
        )
          return json(res, 400, { error: 'invalid_grant' });
        const token = randomBytes(24).toString('hex');
        tokens.set(token, grant.workspace);
        return json(res, 200, { access_token: token, token_type: 'Bearer', workspace: grant.workspace });
      }
      // ---- the host's redirect URI: exchange the code server-side, then tell the hub
      if (url.pathname === '/oauth/callback' && req.method === 'GET') {
        const state = url.searchParams.get('state') ?? '';
        const signIn = signIns.get(state);
        signIns.delete(state);
        const fail = (error) => page(res, 200, callbackPage({ state, ok: false, error }));
        if (!signIn || signIn.expires < Date.now()) return fail('This sign-in expired or was already used. Start again from the app.');
        const refused = url.searchParams.get('error_description') ?? url.searchParams.get('error');
        if (refused) return fail(refused);
        const exchange = await fetch(new URL('/fake-idp/token', origin), {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'authorization_code',
            code: url.searchParams.get('code') ?? '',
            client_id: CLIENT_ID,
            client_secret: CLIENT_SECRET,
            redirect_uri: signIn.redirectUri,
          }),
        });
        const token = await exchange.json();
        if (!exchange.ok) return fail(`${signIn.provider.name} refused the sign-in (${token.error}).`);
        // A hosted link links one account: another sign-in started with the same link may have finished first.
        sweepUsedLinks();
        if (signIn.link && usedLinks.has(signIn.link.jti)) return fail('This link was already used.');
        // Checked when the sign-in started; the account may have gone since, and then this is a new link.
        const previous = signIn.accountId === undefined ? undefined : accounts.get(signIn.accountId);
        const { accountId, label } = saveAccount(
          signIn.provider,
          signIn.values,
          previous?.providerKey === signIn.provider.key ? previous : undefined,
          { workspace: token.workspace },
        );
        if (signIn.link) markLinkUsed(signIn.link.jti, signIn.link.exp);
        return page(res, 200, callbackPage({ state, ok: true, result: { accountId, label } }));
      }
      const del = /^\/api\/connections\/([\w-]+)$/.exec(url.pathname);
      if (del && req.method === 'DELETE') {
        if (!accounts.delete(del[1])) return json(res, 404, { message: 'No such connection.' });
        return json(res, 200, { ok: true });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { message: 'method not allowed' });
      // The same settings page, loading the widget as an ES module instead of a classic script.
      if (dev && url.pathname === '/dev/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        res.write(': connected\n\n');
        listeners.add(res);
        req.on('close', () => listeners.delete(res));
        return undefined;
      }
      if (url.pathname === '/esm.html') {
        const html = await readFile(path.join(root, 'demo/index.html'), 'utf8');
        if (!CLASSIC_SCRIPT.test(html)) throw new Error('demo/index.html no longer loads the widget with its classic script line');
        return page(
          res,
          200,
          withDevClient(html).replace(
            CLASSIC_SCRIPT,
            '<!-- The one line a host adds: the widget as an ES module. -->\n    <script type="module" src="/dist/link-hub.js"></script>',
          ),
        );
      }
      const file = fileFor(url.pathname, catalogPath);
      if (!file) return send(res, 404, 'not found');
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return send(res, 404, 'not found', { 'content-type': 'text/plain' });
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const html = type.startsWith('text/html');
      return send(res, 200, html ? withDevClient(await readFile(file, 'utf8')) : await readFile(file), {
        'content-type': type,
        ...(html ? { 'content-security-policy': CSP } : {}),
      });
    } catch (error) {
      return json(res, 400, { message: error.message });
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  origin = `http://${host}:${address.port}`;
  if (!quiet) console.log(`LinkHub demo running at ${origin}/  (Ctrl+C to stop)`);
  return {
    server,
    origin,
    accounts,
    signIns,
    usedLinks,
    settings,
    /** `npm run dev`: the catalog was recompiled; read it again and reload the pages. */
    reloadCatalog: async () => {
      catalog = await readCatalog();
      devEvent('reload', {});
    },
    /** `npm run dev`: a guide failed to compile; the pages show its problems (the last good catalog stays). */
    showProblems: (problems) => devEvent('problems', problems),
    close: () => {
      for (const res of listeners) res.end();
      return new Promise((r) => server.close(r));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--port');
  const port = Number(index > 0 ? process.argv[index + 1] : (process.env.PORT ?? 5180));
  await startDemoServer({ port });
}
