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
  assert.ok(blocks.length >= 4);
  assert.deepEqual(
    blocks.filter((m) => !m[1]).map((m) => section.slice(m.index, m.index + 120)),
    [],
    'a js block of the section with no <!-- from: file --> marker',
  );
  for (const file of ['test/server/readme-example.test.mjs'])
    assert.ok(
      snippets.some((s) => s.file === file),
      file,
    );
});

// A new user copies the section's blocks into one file, adds listen, and has a link endpoint: done here, as they would
// (the file sits in the repository so that `link-hub/...` resolves to this package, built), then asked as the page asks.
test("the hosted link page section's blocks, one after the other in a file, are a server that runs", async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const start = readme.indexOf('**The hosted link page ("magic link").**');
  const section = readme.slice(start, readme.indexOf('\n### ', start));
  const blocks = [...section.matchAll(/```js\n([\s\S]*?)\n```/g)].map(([, code]) => code).filter((code) => !code.includes('app.all('));
  const dir = mkdtempSync(new URL('test-results-readme-', root).pathname);
  try {
    const file = `${dir}/server.mjs`;
    const check = `
server.listen(0, async () => {
  const url = await linkFor({ id: 'customer-1', name: 'Globex Recruiting' }, ['flatchr']);
  const auth = { authorization: 'Bearer ' + new URL(url).hash.slice('#token='.length) };
  const at = 'http://127.0.0.1:' + server.address().port + '/connect/submit';
  const get = await fetch(at, { headers: auth });
  const body = JSON.stringify({ providerKey: 'flatchr', values: { apiKey: 'k-1', companyId: 'c-1', subdomain: 'acme' } });
  const post = () => fetch(at, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body });
  const first = await post();
  const again = await post();
  console.log(JSON.stringify({ get: get.status, owner: (await get.json()).owner, first: first.status, again: again.status }));
  server.close();
});`;
    writeFileSync(file, `${blocks.join('\n\n')}\n${check}\n`);
    const out = execFileSync(process.execPath, [file], { env: { ...process.env, LINK_SECRET: 'x'.repeat(32) }, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out.trim().split('\n').at(-1)), { get: 200, owner: 'Globex Recruiting', first: 200, again: 410 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
