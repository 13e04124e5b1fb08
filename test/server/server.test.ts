/** link-hub/server in plain Node (no DOM): the host backend's re-validation. */
import { describe, test } from 'node:test';
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
    {
      key: 'northwind',
      name: 'Northwind',
      authType: 'oauth2',
      warnings: [],
      sections: [],
      fields: [{ key: 'workspace', label: 'Workspace' }],
    },
    {
      key: 'tidewater',
      name: 'Tidewater',
      authType: 'oauth2',
      actions: [
        { id: 'read_payslips', label: 'Read payslips', scopes: ['payslips:read', 'staff:read'] },
        { id: 'sync_staff', label: 'Sync staff', scopes: ['staff:read', 'teams:read'] },
        { id: 'sign_in', label: 'Sign in only', scopes: [] },
      ],
      warnings: [],
      sections: [],
      fields: [],
    },
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

test("problems come back with the widget's English messages", () => {
  const check = validateSubmission(catalog, { providerKey: 'acme', values: { subdomain: 'NO' } });
  assert.equal(check.ok, false);
  assert.deepEqual(!check.ok && check.problems, { apiKey: 'Enter your API Key.', subdomain: 'Check the format of Subdomain.' });
  assert.equal(!check.ok && check.status, 400);
  // The same, under the name the widget reads from a rejection: a host forwards them as they are.
  assert.deepEqual(!check.ok && check.fields, { apiKey: 'Enter your API Key.', subdomain: 'Check the format of Subdomain.' });
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
  const relink = validateSubmission(catalog, {
    providerKey: 'clockwork',
    accountId: 'acc-1',
    values: { firmName: 'Acme', apiSecret: 's2' },
  });
  assert.ok(relink.ok);
  assert.deepEqual(relink.values, { firmName: 'Acme', apiSecret: 's2' });
  assert.deepEqual(relink.keep, ['apiKey']);
  const blank = validateSubmission(catalog, {
    providerKey: 'clockwork',
    accountId: 'acc-1',
    values: { firmName: 'Acme', apiKey: '  ', apiSecret: '' },
  });
  assert.deepEqual(blank.ok && blank.keep, ['apiKey', 'apiSecret'], 'a secret left blank is kept too');
  const fresh = validateSubmission(catalog, { providerKey: 'clockwork', values: { firmName: 'Acme', apiKey: 'k', apiSecret: 's' } });
  assert.deepEqual(fresh.ok && fresh.keep, []);
});

test("a passing check carries the provider's authType, telling an OAuth sign-in from an API key", () => {
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

describe('actions (scope-aware guides)', () => {
  test("the chosen actions come back in the catalog's order, with the union of their scopes, each once", () => {
    const check = validateSubmission(catalog, { providerKey: 'tidewater', values: {}, actions: ['sync_staff', 'read_payslips'] });
    assert.ok(check.ok);
    assert.deepEqual(check.actions, ['read_payslips', 'sync_staff']);
    assert.deepEqual(check.scopes, ['payslips:read', 'staff:read', 'teams:read']);
  });

  test('an action chosen twice counts once; an action that needs no scope adds none', () => {
    const check = validateSubmission(catalog, { providerKey: 'tidewater', values: {}, actions: ['sign_in', 'sync_staff', 'sign_in'] });
    assert.deepEqual(check.ok && [check.actions, check.scopes], [
      ['sync_staff', 'sign_in'],
      ['staff:read', 'teams:read'],
    ]);
  });

  test('no actions (left out, or empty): ok, with actions [] and scopes [] (for a provider with actions too)', () => {
    for (const submission of [
      { providerKey: 'tidewater', values: {} },
      { providerKey: 'tidewater', values: {}, actions: [] },
      { providerKey: 'acme', values: { apiKey: 'k', subdomain: 'acme' } },
    ]) {
      const check = validateSubmission(catalog, submission);
      assert.deepEqual(check.ok && [check.actions, check.scopes], [[], []], JSON.stringify(submission));
    }
  });

  test("an id the provider does not have is a 400: a plain sentence, and the detail names the id and the provider's actions", () => {
    const check = validateSubmission(catalog, { providerKey: 'tidewater', values: {}, actions: ['read_payslips', 'delete_everything'] });
    assert.equal(check.ok, false);
    assert.equal(!check.ok && check.status, 400);
    assert.equal(!check.ok && check.message, 'Something went wrong. Try again.');
    assert.equal(
      !check.ok && check.detail,
      'provider "tidewater" has no action "delete_everything" (its actions are "read_payslips", "sync_staff", "sign_in")',
    );
    const none = validateSubmission(catalog, {
      providerKey: 'acme',
      values: { apiKey: 'k', subdomain: 'acme' },
      actions: ['read_payslips'],
    });
    assert.equal(!none.ok && none.detail, 'provider "acme" has no action "read_payslips" (it has no actions)');
  });

  test('actions that are not a list of strings are a 400 before the values are looked at', () => {
    for (const actions of ['read_payslips', [1], null, { id: 'sync_staff' }]) {
      const check = validateSubmission(catalog, { providerKey: 'acme', values: {}, actions });
      assert.equal(!check.ok && check.status, 400, JSON.stringify(actions));
      assert.equal(!check.ok && check.problems, undefined);
      assert.match(!check.ok ? (check.detail ?? '') : '', /^actions must be an array of action ids/);
    }
  });
});
