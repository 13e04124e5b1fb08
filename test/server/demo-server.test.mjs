// The demo host's backend, in Node (no browser): what it refuses, since hosts copy it.
// JSON only, from its own pages, under its own host names; a re-link touches only an
// account of the same provider; unfinished sign-ins do not pile up; a hosted link works
// once, for its providers, until it expires. Needs dist/ built.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startDemoServer } from '../../demo/server.mjs';
import { createLinkToken } from '../../src/server.js';
import { demoDataDir, dbTemplate } from './demo-data.mjs';

const MAX_SIGN_INS = 3;
let demo;
let data;
let port;
let self;
/** How far ahead of the real time the demo checks link tokens (ms). */
let clockAhead = 0;

before(async () => {
  data = demoDataDir();
  const clock = () => new Date(Date.now() + clockAhead);
  demo = await startDemoServer({ port: 0, quiet: true, maxSignIns: MAX_SIGN_INS, clock, dataDir: data.dir, dbTemplate });
  port = demo.server.address().port;
  self = `http://127.0.0.1:${port}`;
});
after(async () => (await demo.close(), data.remove()));
beforeEach(async () => {
  await demo.accounts.clear();
  demo.signIns.clear();
  await demo.usedLinks.clear();
  clockAhead = 0;
});

/** Saves an account for the demo's customer, as if it had been linked. */
const seed = (account) => demo.accounts.put({ customerId: 'demo-customer', ...account });
const accountIds = async () => (await demo.accounts.list('demo-customer')).map((a) => a.accountId);

