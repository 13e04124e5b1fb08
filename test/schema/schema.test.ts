/** The zod schemas: valid and invalid tables, with the path and message each failure names. */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog, type Provider } from '../../src/schema/guide.js';
import { credentialsSchema, validateCredentials, MAX_VALUE_LENGTH, type Field } from '../../src/schema/fields.js';
import { formatIssues } from '../../src/schema/zod.js';
import { validateSubmission } from '../../src/server.js';

const provider = (patch: Partial<Provider> = {}): Provider => ({
  key: 'acme',
  name: 'Acme',
  authType: 'api_key',
  warnings: [],
  sections: [
    { title: 'S', content: [], steps: [{ title: 'T', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'hi' }] }] }] },
  ],
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

  test("relative images that stay on the page's site, and https ones, are valid", () => {
    for (const src of ['/images/a.png', 'img/a.png', '../a.png', '?x=1', 'https://cdn.example/a%20b.png']) {
      assert.deepEqual(problems({ providers: [provider({ intro: [{ type: 'image', src, alt: '' }] })] }), [], src);
    }
  });

  const invalid: [string, unknown, RegExp][] = [
    [
      'a javascript: link',
      {
        providers: [provider({ intro: [{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [] }] }] })],
      },
      /^providers\[0\]\.intro\[0\]\.children\[0\]\.href: links must use http:, https: or mailto:/,
    ],
    [
      'a data: link inside a step',
      {
        providers: [
          provider({
            sections: [
              {
                title: 'S',
                content: [],
                steps: [
                  {
                    title: 'T',
                    content: [
                      {
                        type: 'paragraph',
                        children: [{ type: 'strong', children: [{ type: 'link', href: 'data:text/html,x', children: [] }] }],
                      },
                    ],
                  },
                ],
              },
            ],
          }),
        ],
      },
      /^providers\[0\]\.sections\[0\]\.steps\[0\]\.content\[0\]\.children\[0\]\.children\[0\]\.href: links must/,
    ],
    [
      'a data: image',
      { providers: [provider({ intro: [{ type: 'image', src: 'data:image/png;base64,AA', alt: '' }] })] },
      /^providers\[0\]\.intro\[0\]\.src: images must use an https: URL or a relative path/,
    ],
    [
      'an http: image',
      { providers: [provider({ intro: [{ type: 'image', src: 'http://x.example/a.png', alt: '' }] })] },
      /^providers\[0\]\.intro\[0\]\.src: images must use an https:/,
    ],
    ['a protocol-relative image', { providers: [provider({ logo: '//evil.example/a.png' })] }, /^providers\[0\]\.logo: images must/],
    // Relative in appearance only: the browser fetches each from another host.
    ...[
      '/\\evil.example/a.png',
      '\\\\evil.example/a.png',
      '\u0001https://evil.example/a.png',
      '\thttp://evil.example/a.png',
      '/\t/evil.example/a.png',
      ' //evil.example/a.png',
    ].map((src): [string, unknown, RegExp] => [
      `an image at ${JSON.stringify(src)}`,
      { providers: [provider({ intro: [{ type: 'image', src, alt: '' }] })] },
      /^providers\[0\]\.intro\[0\]\.src: a URL may not hold spaces, control characters or backslashes, which browsers rewrite/,
    ]),
    [
      'a link with a control character before javascript:',
      {
        providers: [
          provider({ intro: [{ type: 'paragraph', children: [{ type: 'link', href: '\u0001javascript:alert(1)', children: [] }] }] }),
        ],
      },
      /^providers\[0\]\.intro\[0\]\.children\[0\]\.href: a URL may not hold/,
    ],
    [
      'a link with a backslash for a host',
      {
        providers: [
          provider({ intro: [{ type: 'paragraph', children: [{ type: 'link', href: 'https:\\\\evil.example', children: [] }] }] }),
        ],
      },
      /^providers\[0\]\.intro\[0\]\.children\[0\]\.href: a URL may not hold/,
    ],
    [
      'an empty image',
      { providers: [provider({ intro: [{ type: 'image', src: '', alt: '' }] })] },
      /^providers\[0\]\.intro\[0\]\.src: images must/,
    ],
    [
      'an unknown auth type',
      { providers: [provider({ authType: 'magic' as never })] },
      /^providers\[0\]\.authType: expected one of "api_key", "basic", "oauth2"/,
    ],
    ['a duplicate key', { providers: [provider(), provider()] }, /^providers\[1\]\.key: duplicate provider key "acme"/],
    ['a bad provider key', { providers: [provider({ key: 'Not A Key' })] }, /^providers\[0\]\.key: a provider key is/],
    [
      'a field without a key',
      { providers: [provider({ fields: [{ label: 'X' } as Field] })] },
      /^providers\[0\]\.fields\[0\]\.key: expected string, but it is missing/,
    ],
    [
      'an invalid field pattern',
      { providers: [provider({ fields: [{ key: 'x', label: 'X', pattern: '([' }] })] },
      /^providers\[0\]\.fields\[0\]\.pattern: not a valid regular expression/,
    ],
    [
      'an unknown block',
      { providers: [provider({ intro: [{ type: 'script', text: 'x' } as never] })] },
      /^providers\[0\]\.intro\[0\]\.type: unknown block type "script": expected one of paragraph, heading, list/,
    ],
    ['no providers array', {}, /^providers: expected array, but it is missing/],
    ...['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'].map((key): [string, unknown, RegExp] => [
      `a field keyed ${key}`,
      {
        providers: [
          provider({
            fields: [
              { key: 'apiKey', label: 'API Key' },
              { key, label: 'X' },
            ],
          }),
        ],
      },
      /^providers\[0\]\.fields\[1\]\.key: a field key must not be a name every object has, such as constructor$/,
    ]),
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

  test("only the input's own properties count: nothing inherited stands in for a value", () => {
    const inherited = Object.create({ apiKey: 'k', subdomain: 'a' }) as Record<string, unknown>;
    assert.deepEqual(validateCredentials(fields, inherited), { ok: false, problems: { apiKey: 'required', subdomain: 'required' } });
    const planted = JSON.parse('{ "__proto__": { "apiKey": "k" }, "subdomain": "a" }') as Record<string, unknown>;
    assert.deepEqual(validateCredentials(fields, planted), { ok: false, problems: { apiKey: 'required' } });
    const nullProto = Object.assign(Object.create(null), { apiKey: 'k', subdomain: 'a' }) as Record<string, unknown>;
    assert.deepEqual(validateCredentials(fields, nullProto), { ok: true, values: { apiKey: 'k', subdomain: 'a' } });
  });

  test('fields named like Object.prototype members (refused by the catalog) are still read as plain values', () => {
    const optional = validateCredentials([{ key: 'constructor', label: 'C', required: false }], {});
    assert.deepEqual(optional, { ok: true, values: {} }, 'an empty optional constructor field passes');
    const required = validateCredentials([{ key: '__proto__', label: 'P' }], {});
    assert.deepEqual(
      required,
      { ok: false, problems: JSON.parse('{ "__proto__": "required" }') },
      'a missing required __proto__ field is missing',
    );
    const given = validateCredentials([{ key: '__proto__', label: 'P' }], JSON.parse('{ "__proto__": " v " }'));
    assert.deepEqual(given, { ok: true, values: JSON.parse('{ "__proto__": "v" }') });
    assert.equal(Object.getPrototypeOf(given.ok && given.values), Object.prototype);
  });

  test('emoji and right-to-left text are fine', () => {
    assert.equal(validateCredentials(fields, { apiKey: '🔑מפתח', subdomain: 'a' }).ok, true);
  });
});

