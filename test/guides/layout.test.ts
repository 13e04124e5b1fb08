/**
 * The compiler's house rules: no file of src/guides is far over 300 lines, and its modules
 * import one another without a circle (handlers share `handlers/state.ts`, never import
 * back into `to-guide.ts`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const guides = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/guides');
const files = readdirSync(guides, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replaceAll('\\', '/'))
  .sort();
const source = (file: string) => readFileSync(path.join(guides, file), 'utf8');

/** The src/guides modules a file imports (value or type), by path relative to src/guides. */
function importsOf(file: string): string[] {
  const code = source(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  return [...code.matchAll(/from '(\.[^']+)'/g)]
    .map((m) => path.posix.join(path.posix.dirname(file), m[1]!.replace(/\.js$/, '.ts')))
    .filter((f) => files.includes(f));
}

test('no file of src/guides is over 300 lines', () => {
  const long = files.map((f) => [f, source(f).split('\n').length] as const).filter(([, lines]) => lines > 300);
  assert.deepEqual(long, []);
});

test('the modules of src/guides import one another without a circle', () => {
  const circles: string[] = [];
  const visit = (file: string, trail: string[]) => {
    if (trail.includes(file)) {
      circles.push([...trail.slice(trail.indexOf(file)), file].join(' -> '));
      return;
    }
    for (const next of importsOf(file)) visit(next, [...trail, file]);
  };
  for (const file of files) visit(file, []);
  assert.deepEqual(circles, []);
});

test('handlers never import the provider reader', () => {
  const back = files.filter((f) => f.startsWith('handlers/') && importsOf(f).includes('to-guide.ts'));
  assert.deepEqual(back, []);
});
