// The README's backend code is code that runs: each backend block, anywhere in the README, says
// which file it comes from (`<!-- from: demo/server/x.mjs -->` just above it) and is found in that
// file verbatim (the same lines, at one indentation); the onSubmit endpoint, the re-link ownership
// check and storing a secret come from the demo's own server. (readme-snippets.test.mjs holds the
// hosted link page's section to the same rule.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { containsVerbatim } from '../package/readme-blocks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** Every fenced block: its language, its code, the file it says it comes from (if any) and its line. */
const blocks = [...readme.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => {
  const before = readme.slice(0, m.index).trimEnd();
  const from = /<!-- from: (\S+) -->$/.exec(before)?.[1];
  return { lang: m[1], code: m[2].replace(/\n$/, ''), from, line: before.split('\n').length + 1 };
});
const sourced = blocks.filter((b) => b.from);

/** What makes a block server code (comments aside): it answers requests, checks submissions, signs links or stores accounts. */
const BACKEND =
  /link-hub\/server|validateSubmission|createLinkToken|verifyLinkToken|createLinkHandler|req\.headers|\bres\.writeHead|saveAccount|CREATE TABLE/;

test('every backend block of the README names the file it comes from', () => {
  const unsourced = blocks.filter(
    (b) => !b.from && ['js', 'ts', 'mjs', 'sql'].includes(b.lang) && BACKEND.test(b.code.replace(/\/\/.*$/gm, '')),
  );
  assert.deepEqual(
    unsourced.map((b) => `README.md:${b.line}`),
    [],
  );
  for (const block of sourced) assert.match(block.from, /^(demo|test)\//, `README.md:${block.line}: from a file that runs`);
});

test('each sourced block is in its file verbatim', () => {
  assert.ok(sourced.length >= 7, `the README has its backend blocks (found ${sourced.length})`);
  for (const block of sourced) {
    const source = readFileSync(path.join(root, block.from), 'utf8');
    assert.ok(containsVerbatim(source, block.code), `README.md:${block.line} is not in ${block.from} as written:\n${block.code}`);
  }
});

test('the onSubmit endpoint, the re-link ownership check and storing a secret are among them', () => {
  // From the demo's server itself, not from a test.
  const has = (file, text) => sourced.some((b) => b.from === file && b.code.includes(text));
  assert.ok(has('demo/server/connections.mjs', 'validateSubmission(catalog(), body)'), 'the onSubmit endpoint');
  assert.ok(has('demo/server/connections.mjs', 'account?.customerId !== customerId'), 're-link: the customer');
  assert.ok(has('demo/server/connections.mjs', 'account.providerKey !== check.provider.key'), 're-link: the provider');
  assert.ok(has('demo/server/accounts.mjs', 'keep.filter('), 'a re-link keeps the saved secrets in check.keep');
  assert.ok(has('demo/server/secrets.mjs', "alg: 'dir', enc: 'A256GCM'"), 'secrets encrypted');
  assert.ok(has('demo/server/db.mjs', 'CREATE TABLE linked_accounts'), 'the table');
});
