/** The zod schemas: valid and invalid tables, with the path and message each failure names. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog, type Provider } from '../../src/schema/guide.js';
import { validateCredentials, type Field } from '../../src/schema/fields.js';
import { formatIssues } from '../../src/schema/zod.js';

const provider = (patch: Partial<Provider> = {}): Provider => ({
  key: 'acme',
  name: 'Acme',
  authType: 'api_key',
  warnings: [],
  sections: [{ title: 'S', content: [], steps: [{ title: 'T', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'hi' }] }] }] }],
  fields: [{ key: 'apiKey', label: 'API Key', secret: true }],
  ...patch,
});

function problems(input: unknown): string[] {
  const result = Catalog.safeParse(input);
  return result.success ? [] : formatIssues(result.error);
}

describe('Catalog', () => {
  test('a minimal provider is valid; omitted type, secret, required and scopes are allowed', () => {
    assert.deepEqual(problems({ providers: [provider()] }), []);
  });

  const invalid: [string, unknown, RegExp][] = [
    ['a javascript: link', { providers: [provider({ intro: [{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [] }] }] })] }, /^providers\[0\]\.intro\[0\]\.children\[0\]\.href: links must use http:, https: or mailto:/],
    ['a data: link inside a step', { providers: [provider({ sections: [{ title: 'S', content: [], steps: [{ title: 'T', content: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'link', href: 'data:text/html,x', children: [] }] }] }] }] }] })] }, /^providers\[0\]\.sections\[0\]\.steps\[0\]\.content\[0\]\.children\[0\]\.children\[0\]\.href: links must/],
    ['a data: image', { providers: [provider({ intro: [{ type: 'image', src: 'data:image/png;base64,AA', alt: '' }] })] }, /^providers\[0\]\.intro\[0\]\.src: images must use an https: URL or a relative path/],
    ['an http: image', { providers: [provider({ intro: [{ type: 'image', src: 'http://x.example/a.png', alt: '' }] })] }, /^providers\[0\]\.intro\[0\]\.src: images must use an https:/],
    ['a protocol-relative image', { providers: [provider({ logo: '//evil.example/a.png' })] }, /^providers\[0\]\.logo: images must/],
    ['an unknown auth type', { providers: [provider({ authType: 'magic' as never })] }, /^providers\[0\]\.authType: expected one of "api_key", "basic", "oauth2"/],
    ['a duplicate key', { providers: [provider(), provider()] }, /^providers\[1\]\.key: duplicate provider key "acme"/],
    ['a bad provider key', { providers: [provider({ key: 'Not A Key' })] }, /^providers\[0\]\.key: a provider key is/],
    ['a field without a key', { providers: [provider({ fields: [{ label: 'X' } as Field] })] }, /^providers\[0\]\.fields\[0\]\.key: expected string, but it is missing/],
    ['an invalid field pattern', { providers: [provider({ fields: [{ key: 'x', label: 'X', pattern: '([' }] })] }, /^providers\[0\]\.fields\[0\]\.pattern: not a valid regular expression/],
    ['an unknown block', { providers: [provider({ intro: [{ type: 'script', text: 'x' } as never] })] }, /^providers\[0\]\.intro\[0\]\.type: unknown block type "script": expected one of paragraph, heading, list/],
    ['no providers array', {}, /^providers: expected array, but it is missing/],
  ];
  for (const [name, input, pattern] of invalid) {
    test(`rejects ${name}, naming the path`, () => {
      const lines = problems(input);
      assert.ok(lines.length > 0, 'expected a problem');
      assert.match(lines[0]!, pattern, lines.join('\n'));
    });
  }
});

describe('credentials', () => {
  const fields: Field[] = [
    { key: 'apiKey', label: 'API Key', type: 'secret', secret: true },
    { key: 'subdomain', label: 'Subdomain', pattern: '^[a-z0-9-]+$' },
    { key: 'site', label: 'Site', type: 'url', required: false },
    { key: 'email', label: 'Email', type: 'email', required: false },
    { key: 'seats', label: 'Seats', type: 'number', required: false },
    { key: 'region', label: 'Region', type: 'select', required: false, options: [{ value: 'eu', label: 'EU' }] },
  ];

  test('trims values and drops empty optional fields', () => {
    assert.deepEqual(validateCredentials(fields, { apiKey: '  k1 ', subdomain: 'acme\n', site: '', email: ' ' }), {
      ok: true,
      values: { apiKey: 'k1', subdomain: 'acme' },
    });
  });

  const table: [string, Record<string, string>, Record<string, string>][] = [
    ['missing required values', {}, { apiKey: 'required', subdomain: 'required' }],
    ['whitespace only is missing', { apiKey: '   ', subdomain: 'a' }, { apiKey: 'required' }],
    ['a pattern mismatch', { apiKey: 'k', subdomain: 'Not OK' }, { subdomain: 'pattern' }],
    ['a bad URL', { apiKey: 'k', subdomain: 'a', site: 'javascript:alert(1)' }, { site: 'url' }],
    ['a bad email', { apiKey: 'k', subdomain: 'a', email: 'nope' }, { email: 'email' }],
    ['a bad number', { apiKey: 'k', subdomain: 'a', seats: '12abc' }, { seats: 'number' }],
    ['an unknown option', { apiKey: 'k', subdomain: 'a', region: 'mars' }, { region: 'option' }],
    ['control characters', { apiKey: 'k\u0000ey', subdomain: 'a' }, { apiKey: 'control' }],
    ['too long', { apiKey: 'k'.repeat(9000), subdomain: 'a' }, { apiKey: 'tooLong' }],
  ];
  for (const [name, input, expected] of table) {
    test(`refuses ${name}`, () => {
      const result = validateCredentials(fields, input);
      assert.equal(result.ok, false);
      assert.deepEqual(!result.ok && result.problems, expected);
    });
  }

  test('emoji and right-to-left text are fine', () => {
    assert.equal(validateCredentials(fields, { apiKey: '🔑מפתח', subdomain: 'a' }).ok, true);
  });
});