/** One raw HTTP request, every header as given (fetch would not let a test set Host). */
function call(method, path, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { 'content-length': Buffer.byteLength(body) };
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...length, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** What the demo pages send: JSON, from the page's own origin. */
const fromPage = (method, path, value, headers = {}) =>
  call(method, path, {
    headers: {
      origin: self,
      'sec-fetch-site': 'same-origin',
      ...(value === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: value === undefined ? undefined : JSON.stringify(value),
  });

const flatchr = { providerKey: 'flatchr', values: { apiKey: 'k', companyId: 'c-1', subdomain: 'acme' } };
const state = (n) => `state-${String(n).padStart(12, '0')}`;
const signIn = (n) => fromPage('POST', '/api/oauth/start', { providerKey: 'northwind-hr', values: { workspace: 'acme' }, state: state(n) });

test("the pages' own calls pass: JSON from the same origin, under 127.0.0.1 and localhost", async () => {
  const created = await fromPage('POST', '/api/connections', flatchr);
  assert.equal(created.status, 201, created.text);
  const { accountId } = JSON.parse(created.text);
  const listed = await call('GET', '/api/connections', { headers: { host: `localhost:${port}`, 'sec-fetch-site': 'same-origin' } });
  assert.equal(listed.status, 200);
  assert.deepEqual(
    JSON.parse(listed.text).map((a) => a.accountId),
    [accountId],
  );
  // The same credentials again (in other case and spacing) are an account linked twice: 409, duplicateOf, nothing saved.
  const twice = await fromPage('POST', '/api/connections', { ...flatchr, values: { ...flatchr.values, companyId: ' C-1 ' } });
  assert.equal(twice.status, 409, twice.text);
  assert.equal(JSON.parse(twice.text).duplicateOf, accountId);
  // As a re-link of that account (the hub's Update), they are saved.
  const update = await fromPage('POST', '/api/connections', { ...flatchr, accountId });
  assert.equal(update.status, 200, update.text);
  const fromLocalhost = await fromPage(
    'POST',
    '/api/connections',
    { ...flatchr, values: { ...flatchr.values, apiKey: 'k-2' } },
    {
      host: `localhost:${port}`,
      origin: `http://localhost:${port}`,
    },
  );
  assert.equal(fromLocalhost.status, 201, fromLocalhost.text);
  // demo/connections.js sends a DELETE with no body, so no content type: there is nothing to parse.
  const removed = await fromPage('DELETE', `/api/connections/${accountId}`);
  assert.equal(removed.status, 200, removed.text);
  assert.equal(await demo.accounts.count(), 1);
});

test('an API call whose body is not JSON is a 415: a cross-site form can post text/plain or a form', async () => {
  const asText = await call('POST', '/api/connections', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify(flatchr) });
  assert.equal(asText.status, 415, asText.text);
  assert.match(JSON.parse(asText.text).message, /application\/json/);
  const asForm = await call('POST', '/api/oauth/start', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'providerKey=northwind-hr',
  });
  assert.equal(asForm.status, 415);
  const untyped = await call('POST', '/api/connections', { body: JSON.stringify(flatchr) });
  assert.equal(untyped.status, 415);
  await seed({ accountId: 'a-1', providerKey: 'flatchr', label: 'x', values: {} });
  const textDelete = await call('DELETE', '/api/connections/a-1', { headers: { 'content-type': 'text/plain' }, body: 'x' });
  assert.equal(textDelete.status, 415);
  assert.deepEqual(await accountIds(), ['a-1']);
  assert.equal(demo.signIns.size, 0);
});

test('an API call from another origin or site is a 403, and changes nothing', async () => {
  await seed({ accountId: 'a-1', providerKey: 'flatchr', label: 'x', values: {} });
  const refusals = [
    ['POST', '/api/connections', { origin: 'http://evil.example' }],
    ['POST', '/api/connections', { origin: `http://127.0.0.1:${port + 1}` }],
    ['POST', '/api/connections', { origin: 'null' }],
    ['POST', '/api/connections', { 'sec-fetch-site': 'cross-site' }],
    ['POST', '/api/connections', { 'sec-fetch-site': 'same-site' }],
    ['POST', '/api/oauth/start', { origin: 'https://evil.example' }],
    ['DELETE', '/api/connections/a-1', { origin: 'http://evil.example' }],
    ['DELETE', '/api/connections/a-1', { 'sec-fetch-site': 'cross-site', origin: undefined }],
  ];
  for (const [method, path, headers] of refusals) {
    const value = method === 'POST' ? flatchr : undefined;
    const response = await fromPage(method, path, value, Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)));
    assert.equal(response.status, 403, `${method} ${path} ${JSON.stringify(headers)}: ${response.text}`);
  }
  const noOrigin = await call('DELETE', '/api/connections/a-1', { headers: { 'sec-fetch-site': 'cross-site' } });
  assert.equal(noOrigin.status, 403);
  assert.deepEqual(await accountIds(), ['a-1']);
});

test('every request must name the server itself in Host (DNS rebinding): 421 otherwise', async () => {
  for (const [method, path] of [
    ['GET', '/'],
    ['GET', '/api/connections'],
    ['GET', '/catalog.json'],
    ['POST', '/fake-idp/token'],
    ['GET', '/oauth/callback'],
  ]) {
    const response = await call(method, path, { headers: { host: `evil.example:${port}` } });
    assert.equal(response.status, 421, `${method} ${path}`);
  }
  const rebound = await fromPage('POST', '/api/connections', flatchr, {
    host: `evil.example:${port}`,
    origin: `http://evil.example:${port}`,
  });
  assert.equal(rebound.status, 421);
  assert.equal((await call('GET', '/', { headers: { host: `localhost:${port}` } })).status, 200);
  assert.equal(await demo.accounts.count(), 0);
});

