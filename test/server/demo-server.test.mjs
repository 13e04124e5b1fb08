// The demo host's backend, in Node (no browser): what it refuses, since hosts copy it.
// JSON only, from its own pages, under its own host names; a re-link touches only an
// account of the same provider; unfinished sign-ins do not pile up. Needs dist/ built.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startDemoServer } from '../../demo/server.mjs';

const MAX_SIGN_INS = 3;
let demo;
let port;
let self;

before(async () => {
  demo = await startDemoServer({ port: 0, quiet: true, maxSignIns: MAX_SIGN_INS });
  port = demo.server.address().port;
  self = `http://127.0.0.1:${port}`;
});
after(() => demo.close());
beforeEach(() => {
  demo.accounts.clear();
  demo.signIns?.clear();
});

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
    headers: { origin: self, 'sec-fetch-site': 'same-origin', ...(value === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: value === undefined ? undefined : JSON.stringify(value),
  });

const flatchr = { providerKey: 'flatchr', values: { apiKey: 'k', companyId: 'c-1', subdomain: 'acme' } };
const state = (n) => `state-${String(n).padStart(12, '0')}`;
const signIn = (n) => fromPage('POST', '/api/oauth/start', { providerKey: 'northwind-hr', values: { workspace: 'acme' }, state: state(n) });

test('the pages\' own calls pass: JSON from the same origin, under 127.0.0.1 and localhost', async () => {
  const created = await fromPage('POST', '/api/connections', flatchr);
  assert.equal(created.status, 201, created.text);
  const { accountId } = JSON.parse(created.text);
  const listed = await call('GET', '/api/connections', { headers: { host: `localhost:${port}`, 'sec-fetch-site': 'same-origin' } });
  assert.equal(listed.status, 200);
  assert.deepEqual(JSON.parse(listed.text).map((a) => a.accountId), [accountId]);
  const fromLocalhost = await fromPage('POST', '/api/connections', flatchr, { host: `localhost:${port}`, origin: `http://localhost:${port}` });
  assert.equal(fromLocalhost.status, 201, fromLocalhost.text);
  // demo/connections.js sends a DELETE with no body, so no content type: there is nothing to parse.
  const removed = await fromPage('DELETE', `/api/connections/${accountId}`);
  assert.equal(removed.status, 200, removed.text);
  assert.equal(demo.accounts.size, 1);
});

test('an API call whose body is not JSON is a 415: a cross-site form can post text/plain or a form', async () => {
  const asText = await call('POST', '/api/connections', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify(flatchr) });
  assert.equal(asText.status, 415, asText.text);
  assert.match(JSON.parse(asText.text).message, /application\/json/);
  const asForm = await call('POST', '/api/oauth/start', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'providerKey=northwind-hr' });
  assert.equal(asForm.status, 415);
  const untyped = await call('POST', '/api/connections', { body: JSON.stringify(flatchr) });
  assert.equal(untyped.status, 415);
  demo.accounts.set('a-1', { accountId: 'a-1', providerKey: 'flatchr', label: 'x', values: {} });
  const textDelete = await call('DELETE', '/api/connections/a-1', { headers: { 'content-type': 'text/plain' }, body: 'x' });
  assert.equal(textDelete.status, 415);
  assert.deepEqual([...demo.accounts.keys()], ['a-1']);
  assert.equal(demo.signIns.size, 0);
});

test('an API call from another origin or site is a 403, and changes nothing', async () => {
  demo.accounts.set('a-1', { accountId: 'a-1', providerKey: 'flatchr', label: 'x', values: {} });
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
  assert.deepEqual([...demo.accounts.keys()], ['a-1']);
});

test('every request must name the server itself in Host (DNS rebinding): 421 otherwise', async () => {
  for (const [method, path] of [['GET', '/'], ['GET', '/api/connections'], ['GET', '/catalog.json'], ['POST', '/fake-idp/token'], ['GET', '/oauth/callback']]) {
    const response = await call(method, path, { headers: { host: `evil.example:${port}` } });
    assert.equal(response.status, 421, `${method} ${path}`);
  }
  const rebound = await fromPage('POST', '/api/connections', flatchr, { host: `evil.example:${port}`, origin: `http://evil.example:${port}` });
  assert.equal(rebound.status, 421);
  assert.equal((await call('GET', '/', { headers: { host: `localhost:${port}` } })).status, 200);
  assert.equal(demo.accounts.size, 0);
});

test('the fake provider\'s own form post keeps its form content type', async () => {
  const form = new URLSearchParams({ client_id: 'acme-people', redirect_uri: `${self}/oauth/callback`, state: state(1), workspace: 'acme', decision: 'allow' });
  const response = await call('POST', '/fake-idp/decide', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  assert.equal(response.status, 302, response.text);
  assert.match(response.headers.location, new RegExp(`^${self}/oauth/callback\\?state=${state(1)}&code=`));
});

test('a re-link names an account of the same provider: unknown is 404, another provider\'s is 403, empty is 400', async () => {
  demo.accounts.set('a-smart', { accountId: 'a-smart', providerKey: 'smartrecruiters', label: 'SmartRecruiters account', values: {} });
  demo.accounts.set('a-flat', { accountId: 'a-flat', providerKey: 'flatchr', label: 'Flatchr · c-0', values: { companyId: 'c-0', subdomain: 'old' } });
  const relink = (accountId, values = { companyId: 'c-1', subdomain: 'acme' }) => fromPage('POST', '/api/connections', { providerKey: 'flatchr', accountId, values });

  const other = await relink('a-smart');
  assert.equal(other.status, 403, other.text);
  assert.equal(demo.accounts.get('a-smart').providerKey, 'smartrecruiters');
  assert.equal((await relink('a-gone')).status, 404);
  assert.equal((await relink('')).status, 400);

  const same = await relink('a-flat');
  assert.equal(same.status, 200, same.text);
  assert.deepEqual(JSON.parse(same.text), { accountId: 'a-flat', label: 'Flatchr · c-1' });
  assert.deepEqual(demo.accounts.get('a-flat').values, { companyId: 'c-1', subdomain: 'acme' });
  assert.equal(demo.accounts.size, 2);

  const oauthOther = await fromPage('POST', '/api/oauth/start', { providerKey: 'northwind-hr', accountId: 'a-flat', values: { workspace: 'acme' }, state: state(1) });
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
