// The demo backend's data at rest, in Node: accounts, secrets and used links survive a restart;
// no secret is ever written in clear (the data folder's files are searched for it); keys rotate
// (an old key still decrypts, rotate-key re-encrypts); Northwind HR's access tokens are refreshed
// before they expire, and a grant revoked at the provider turns the account expired. Needs dist/.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { rotateKey, startDemoServer } from '../../demo/server.mjs';
import { keyring, loadSecrets, newKey, seal, unseal } from '../../demo/server/secrets.mjs';
import { openDatabase } from '../../demo/server/db.mjs';
import { accountStore } from '../../demo/server/accounts.mjs';
import { demoDataDir, dbTemplate } from './demo-data.mjs';

const folders = [];
after(() => folders.forEach((f) => f.remove()));
function folder() {
  const data = demoDataDir();
  folders.push(data);
  return data.dir;
}
const start = (dataDir, options = {}) => startDemoServer({ port: 0, quiet: true, dataDir, dbTemplate, ...options });

/** A call as the demo's own page makes it (JSON, same origin). */
async function api(demo, method, url, body, headers = {}) {
  const response = await fetch(demo.origin + url, {
    method,
    headers: { origin: demo.origin, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: response.status === 204 ? undefined : await response.json() };
}

/** Signs in to Northwind HR as the hub and the consent page would, and answers the callback page's text. */
async function signIn(demo, workspace, accountId) {
  const state = `state-${Math.random().toString(36).slice(2).padEnd(16, '0')}`;
  const started = await api(demo, 'POST', '/api/oauth/start', { providerKey: 'northwind-hr', values: { workspace }, state, accountId });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  const consent = new URL(started.body.redirectUrl).searchParams;
  const decided = await fetch(`${demo.origin}/fake-idp/decide`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...Object.fromEntries(consent), decision: 'allow' }),
  });
  return (await fetch(decided.headers.get('location'))).text();
}

/** Every file under `dir`, as bytes. */
const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => statSync(f).isFile());
const holding = (dir, text) => filesUnder(dir).filter((f) => readFileSync(f).includes(Buffer.from(text)));

const SECRET = `sk_live_${newKey()}`;
const flatchr = (apiKey, extra = {}) => ({
  providerKey: 'flatchr',
  values: { companyId: 'c-1', subdomain: 'acme', ...(apiKey ? { apiKey } : {}) },
  ...extra,
});

test('a restart keeps every account, its secret (a re-link that leaves it empty keeps it) and every used link; nothing secret in clear', async () => {
  const dir = folder();
  let demo = await start(dir);
  const linked = await api(demo, 'POST', '/api/connections', flatchr(SECRET));
  assert.equal(linked.status, 201);
  const { accountId } = linked.body;
  assert.match(await signIn(demo, 'acme'), /"ok":true/);
  const link = await api(demo, 'POST', '/api/links', { providerKey: 'smartrecruiters' });
  const token = link.body.url.split('#token=')[1];
  const bearer = { authorization: `Bearer ${token}` };
  assert.equal(
    (await api(demo, 'POST', '/api/link/submit', { providerKey: 'smartrecruiters', values: { apiKey: 'sr-key' } }, bearer)).status,
    200,
  );
  const before = await api(demo, 'GET', '/api/connections');
  const oauthAccount = before.body.find((a) => a.providerKey === 'northwind-hr');
  const tokens = await demo.accounts.secretsOf(oauthAccount.accountId);
  assert.match(tokens.accessToken, /^nw_at_/);
  assert.match(tokens.refreshToken, /^nw_rt_/);
  await demo.close();

  demo = await start(dir);
  try {
    const afterRestart = await api(demo, 'GET', '/api/connections');
    assert.deepEqual(afterRestart.body, before.body);
    assert.deepEqual(await demo.accounts.secretsOf(accountId), { apiKey: SECRET });
    // A used link is still used, and the link page's GET says so before anything is typed.
    assert.equal((await api(demo, 'GET', '/api/link/submit', undefined, bearer)).status, 410);
    assert.equal(
      (await api(demo, 'POST', '/api/link/submit', { providerKey: 'smartrecruiters', values: { apiKey: 'x' } }, bearer)).status,
      410,
    );
    // A re-link that leaves the key empty keeps the saved one (check.keep), and only that account's.
    const relinked = await api(demo, 'POST', '/api/connections', flatchr(undefined, { accountId }));
    assert.equal(relinked.status, 200, JSON.stringify(relinked.body));
    assert.deepEqual(await demo.accounts.secretsOf(accountId), { apiKey: SECRET });
    await api(demo, 'POST', '/api/connections', flatchr('sk_new_one', { accountId }));
    assert.deepEqual(await demo.accounts.secretsOf(accountId), { apiKey: 'sk_new_one' });
    await api(demo, 'POST', '/api/connections', flatchr(SECRET, { accountId }));
  } finally {
    await demo.close();
  }
  // Searched with the server stopped, so everything it wrote is on disk.
  for (const secret of [SECRET, tokens.accessToken, tokens.refreshToken, 'sr-key']) assert.deepEqual(holding(dir, secret), [], secret);
  assert.ok(holding(dir, 'c-1').length > 0, 'the non-secret values are there, so the search reads the database');
  assert.equal(statSync(path.join(dir, 'secrets.json')).mode & 0o777, 0o600);
});

