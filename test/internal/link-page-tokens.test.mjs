// The hosted link page draws its panels like the hub: src/styles/tokens.ts must hold the very
// declarations of the hub's :host tokens and its dialog's surface (link-hub.styles.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (file) => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');
/** The declarations of a block of CSS text, trimmed, in order. */
const declarations = (text) =>
  text
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
const constant = (name) => declarations(new RegExp(`export const ${name} = \`([^\`]*)\``).exec(read('styles/tokens.ts'))[1]);
const hub = read('elements/link-hub/link-hub.styles.ts');
/** A rule's declarations in the hub's styles, from its selector's opening brace to the closing one. */
const rule = (selector) => {
  const start = hub.indexOf(`\n  ${selector} {`) + selector.length + 5;
  return declarations(hub.slice(start, hub.indexOf('}', start)));
};

test("the link page's tokens are the hub's (:host's --_ variables)", () => {
  assert.deepEqual(
    constant('TOKENS'),
    rule(':host').filter((d) => d.startsWith('--_')),
  );
});

test("the link page's surface is the hub dialog's (frame, font, colours)", () => {
  assert.deepEqual(
    constant('SURFACE'),
    rule("[part='dialog']").filter((d) => d !== 'padding: 0'),
  );
});
