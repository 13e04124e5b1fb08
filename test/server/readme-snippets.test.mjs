// The README's backend code is real code: each block marked `<!-- from: <file> -->` appears, as
// written (at one indentation), in that file (a test or the demo), which runs; and the hosted link page's section
// quotes every backend block of its own that way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { containsVerbatim } from '../package/readme-blocks.mjs';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** Every marked block: the file it is from, and its code. */
const snippets = [...readme.matchAll(/<!-- from: (\S+) -->\s*```\w*\n([\s\S]*?)\n```/g)].map(([, file, code]) => ({ file, code }));

test('each marked README snippet appears verbatim in the file it is taken from', () => {
  assert.ok(snippets.length >= 5, `${snippets.length} snippets`);
  for (const { file, code } of snippets) {
    const source = readFileSync(new URL(file, root), 'utf8');
    assert.ok(containsVerbatim(source, code), `README snippet not found verbatim in ${file}:\n${code}`);
  }
});

test('the hosted link page section quotes every backend block (js) it shows from a file that runs', () => {
  const start = readme.indexOf('**The hosted link page ("magic link").**');
  const ends = ['\n## ', '\n### '].map((heading) => readme.indexOf(heading, start)).filter((i) => i > 0);
  const section = readme.slice(start, Math.min(...ends));
  const blocks = [...section.matchAll(/(<!-- from: \S+ -->\s*)?```js\n/g)];
  assert.ok(blocks.length >= 5);
  assert.deepEqual(
    blocks.filter((m) => !m[1]).map((m) => section.slice(m.index, m.index + 120)),
    [],
    'a js block of the section with no <!-- from: file --> marker',
  );
  for (const file of ['test/server/readme-example.test.mjs', 'demo/node-request.mjs'])
    assert.ok(
      snippets.some((s) => s.file === file),
      file,
    );
});