test("the fake provider's own form post keeps its form content type", async () => {
  const form = new URLSearchParams({
    client_id: 'acme-people',
    redirect_uri: `${self}/oauth/callback`,
    state: state(1),
    workspace: 'acme',
    decision: 'allow',
  });
  const response = await call('POST', '/fake-idp/decide', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  assert.equal(response.status, 302, response.text);
  assert.match(response.headers.location, new RegExp(`^${self}/oauth/callback\\?state=${state(1)}&code=`));
});

test("a re-link names an account of the same provider: unknown is 404, another provider's is 403, empty is 400", async () => {
  await seed({ accountId: 'a-smart', providerKey: 'smartrecruiters', label: 'SmartRecruiters account', values: {} });
  await seed({
    accountId: 'a-flat',
    providerKey: 'flatchr',
    label: 'Flatchr · c-0',
    values: { companyId: 'c-0', subdomain: 'old' },
  });
  const relink = (accountId, values = { companyId: 'c-1', subdomain: 'acme' }) =>
    fromPage('POST', '/api/connections', { providerKey: 'flatchr', accountId, values });

  const other = await relink('a-smart');
  assert.equal(other.status, 403, other.text);
  assert.equal((await demo.accounts.get('a-smart')).providerKey, 'smartrecruiters');
  assert.equal((await relink('a-gone')).status, 404);
  assert.equal((await relink('')).status, 400);

  const same = await relink('a-flat');
  assert.equal(same.status, 200, same.text);
  assert.deepEqual(JSON.parse(same.text), { accountId: 'a-flat', label: 'Flatchr · c-1' });
  assert.deepEqual((await demo.accounts.get('a-flat')).values, { companyId: 'c-1', subdomain: 'acme' });
  assert.equal(await demo.accounts.count(), 2);

  const oauthOther = await fromPage('POST', '/api/oauth/start', {
    providerKey: 'northwind-hr',
    accountId: 'a-flat',
    values: { workspace: 'acme' },
    state: state(1),
  });
  assert.equal(oauthOther.status, 403, oauthOther.text);
  assert.equal(demo.signIns.size, 0);
});

test('unfinished sign-ins expire and are capped: each start sweeps expired ones, and the oldest go beyond the cap', async () => {
  assert.equal((await signIn(1)).status, 200);
  assert.equal((await signIn(2)).status, 200);
  demo.signIns.get(state(1)).expires = Date.now() - 1;
  assert.equal((await signIn(3)).status, 200);
  assert.deepEqual([...demo.signIns.keys()], [state(2), state(3)]);
  for (const n of [4, 5, 6]) assert.equal((await signIn(n)).status, 200);
  assert.deepEqual([...demo.signIns.keys()], [state(4), state(5), state(6)]);
  assert.equal(demo.signIns.size, MAX_SIGN_INS);
});

// ---- the hosted link page

/** Asks the demo for a link (as its settings page does) and returns the token and the answer. */
async function mintLink(value = {}) {
  const response = await fromPage('POST', '/api/links', value);
  assert.equal(response.status, 200, response.text);
  const answer = JSON.parse(response.text);
  const token = /#token=([\w.-]+)$/.exec(answer.url)?.[1];
  assert.ok(token, answer.url);
  return { token, ...answer };
}

/** The link page's Connect: JSON from the page, with the link's token as the bearer. */
const submitWith = (token, value) =>
  fromPage('POST', '/api/link/submit', value, token === undefined ? {} : { authorization: `Bearer ${token}` });
const listed = async () => JSON.parse((await call('GET', '/api/connections')).text);
const messageOf = (response) => JSON.parse(response.text).message;

test('a link is made for one provider or any: its URL carries the token in the fragment, for an hour', async () => {
  const { url, expiresAt, token } = await mintLink({ providerKey: 'flatchr' });
  assert.ok(url.startsWith(`${self}/connect#token=`), url);
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  assert.deepEqual(
    { sub: payload.sub, providers: payload.providers, returnTo: payload.returnTo },
    { sub: 'demo-customer', providers: ['flatchr'], returnTo: `${self}/` },
  );
  assert.equal(payload.exp - payload.iat, 3600);
  assert.equal(new Date(expiresAt).getTime(), payload.exp * 1000);
  const any = await mintLink();
  assert.equal(JSON.parse(Buffer.from(any.token.split('.')[1], 'base64url').toString('utf8')).providers, undefined);
  const short = await mintLink({ expiresIn: 60 });
  assert.ok(Math.abs(new Date(short.expiresAt).getTime() - Date.now() - 60_000) < 5_000);
  // Under localhost, the link and its returnTo stay on localhost.
  const local = await fromPage('POST', '/api/links', {}, { host: `localhost:${port}`, origin: `http://localhost:${port}` });
  assert.match(JSON.parse(local.text).url, new RegExp(`^http://localhost:${port}/connect#token=`));
});

test('making a link is an API call like the others (JSON, same origin), for a known provider and 1 s to a day', async () => {
  assert.equal((await call('POST', '/api/links', { headers: { 'content-type': 'text/plain' }, body: '{}' })).status, 415);
  assert.equal((await fromPage('POST', '/api/links', {}, { origin: 'http://evil.example' })).status, 403);
  assert.equal((await fromPage('POST', '/api/links', { providerKey: 'nope' })).status, 404);
  for (const expiresIn of [0, -1, 1.5, 86_401, '60'])
    assert.equal((await fromPage('POST', '/api/links', { expiresIn })).status, 400, String(expiresIn));
  assert.equal((await fromPage('POST', '/api/links', { expiresIn: 86_400 })).status, 200);
  assert.equal((await fromPage('POST', '/api/links', { accountId: 'a-gone' })).status, 404);
});

test('GET /connect is the hosted link page, under the strict CSP, with no inline script or style', async () => {
  const response = await call('GET', '/connect');
  assert.equal(response.status, 200);
  assert.match(response.headers['content-type'], /^text\/html/);
  assert.match(response.headers['content-security-policy'], /script-src 'self'; style-src 'self'/);
  const html = response.text;
  assert.match(html, /<meta name="viewport"/);
  assert.match(html, /<link-hub inline catalog="\/catalog.json" submit-url="\/api\/link\/submit" app-name="Acme People"><\/link-hub>/);
  assert.match(html, /<script type="module" src="\/dist\/link-page.js"><\/script>/);
  assert.deepEqual(
    html.match(/<script\b[^>]*>/g)?.filter((tag) => !/\ssrc=/.test(tag)),
    [],
  );
  assert.doesNotMatch(html, /<style|\sstyle=/);
  assert.match(html, /Acme People/);
});

test('a link links one account: the bearer token submits, the account is listed, and the same link again is a 410', async () => {
  const { token } = await mintLink({ providerKey: 'flatchr' });
  const linked = await submitWith(token, flatchr);
  assert.equal(linked.status, 200, linked.text);
  const { accountId, label } = JSON.parse(linked.text);
  assert.equal(label, 'Flatchr · c-1');
  assert.deepEqual(
    (await listed()).map((a) => [a.accountId, a.providerKey]),
    [[accountId, 'flatchr']],
  );
  const again = await submitWith(token, flatchr);
  assert.equal(again.status, 410, again.text);
  assert.equal(messageOf(again), 'This link was already used.');
  assert.equal(await demo.accounts.count(), 1);
});

test('a link for one provider cannot link another (403), and stays usable for its own', async () => {
  const { token } = await mintLink({ providerKey: 'flatchr' });
  const other = await submitWith(token, { providerKey: 'smartrecruiters', values: { apiKey: 'k' } });
  assert.equal(other.status, 403, other.text);
  assert.match(messageOf(other), /SmartRecruiters/);
  assert.equal(await demo.accounts.count(), 0);
  // A link for any provider takes any.
  assert.equal((await submitWith((await mintLink()).token, { providerKey: 'smartrecruiters', values: { apiKey: 'k' } })).status, 200);
  assert.equal((await submitWith(token, flatchr)).status, 200);
});

test('a forged, tampered or missing token is a 401 and stores nothing', async () => {
  const forged = await createLinkToken({ sub: 'demo-customer' }, 'not-the-demo-secret-but-32-bytes-long!!');
  const genuine = (await mintLink({ providerKey: 'flatchr' })).token;
  const [header, , signature] = genuine.split('.');
  const widened = Buffer.from(JSON.stringify({ sub: 'demo-customer', jti: 'j', iat: 1, exp: 9_999_999_999 })).toString('base64url');
  for (const token of [forged, `${header}.${widened}.${signature}`, 'not-a-jwt', undefined]) {
    const response = await submitWith(token, flatchr);
    assert.equal(response.status, 401, `${token}: ${response.text}`);
    assert.match(messageOf(response), /not valid/);
  }
  const basic = await fromPage('POST', '/api/link/submit', flatchr, { authorization: `Basic ${genuine}` });
  assert.equal(basic.status, 401);
  assert.equal(await demo.accounts.count(), 0);
  assert.equal(await demo.usedLinks.count(), 0);
});

test('an expired link is a 410 that says so', async () => {
  const { token } = await mintLink({ providerKey: 'flatchr', expiresIn: 1 });
  clockAhead = 60_000;
  const response = await submitWith(token, flatchr);
  assert.equal(response.status, 410, response.text);
  assert.match(messageOf(response), /expired/);
  assert.equal(await demo.accounts.count(), 0);
});

test("the submission itself is checked like the hub's (400 with the plain message), and the link stays usable", async () => {
  const { token } = await mintLink({ providerKey: 'flatchr' });
  const missing = await submitWith(token, { providerKey: 'flatchr', values: { apiKey: 'k' } });
  assert.equal(missing.status, 400, missing.text);
  assert.ok(JSON.parse(missing.text).problems.companyId);
  const refused = await submitWith(token, { ...flatchr, values: { ...flatchr.values, apiKey: 'bad' } });
  // 422, not 401: on this endpoint 401 and 410 speak of the link itself.
  assert.equal(refused.status, 422, refused.text);
  assert.match(messageOf(refused), /rejected this API Key/);
  assert.equal((await submitWith(token, flatchr)).status, 200);
  assert.equal(await demo.accounts.count(), 1);
});

test('a submission to the link route is an API call like the others: JSON from the page only', async () => {
  const { token } = await mintLink();
  const asForm = await call('POST', '/api/link/submit', {
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'providerKey=flatchr',
  });
  assert.equal(asForm.status, 415);
  assert.equal((await submitWith(token, flatchr)).status, 200);
  assert.equal(
    (
      await fromPage('POST', '/api/link/submit', flatchr, {
        authorization: `Bearer ${(await mintLink()).token}`,
        origin: 'http://evil.example',
      })
    ).status,
    403,
  );
  assert.equal(await demo.accounts.count(), 1);
});

test('a re-link link updates its own account only: the page cannot name another', async () => {
  await seed({
    accountId: 'a-flat',
    providerKey: 'flatchr',
    label: 'Flatchr · c-0',
    values: { companyId: 'c-0', subdomain: 'old' },
  });
  await seed({
    accountId: 'a-other',
    providerKey: 'flatchr',
    label: 'Flatchr · c-9',
    values: { companyId: 'c-9', subdomain: 'other' },
  });
  const { token } = await mintLink({ accountId: 'a-flat' });
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  assert.deepEqual([payload.accountId, payload.providers], ['a-flat', ['flatchr']]);
  const elsewhere = await submitWith(token, { ...flatchr, accountId: 'a-other' });
  assert.equal(elsewhere.status, 403, elsewhere.text);
  // The secret may be left out on a re-link (kept from the saved account).
  const relinked = await submitWith(token, {
    providerKey: 'flatchr',
    values: { companyId: 'c-1', subdomain: 'acme' },
    accountId: 'a-flat',
  });
  assert.equal(relinked.status, 200, relinked.text);
  assert.deepEqual(JSON.parse(relinked.text), { accountId: 'a-flat', label: 'Flatchr · c-1' });
  assert.deepEqual((await demo.accounts.get('a-other')).values, { companyId: 'c-9', subdomain: 'other' });
  // The account went after the link was made: nothing to re-link.
  const { token: late } = await mintLink({ accountId: 'a-other' });
  await demo.accounts.delete('a-other');
  assert.equal((await submitWith(late, flatchr)).status, 404);
});

test('a link to an OAuth provider starts a sign-in, and the callback that saves the account uses up the link', async () => {
  const { token } = await mintLink({ providerKey: 'northwind-hr' });
  const northwind = { providerKey: 'northwind-hr', values: { workspace: 'acme' } };
  assert.equal((await submitWith(token, northwind)).status, 400, "a sign-in needs the hub's state");
  const started = await submitWith(token, { ...northwind, state: state(1) });
  assert.equal(started.status, 200, started.text);
  assert.match(JSON.parse(started.text).redirectUrl, new RegExp(`^${self}/fake-idp/authorize\\?`));
  // Two sign-ins from one link: the first to finish links, the second is refused.
  assert.equal((await submitWith(token, { ...northwind, state: state(2) })).status, 200);
  assert.equal(await demo.usedLinks.count(), 0, 'starting a sign-in does not use the link up');
  const finish = async (n) => {
    const form = new URLSearchParams({
      client_id: 'acme-people',
      redirect_uri: `${self}/oauth/callback`,
      state: state(n),
      workspace: 'acme',
      decision: 'allow',
    });
    const decided = await call('POST', '/fake-idp/decide', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    const back = new URL(decided.headers.location);
    return (await call('GET', `${back.pathname}${back.search}`)).text;
  };
  assert.match(await finish(1), /"ok":true/);
  assert.equal(await demo.accounts.count(), 1);
  assert.equal(await demo.usedLinks.count(), 1);
  assert.match(await finish(2), /This link was already used/);
  assert.equal(await demo.accounts.count(), 1);
  assert.equal((await submitWith(token, { ...northwind, state: state(3) })).status, 410);
});

test('used links are forgotten only once their token has expired (with the clock skew)', async () => {
  const { token } = await mintLink({ providerKey: 'flatchr', expiresIn: 60 });
  assert.equal((await submitWith(token, flatchr)).status, 200);
  clockAhead = 60_000 + 10_000;
  assert.equal((await submitWith(token, flatchr)).status, 410, 'still within the skew: refused as used');
  assert.equal(await demo.usedLinks.count(), 1);
  clockAhead = 60_000 + 40_000;
  const expired = await submitWith(token, flatchr);
  assert.equal(expired.status, 410, 'then refused as expired');
  assert.match(messageOf(expired), /expired/);
  await submitWith((await mintLink()).token, { providerKey: 'nope', values: {} });
  assert.equal(await demo.usedLinks.count(), 0);
});

test('"Simulate a revoked key" marks an account expired with a message; a re-link clears it', async () => {
  const created = JSON.parse((await fromPage('POST', '/api/connections', flatchr)).text);
  const revoked = await fromPage('POST', `/api/connections/${created.accountId}/revoke`, {});
  assert.equal(revoked.status, 200, revoked.text);
  const [account] = await listed();
  assert.equal(account.status, 'expired');
  assert.equal(account.message, 'Acme People could not reach Flatchr with this key: it was revoked. Reconnect to paste a new one.');
  assert.equal((await fromPage('POST', '/api/connections/a-gone/revoke', {})).status, 404);
  assert.equal(
    (
      await call('POST', `/api/connections/${created.accountId}/revoke`, {
        headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
        body: '{}',
      })
    ).status,
    403,
  );

  const relinked = await fromPage('POST', '/api/connections', {
    providerKey: 'flatchr',
    accountId: created.accountId,
    values: { companyId: 'c-1', subdomain: 'acme' },
  });
  assert.equal(relinked.status, 200, relinked.text);
  const [again] = await listed();
  assert.equal(again.status, undefined);
  assert.equal(again.message, undefined);

  // And through a re-link link, from the hosted page.
  await fromPage('POST', `/api/connections/${created.accountId}/revoke`, {});
  const { token } = await mintLink({ accountId: created.accountId });
  assert.equal((await submitWith(token, { ...flatchr, accountId: created.accountId })).status, 200);
  const [fixed] = await listed();
  assert.deepEqual([fixed.accountId, fixed.status, fixed.message], [created.accountId, undefined, undefined]);
});
