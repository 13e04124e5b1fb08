// The two rules a linter would hold us to: content stays data (no HTML strings or eval in
// src/), and browser code never imports the Node-only guides compiler (nor the reverse).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => f.replaceAll('\\', '/'));
const code = (file) => readFileSync(path.join(src, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
const imports = (file) => [...code(file).matchAll(/from '(\.[^']+)'|import\('(\.[^']+)'\)/g)].map((m) => path.posix.join(path.posix.dirname(file), m[1] ?? m[2]));

test('no innerHTML, unsafeHTML, insertAdjacentHTML, document.write, eval or new Function in src/', () => {
  const banned = /\b(innerHTML|outerHTML|unsafeHTML|insertAdjacentHTML|document\.write|eval\s*\(|new Function)\b/;
  assert.deepEqual(files.filter((f) => banned.test(code(f))), []);
});

test('browser code never imports src/guides (Node only), and the compiler never imports browser code', () => {
  const browser = files.filter((f) => !f.startsWith('guides/') && f !== 'server.ts');
  assert.deepEqual(browser.filter((f) => imports(f).some((i) => i.startsWith('guides/'))), []);
  const compiler = files.filter((f) => f.startsWith('guides/'));
  assert.deepEqual(compiler.filter((f) => imports(f).some((i) => /^(elements|controllers|internal|events|react)\//.test(i))), []);
});