test('keys: an old key still decrypts, a ciphertext opens only for its account, and rotate-key re-encrypts under a new key', async () => {
  const [k1, k2] = [newKey(), newKey()];
  const sealed = await seal(keyring([k1]), 'acc-1', { apiKey: SECRET });
  assert.doesNotMatch(sealed.ciphertext, new RegExp(SECRET));
  assert.deepEqual(await unseal(keyring([k2, k1]), 'acc-1', sealed.ciphertext), { apiKey: SECRET });
  await assert.rejects(unseal(keyring([k2]), 'acc-1', sealed.ciphertext), /no key with id/);
  await assert.rejects(unseal(keyring([k1]), 'acc-2', sealed.ciphertext), /another account/);
  assert.throws(() => keyring(['c2hvcnQ']), /32 bytes/);
  // From the environment: the current key first, then the old ones.
  const fromEnv = await loadSecrets(folder(), { env: { LINKHUB_DEMO_KEY: k2, LINKHUB_DEMO_OLD_KEYS: k1 } });
  assert.deepEqual([...fromEnv.keys.byId.keys()], [keyring([k2]).current.id, keyring([k1]).current.id]);

  const dir = folder();
  let demo = await start(dir);
  const { accountId } = (await api(demo, 'POST', '/api/connections', flatchr(SECRET))).body;
  const oldKey = demo.keys.current.id;
  await demo.close();
  const rotated = await rotateKey(dir);
  assert.notEqual(rotated.keyId, oldKey);
  assert.deepEqual([rotated.reencrypted, rotated.retired], [1, 1]);
  assert.equal(JSON.parse(readFileSync(path.join(dir, 'secrets.json'), 'utf8')).keys.length, 1);
  demo = await start(dir);
  try {
    assert.equal(demo.keys.current.id, rotated.keyId);
    assert.deepEqual(await demo.accounts.secretsOf(accountId), { apiKey: SECRET });
    const { rows } = await demo.db.query('SELECT key_id FROM linked_accounts');
    assert.deepEqual(rows, [{ key_id: rotated.keyId }]);
  } finally {
    await demo.close();
  }
  // Moving to a key of your own: the generated one still decrypts, and rotate-key re-encrypts and retires it.
  const own = newKey();
  const env = { LINKHUB_DEMO_KEY: own };
  assert.ok((await loadSecrets(dir, { env })).keys.byId.has(rotated.keyId));
  const moved = await rotateKey(dir, env);
  assert.deepEqual(moved, { keyId: keyring([own]).current.id, reencrypted: 1, retired: 1 });
  assert.equal(JSON.parse(readFileSync(path.join(dir, 'secrets.json'), 'utf8')).keys, undefined);
  const ownOnly = await loadSecrets(dir, { env });
  assert.deepEqual([...ownOnly.keys.byId.keys()], [moved.keyId]);
  const db = await openDatabase(dir);
  try {
    assert.deepEqual(await accountStore(db, ownOnly.keys).secretsOf(accountId), { apiKey: SECRET });
  } finally {
    await db.close();
  }
});

test('Northwind HR: tokens are refreshed before they expire; a grant revoked at the provider turns the account expired, and a re-link fixes it', async () => {
  const demo = await start(folder(), { tokenLifetime: 60, refreshAhead: 120_000, refreshEvery: 3_600_000 });
  try {
    assert.match(await signIn(demo, 'acme'), /"ok":true/);
    const [account] = await demo.accounts.list('demo-customer');
    const first = await demo.accounts.secretsOf(account.accountId);
    const expiry = (await demo.accounts.get(account.accountId)).tokenExpiresAt;
    await demo.oauth.refreshDue();
    const second = await demo.accounts.secretsOf(account.accountId);
    assert.notEqual(second.accessToken, first.accessToken);
    assert.equal(second.refreshToken, first.refreshToken);
    assert.ok((await demo.accounts.get(account.accountId)).tokenExpiresAt >= expiry);
    assert.equal((await demo.accounts.get(account.accountId)).status, undefined);

    const revoked = await api(demo, 'POST', `/api/connections/${account.accountId}/revoke-at-provider`, {});
    assert.deepEqual(revoked, { status: 200, body: { status: 'expired' } });
    const [expired] = (await api(demo, 'GET', '/api/connections')).body;
    assert.equal(expired.status, 'expired');
    assert.match(expired.message, /Northwind HR stopped accepting Acme People's access to acme: it was revoked there\. Reconnect/);
    await demo.oauth.refreshDue(); // an expired account is not refreshed again
    assert.equal((await demo.accounts.get(account.accountId)).status, 'expired');
    assert.equal(
      (await api(demo, 'POST', `/api/connections/${account.accountId}/revoke-at-provider`, { x: 1 }, { origin: 'http://evil.example' }))
        .status,
      403,
    );

    assert.match(await signIn(demo, 'acme', account.accountId), /"ok":true/);
    const [fixed] = (await api(demo, 'GET', '/api/connections')).body;
    assert.deepEqual([fixed.accountId, fixed.status, fixed.message], [account.accountId, undefined, undefined]);
    // Disconnect gives the tokens back to the provider (RFC 7009).
    const { refreshToken } = await demo.accounts.secretsOf(account.accountId);
    assert.equal((await api(demo, 'DELETE', `/api/connections/${account.accountId}`)).status, 200);
    const answer = await fetch(`${demo.origin}/fake-idp/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: 'acme-people',
        client_secret: 'demo-client-secret',
      }),
    });
    assert.equal(answer.status, 400);
  } finally {
    await demo.close();
  }
});
