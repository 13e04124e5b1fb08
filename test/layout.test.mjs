// The house rules for all of src/: no file outside src/i18n/ is over 300 lines, and no
// module imports itself back through others (static or dynamic imports, types included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const files = readdirSync(src, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => f.replaceAll('\\', '/')).sort();
const source = (file) => readFileSync(path.join(src, file), 'utf8');

/** The src modules a file imports, by path relative to src. */
function importsOf(file) {
  const code = source(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  return [...code.matchAll(/(?:from |import\()\s*'(\.[^']+)'/g)]
    .map((m) => path.posix.join(path.posix.dirname(file), m[1].replace(/\.js$/, '.ts')))
    .filter((f) => files.includes(f));
}

test('no file of src/ outside src/i18n/ is over 300 lines', () => {
  const long = files.filter((f) => !f.startsWith('i18n/')).map((f) => [f, source(f).trimEnd().split('\n').length]).filter(([, lines]) => lines > 300);
  assert.deepEqual(long, []);
});

test('nothing under src/ imports in a circle', () => {
  const circles = new Set();
  const visit = (file, trail) => {
    if (trail.includes(file)) return void circles.add([...trail.slice(trail.indexOf(file)), file].join(' -> '));
    for (const next of importsOf(file)) visit(next, [...trail, file]);
  };
  for (const file of files) visit(file, []);
  assert.deepEqual([...circles], []);
});
