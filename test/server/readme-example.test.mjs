// The README's backend for the hosted link page, as it runs: its snippets are quoted from this
// file (test/server/readme-snippets.test.mjs keeps them the same). A host that makes links,
// serves the page's endpoint with createLinkHandler on Node's http (through link-hub/node's
// adapter) and on an Express-style route, and is then used as the page would. Needs dist/ built.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

process.env.LINK_SECRET ??= 'a-test-secret-of-at-least-32-bytes!!';

import { createServer } from 'node:http';
import { createLinkToken, createLinkHandler, LinkRefusal } from 'link-hub/server';
import { toRequest, sendResponse } from 'link-hub/node';
import catalog from 'link-hub/catalog.json' with { type: 'json' }; // the guides the page offers (or your own compiled catalog)

const SECRET = process.env.LINK_SECRET; // at least 32 random bytes (openssl rand -base64 32); keep it for link tokens only
const ORIGIN = 'https://app.example'; // this server's own origin

// Stand-ins for your database, so this runs as it is: used link ids, and accounts.
const usedLinks = new Map();
const accounts = {
  rows: new Map(),
  find: async (id) => accounts.rows.get(id),
  save: async (row) => {
    const id = row.id ?? `acc-${accounts.rows.size + 1}`;
    const label = `${row.providerKey} · ${Object.values(row.values)[0]}`;
    accounts.rows.set(id, { ...row, id, label });
    return { id, label };
  },
};

// Hand out a link (from your API, or an AI agent's tool) for your signed-in customer:
async function linkFor(customer, providers) {
  const claims = { sub: customer.id, owner: customer.name, providers, returnTo: 'https://app.example/settings' };
  const token = await createLinkToken(claims, SECRET);
  return `https://app.example/connect#token=${token}`; // the fragment never reaches a server or a Referer
}

// GET and POST /connect/submit: the whole endpoint of the page.
const handleLink = createLinkHandler({
  secret: SECRET,
  catalog, // the catalog the page shows
  // Durable and shared by all your servers: a table with a unique key on jti (a Map here, for the test).
  used: {
    has: (jti) => usedLinks.has(jti),
    add: (jti, exp) => !usedLinks.has(jti) && Boolean(usedLinks.set(jti, exp)),
    delete: (jti) => usedLinks.delete(jti),
  },
  // Called once the token, single use, the provider and the values have passed: save the account.
  async link({ claims, provider, values, accountId, keep }) {
    // A re-link's accountId is the token's, never the page's: still check it is this customer's.
    const previous = accountId === undefined ? undefined : await accounts.find(accountId);
    if (accountId !== undefined && (previous?.customerId !== claims.sub || previous.providerKey !== provider.key))
      throw new LinkRefusal(404, 'This account is no longer linked.');
    const kept = Object.fromEntries(keep.map((key) => [key, previous.values[key]]));
    const account = await accounts.save({
      id: previous?.id,
      customerId: claims.sub,
      providerKey: provider.key,
      values: { ...kept, ...values },
    });
    return { accountId: account.id, label: account.label };
  },
});

// Node's http, through link-hub/node's two functions:
const server = createServer(async (req, res) => {
  if (new URL(req.url, ORIGIN).pathname === '/connect/submit') return sendResponse(await handleLink(toRequest(req, ORIGIN)), res);
  res.writeHead(404).end(); // ... your other routes
});

/** An Express-style app on Node's http: `app.all(path, handler)` with Node's own req and res, as Express gives them. */
const routes = new Map();
const app = { all: (path, handler) => routes.set(path, handler) };
const express = createServer((req, res) => routes.get(new URL(req.url, ORIGIN).pathname)?.(req, res) ?? res.writeHead(404).end());

// Express: the same, on the route, before any body parser (express.json()) has read the body.
app.all('/connect/submit', async (req, res) => sendResponse(await handleLink(toRequest(req, ORIGIN)), res));

let base;
let expressBase;
before(async () => {
  await Promise.all([server, express].map((s) => new Promise((resolve) => s.listen(0, '127.0.0.1', resolve))));
  base = `http://127.0.0.1:${server.address().port}`;
  expressBase = `http://127.0.0.1:${express.address().port}`;
});
after(() => Promise.all([server, express].map((s) => new Promise((resolve) => s.close(resolve)))));

const customer = { id: 'customer-1', name: 'Globex Recruiting' };
const tokenOf = (url) => new URL(url).hash.slice('#token='.length);
const flatchr = { providerKey: 'flatchr', values: { apiKey: 'k-1', companyId: 'c-1', subdomain: 'acme' } };
/** What the page does: GET when it opens, POST on Connect, with the token as the bearer. */
const ask = (from, token, body) =>
  fetch(`${from}/connect/submit`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, ...(body && { 'content-type': 'application/json' }) },
    ...(body && { body: JSON.stringify(body) }),
  });

for (const [name, from] of [
  ['Node http', () => base],
  ['an Express route', () => expressBase],
]) {
  test(`on ${name}: a link opens (with its owner), links once, and is then used`, async () => {
    const token = tokenOf(await linkFor(customer, ['flatchr']));
    const opened = await ask(from(), token);
    assert.equal(opened.status, 200);
    assert.equal((await opened.json()).owner, 'Globex Recruiting');
    const linked = await ask(from(), token, flatchr);
    assert.equal(linked.status, 200);
    const { accountId, label } = await linked.json();
    assert.equal(label, 'flatchr · k-1');
    assert.equal(accounts.rows.get(accountId).customerId, 'customer-1');
    assert.equal((await ask(from(), token, flatchr)).status, 410);
    assert.equal((await ask(from(), token)).status, 410);
  });
}

test('refusals come through the adapter with their status: 415, 413, 403, and a re-link of another customer’s account is 404', async () => {
  const token = tokenOf(await linkFor(customer, ['flatchr']));
  const form = await fetch(`${base}/connect/submit`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'providerKey=flatchr',
  });
  assert.equal(form.status, 415);
  assert.equal((await ask(base, token, { ...flatchr, pad: 'x'.repeat(200_000) })).status, 413);
  assert.equal((await ask(base, token, { providerKey: 'smartrecruiters', values: { apiKey: 'k' } })).status, 403);
  accounts.rows.set('acc-other', { id: 'acc-other', customerId: 'customer-2', providerKey: 'flatchr', values: { apiKey: 'x' } });
  const relink = await createLinkToken({ sub: 'customer-1', providers: ['flatchr'], accountId: 'acc-other' }, SECRET);
  const refused = await ask(base, relink, flatchr);
  assert.equal(refused.status, 404);
  assert.equal((await refused.json()).message, 'This account is no longer linked.');
  assert.equal(usedLinks.has(JSON.parse(Buffer.from(relink.split('.')[1], 'base64url')).jti), false, 'a refused link stays usable');
  assert.equal((await ask(base, token, flatchr)).status, 200, 'the first link is still usable after its refusals');
});

test('a body streamed past the limit (no Content-Length) gets its 413 through the adapter, and the server keeps answering', async () => {
  const token = tokenOf(await linkFor(customer, ['flatchr']));
  const chunks = (async function* () {
    for (let i = 0; i < 100; i += 1) yield new TextEncoder().encode('x'.repeat(10_000));
  })();
  const response = await fetch(`${base}/connect/submit`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: ReadableStream.from(chunks),
    duplex: 'half',
  }).catch((error) => error);
  // The server answers 413 and closes the connection; a client still sending may see the close first.
  if (response instanceof Response) assert.equal(response.status, 413);
  assert.equal((await ask(base, token, flatchr)).status, 200);
});