describe('validation cost', () => {
  // The worst input for the old email pattern, which tried every dot of the domain: 64 KB.
  const crafted = `a@${'a.'.repeat(32_000)}@`;
  const fields: Field[] = [
    { key: 'email', label: 'Email', type: 'email' },
    { key: 'site', label: 'Site', type: 'url' },
    { key: 'code', label: 'Code', pattern: '^[a-z.@]+$' },
  ];
  const input = { email: crafted, site: `http://${crafted}`, code: crafted };

  /** The length of every string a regular expression runs on while `run` runs. */
  function regexInputs(run: () => void): number[] {
    const exec = RegExp.prototype.exec;
    const lengths: number[] = [];
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      lengths.push(String(text).length);
      return exec.call(this, text);
    };
    try {
      run();
    } finally {
      RegExp.prototype.exec = exec;
    }
    return lengths;
  }

  // The timeout is only a safety net; the assertions are about which checks ran, not how long they took.
  test(
    'a value over the limit is tooLong and nothing else: no later check, and no regular expression, sees it',
    { timeout: 60_000 },
    () => {
      const lengths = regexInputs(() => {
        assert.deepEqual(validateCredentials(fields, input), {
          ok: false,
          problems: { email: 'tooLong', site: 'tooLong', code: 'tooLong' },
        });
        const parsed = credentialsSchema(fields).safeParse(input);
        assert.deepEqual(!parsed.success && parsed.error.issues.map((i) => [i.path[0], i.message]), [
          ['email', 'tooLong'],
          ['site', 'tooLong'],
          ['code', 'tooLong'],
        ]);
        const check = validateSubmission({ providers: [provider({ fields })] }, { providerKey: 'acme', values: input });
        assert.deepEqual(!check.ok && check.problems, {
          email: 'Email is too long: at most 8,192 characters.',
          site: 'Site is too long: at most 8,192 characters.',
          code: 'Code is too long: at most 8,192 characters.',
        });
      });
      assert.deepEqual(
        lengths.filter((n) => n > MAX_VALUE_LENGTH),
        [],
      );
    },
  );

  test('a value at the limit still gets every check, in order', () => {
    const long = `a@${'a.'.repeat((MAX_VALUE_LENGTH - 4) / 2)}@`;
    assert.equal(long.length, MAX_VALUE_LENGTH - 1);
    assert.deepEqual(validateCredentials(fields, { email: long, site: 'http://x', code: 'x\u0001' }), {
      ok: false,
      problems: { email: 'email', code: 'control' },
    });
  });

  const formats: [string, Field['type'], string, boolean][] = [
    ['a plain address', 'email', 'ann@example.com', true],
    ['a dotted domain', 'email', 'a@b.c.d', true],
    ['two dots in a row', 'email', 'a@b..c', true],
    ['no dot in the domain', 'email', 'a@localhost', false],
    ['a dot first in the domain', 'email', 'a@.bc', false],
    ['a dot last in the domain', 'email', 'a@bc.', false],
    ['two @', 'email', 'a@b@c.d', false],
    ['nothing before @', 'email', '@b.cd', false],
    ['a space inside', 'email', 'a b@c.d', false],
    ['a no-break space inside', 'email', 'a@c\u00a0.d', false],
    ['an https URL', 'url', 'https://example.com/a?b#c', true],
    ['upper case', 'url', 'HTTP://EXAMPLE.COM', true],
    ['a space inside a URL', 'url', 'https://exa mple.com', false],
    ['a URL with no host', 'url', 'https:///path', false],
    ['another scheme', 'url', 'ftp://example.com', false],
  ];
  for (const [name, type, value, ok] of formats) {
    test(`${type}: ${name} is ${ok ? 'accepted' : 'refused'}`, () => {
      assert.deepEqual(
        validateCredentials([{ key: 'v', label: 'V', type }], { v: value }),
        ok ? { ok, values: { v: value } } : { ok, problems: { v: type } },
      );
    });
  }
});
