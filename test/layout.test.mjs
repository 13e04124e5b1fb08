// The house rules for all of src/: no file outside src/i18n/ is over 300 lines, and no
// module imports itself back through others (static or dynamic imports, types included).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const files = readdirSync(src, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replaceAll('\\', '/'))
  .sort();
const source = (file) => readFileSync(path.join(src, file), 'utf8');

/** The src modules a file imports, by path relative to src. */
function importsOf(file) {
  const code = source(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  return [...code.matchAll(/(?:from |import\()\s*'(\.[^']+)'/g)]
    .map((m) => path.posix.join(path.posix.dirname(file), m[1].replace(/\.js$/, '.ts')))
    .filter((f) => files.includes(f));
}

test('no file of src/ outside src/i18n/ is over 300 lines', () => {
  const long = files
    .filter((f) => !f.startsWith('i18n/'))
    .map((f) => [f, source(f).trimEnd().split('\n').length])
    .filter(([, lines]) => lines > 300);
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

/** The CSS parts the element's JSDoc lists (the one list: it feeds custom-elements.json). */
const documentedParts = () => [...source('elements/link-hub/link-hub.ts').matchAll(/@csspart ([a-z-]+) - /g)].map((m) => m[1]);

test('the CSS parts: every part the hub renders is in the JSDoc list, which the manifest and the README carry as they are', () => {
  const documented = documentedParts();
  // part="x", part='x', and the parts a template picks between (part=${a ? 'warning' : 'callout'}).
  const rendered = new Set();
  for (const file of files.filter((f) => f.startsWith('elements/'))) {
    for (const m of source(file).matchAll(/\bpart=(?:"([a-z-]+)"|'([a-z-]+)'|\$\{([^}]*)\})/g)) {
      if (m[3]) for (const q of m[3].matchAll(/[?:]\s*'([a-z-]+)'/g)) rendered.add(q[1]);
      else rendered.add(m[1] ?? m[2]);
    }
  }
  assert.deepEqual([...rendered].filter((p) => !documented.includes(p)).sort(), [], 'rendered but not documented');
  assert.deepEqual(documented.filter((p) => !rendered.has(p)).sort(), [], 'documented but never rendered');
  const manifest = JSON.parse(readFileSync(path.join(src, '../custom-elements.json'), 'utf8'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'link-hub');
  assert.deepEqual(
    element.cssParts.map((p) => p.name),
    documented,
    'custom-elements.json (npm run build writes it)',
  );
  const readme = readFileSync(path.join(src, '../README.md'), 'utf8');
  const line = /Parts for `::part\(\)`[^:]*:([\s\S]*?)\.\n/.exec(readme)?.[1] ?? '';
  assert.deepEqual(
    [...line.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]),
    documented,
    "the README's list of parts",
  );
});
