/**
 * Field messages that help: a field's own `message` for a value that fails its `pattern`
 * (in the catalog, on the server, in a localized guide), "too long" with its limit, and a
 * misspelt key inside a field (`palceholder`) failing at the key with "did you mean".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assemble, compileGuide } from '../../src/guides/compile.js';
import { validateSubmission } from '../../src/server.js';
import { LOCALES } from '../../src/i18n/locales.js';
import { en } from '../../src/i18n/en.js';
import { problemText } from '../../src/i18n/problem.js';
import type { Translation } from '../../src/i18n/translation.js';

const guide = (fields: string) => `---
key: acme
fields:
${fields}
---

# Connect Acme with API Key
`;

const SUBDOMAIN = `  - label: Subdomain
    pattern: "^[a-z0-9-]+$"
    message: Subdomain is the word before .acme.example in your address, in lower case.
  - label: API Key
    secret: true`;

test('a field carries its own message for a failed pattern, into the catalog and validateSubmission', () => {
  const compiled = compileGuide('guides/acme.mdx', guide(SUBDOMAIN));
  assert.deepEqual(compiled.problems, []);
  const catalog = assemble([compiled]);
  const subdomain = catalog.providers[0]!.fields[0]!;
  assert.equal(subdomain.message, 'Subdomain is the word before .acme.example in your address, in lower case.');
  const check = validateSubmission(catalog, { providerKey: 'acme', values: { subdomain: 'Acme Corp', apiKey: 'k-1' } });
  assert.deepEqual(!check.ok && check.problems, { subdomain: 'Subdomain is the word before .acme.example in your address, in lower case.' });
  // The message is for the pattern only: a missing value still says so.
  const missing = validateSubmission(catalog, { providerKey: 'acme', values: { apiKey: 'k-1' } });
  assert.deepEqual(!missing.ok && missing.problems, { subdomain: 'Enter your Subdomain.' });
});

test('a field without a message keeps the language\'s sentence for a failed pattern', () => {
  const compiled = compileGuide('guides/acme.mdx', guide(`  - label: Subdomain\n    pattern: "^[a-z]+$"`));
  const check = validateSubmission(assemble([compiled]), { providerKey: 'acme', values: { subdomain: 'NO' } });
  assert.deepEqual(!check.ok && check.problems, { subdomain: 'Check the format of Subdomain.' });
});

test('a message with no pattern fails the build at the message', () => {
  const { problems } = compileGuide('guides/acme.mdx', guide(`  - label: Subdomain\n    message: Lower case only.`));
  assert.deepEqual(
    problems.map((p) => [p.line, p.column]),
    [[5, 14]],
  );
  assert.match(problems[0]!.message, /^front matter fields\[0\]\.message: a field message is what the form says when a value does not match the pattern/);
});

test('a misspelt key in a field fails at the key, file:line:col, with "did you mean"', () => {
  const source = guide(`  - label: Subdomain
    palceholder: acme
  - label: API Key
    requird: false
    colour: red`);
  const { problems } = compileGuide('guides/acme.mdx', source);
  assert.deepEqual(
    problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
    [
      'guides/acme.mdx:5:5: front matter fields[0]: unknown key "palceholder": did you mean `placeholder`?',
      'guides/acme.mdx:7:5: front matter fields[1]: unknown key "requird": did you mean `required`?',
      'guides/acme.mdx:8:5: front matter fields[1]: unknown key "colour": a field has label, key, type, secret, required, placeholder, pattern, message, help, options, step',
    ],
  );
});

test('a misspelt key in a select option or an action gets "did you mean" too', () => {
  const source = `---
key: acme
fields:
  - label: Region
    options:
      - { value: eu, lable: Europe }
actions:
  - id: read
    label: Read
    scoeps: [read]
---

# Connect Acme with API Key
`;
  const { problems } = compileGuide('guides/acme.mdx', source);
  assert.deepEqual(
    problems.map((p) => `${p.line}:${p.column}: ${p.message}`),
    [
      '6:22: front matter fields[0].options[0]: unknown key "lable": did you mean `label`?',
      '10:5: front matter actions[0]: unknown key "scoeps": did you mean `scopes`?',
    ],
  );
});

test('"too long" says the limit, in each of the nine languages', async () => {
  const tables: Translation[] = [en, ...(await Promise.all(LOCALES.map(async (l) => ((await import(`../../src/i18n/${l}.ts`)) as { default: Translation }).default)))];
  for (const t of tables) {
    const sentence = problemText(t, 'tooLong', { label: 'API Key' });
    const limit = new Intl.NumberFormat(t.locale).format(8192);
    assert.ok(sentence.includes(limit) && sentence.includes('API Key'), `${t.locale}: ${sentence}`);
  }
  assert.equal(problemText(en, 'tooLong', { label: 'API Key' }), 'API Key is too long: at most 8,192 characters.');
});
