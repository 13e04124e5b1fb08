/** link-hub/server in plain Node (no DOM): the host backend's re-validation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateSubmission, parseCatalog } from '../../src/server.js';

const catalog = parseCatalog({
  providers: [
    {
      key: 'acme',
      name: 'Acme',
      authType: 'api_key',
      warnings: [],
      sections: [],
      fields: [
        { key: 'apiKey', label: 'API Key', secret: true },
        { key: 'subdomain', label: 'Subdomain', pattern: '^[a-z]+$' },
      ],
    },
    {
      key: 'clockwork',
      name: 'Clockwork',
      authType: 'api_key',
      warnings: [],
      sections: [],
      fields: [
        { key: 'firmName', label: 'Firm Name' },
        { key: 'apiKey', label: 'API Key', secret: true },
        { key: 'apiSecret', label: 'API Secret', type: 'secret' },
      ],
    },
    { key: 'northwind', name: 'Northwind', authType: 'oauth2', warnings: [], sections: [], fields: [{ key: 'workspace', label: 'Workspace' }] },
  ],
});

test('importing it touches no DOM global', () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
});

test('a valid submission passes with trimmed values', () => {
  const check = validateSubmission(catalog, { providerKey: 'acme', values: { apiKey: ' k ', subdomain: 'acme' } });
  assert.equal(check.ok, true);
  assert.deepEqual(check.ok && check.values, { apiKey: 'k', subdomain: 'acme' });
});

test('problems come back with the widget\'s English messages', () => {
  const check = validateSubmission(catalog, { providerKey: 'acme', values: { subdomain: 'NO' } });
  assert.equal(check.ok, false);
  assert.deepEqual(!check.ok && check.problems, { apiKey: 'Enter your API Key.', subdomain: 'Check the format of Subdomain.' });
  assert.equal(!check.ok && check.status, 400);
});

test('an unknown provider is a 404, a malformed body a 400', () => {
  const unknown = validateSubmission(catalog, { providerKey: 'nope', values: {} });
  assert.equal(!unknown.ok && unknown.status, 404);
  const malformed = validateSubmission(catalog, 'not an object');
  assert.equal(!malformed.ok && malformed.status, 400);
});

test('parseCatalog names the offending path', () => {
  assert.throws(() => parseCatalog({ providers: [{ key: 'x' }] }), /providers\[0\]\.name: expected string, but it is missing/);
  assert.throws(() => parseCatalog('{"providers": 3}'), /providers: expected array/);
});

test('a re-link (accountId set) may leave a secret out, meaning "keep the saved one"; other rules still apply', () => {
  const relink = validateSubmission(catalog, { providerKey: 'acme', accountId: 'acc-1', values: { subdomain: 'acme' } });
  assert.deepEqual(relink.ok && relink.values, { subdomain: 'acme' });
  const missing = validateSubmission(catalog, { providerKey: 'acme', accountId: 'acc-1', values: {} });
  assert.deepEqual(!missing.ok && missing.problems, { subdomain: 'Enter your Subdomain.' });
  const fresh = validateSubmission(catalog, { providerKey: 'acme', values: { subdomain: 'acme' } });
  assert.deepEqual(!fresh.ok && fresh.problems, { apiKey: 'Enter your API Key.' });
  const odd = validateSubmission(catalog, { providerKey: 'acme', accountId: 42, values: { subdomain: 'acme' } });
  assert.equal(!odd.ok && odd.status, 400);
});

test('a re-link needs a non-empty accountId: an empty one is a 400, not a waiver of every secret', () => {
  for (const accountId of ['', '   ']) {
    const check = validateSubmission(catalog, { providerKey: 'clockwork', accountId, values: { firmName: 'Acme' } });
    assert.equal(check.ok, false, JSON.stringify(accountId));
    assert.equal(!check.ok && check.status, 400);
    assert.match(!check.ok ? (check.detail ?? '') : '', /accountId must be a non-empty string/);
    assert.equal(!check.ok && check.message, 'Something went wrong. Try again.');
  }
});

test('a passing check lists the secrets a re-link left out (keep), and [] for a fresh link', () => {
  const relink = validateSubmission(catalog, { providerKey: 'clockwork', accountId: 'acc-1', values: { firmName: 'Acme', apiSecret: 's2' } });
  assert.ok(relink.ok);
  assert.deepEqual(relink.values, { firmName: 'Acme', apiSecret: 's2' });
  assert.deepEqual(relink.keep, ['apiKey']);
  const blank = validateSubmission(catalog, { providerKey: 'clockwork', accountId: 'acc-1', values: { firmName: 'Acme', apiKey: '  ', apiSecret: '' } });
  assert.deepEqual(blank.ok && blank.keep, ['apiKey', 'apiSecret'], 'a secret left blank is kept too');
  const fresh = validateSubmission(catalog, { providerKey: 'clockwork', values: { firmName: 'Acme', apiKey: 'k', apiSecret: 's' } });
  assert.deepEqual(fresh.ok && fresh.keep, []);
});

test('a passing check carries the provider\'s authType, telling an OAuth sign-in from an API key', () => {
  const oauth = validateSubmission(catalog, { providerKey: 'northwind', values: { workspace: 'acme' } });
  assert.equal(oauth.ok && oauth.authType, 'oauth2');
  const key = validateSubmission(catalog, { providerKey: 'acme', values: { apiKey: 'k', subdomain: 'acme' } });
  assert.equal(key.ok && key.authType, 'api_key');
});

test('a person never sees a developer message: the sentence is plain, the detail names what was wrong', () => {
  const unknown = validateSubmission(catalog, { providerKey: 'quill-hr', values: {} });
  assert.equal(!unknown.ok && unknown.message, 'This integration is not available right now. Try again later, or contact support.');
  assert.equal(!unknown.ok && unknown.detail, 'unknown provider "quill-hr"');
  const malformed = validateSubmission(catalog, { providerKey: 'acme' });
  assert.equal(!malformed.ok && malformed.message, 'Something went wrong. Try again.');
  assert.match(!malformed.ok ? (malformed.detail ?? '') : '', /expected \{ providerKey: string, values: object \}/);
});
