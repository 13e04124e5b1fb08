/** link-hub/server's credentialFingerprint (an account linked twice), in plain Node. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { credentialFingerprint, type Field } from '../../src/server.js';

const key = 'a-fingerprint-key-of-at-least-32-bytes';
const fields: Field[] = [
  { key: 'subdomain', label: 'Subdomain' },
  { key: 'apiKey', label: 'API Key', secret: true },
  { key: 'note', label: 'Note', required: false },
];
const of = (values: Record<string, string>, providerKey = 'acme', more: { identifying?: string[] } = {}) =>
  credentialFingerprint({ providerKey, fields, values, ...more }, key);

test('the same credentials give the same 64 hex characters; spaces and a non-secret value’s case do not count', async () => {
  const a = await of({ subdomain: 'acme', apiKey: 'sk_live_123' });
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.equal(await of({ subdomain: '  ACME ', apiKey: ' sk_live_123\n' }), a);
  // An optional non-secret field does not identify the account.
  assert.equal(await of({ subdomain: 'acme', apiKey: 'sk_live_123', note: 'prod' }), a);
});

test('another key, a secret in another case, another provider or another host key: another fingerprint', async () => {
  const a = await of({ subdomain: 'acme', apiKey: 'sk_live_123' });
  assert.notEqual(await of({ subdomain: 'acme', apiKey: 'SK_LIVE_123' }), a);
  assert.notEqual(await of({ subdomain: 'acme', apiKey: 'sk_live_124' }), a);
  assert.notEqual(await of({ subdomain: 'acme2', apiKey: 'sk_live_123' }), a);
  assert.notEqual(await of({ subdomain: 'acme', apiKey: 'sk_live_123' }, 'other'), a);
  const otherHost = await credentialFingerprint(
    { providerKey: 'acme', fields, values: { subdomain: 'acme', apiKey: 'sk_live_123' } },
    'x'.repeat(32),
  );
  assert.notEqual(otherHost, a);
  // `identifying` narrows what counts: the key alone.
  assert.equal(
    await of({ subdomain: 'a', apiKey: 'k' }, 'acme', { identifying: ['apiKey'] }),
    await of({ subdomain: 'b', apiKey: 'k' }, 'acme', { identifying: ['apiKey'] }),
  );
});

test('it is an HMAC-SHA-256 keyed by the host: the same bytes as node:crypto computes', async () => {
  const message = JSON.stringify([
    'link-hub/credential-fingerprint/v1',
    'acme',
    [
      ['apiKey', 'k'],
      ['subdomain', 's'],
    ],
  ]);
  assert.equal(await of({ apiKey: 'k', subdomain: 's' }), createHmac('sha256', key).update(message).digest('hex'));
});

test('a key shorter than 32 bytes is refused', async () => {
  await assert.rejects(credentialFingerprint({ providerKey: 'acme', fields, values: {} }, 'short'), RangeError);
});

test('property: the fingerprint never contains the secret, and the order of the values does not change it', async () => {
  const value = fc.string({ minLength: 8, maxLength: 40 });
  await fc.assert(
    fc.asyncProperty(value, value, value, async (subdomain, apiKey, note) => {
      const forward = await of({ subdomain, apiKey, note });
      const backward = await of({ note, apiKey, subdomain });
      assert.equal(forward, backward);
      assert.ok(!forward.includes(apiKey), 'the secret is in the fingerprint');
    }),
    { numRuns: 200 },
  );
});
