/**
 * The guides compiler, in Node: one fixture per construct (input.mdx -> expected.json),
 * one per error (message and position), the folder and CLI behaviour, and every guide
 * shipped in guides/. Set UPDATE_FIXTURES=1 to rewrite expected.json files.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdtempSync, cpSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileGuide, compileGuides, assemble } from '../../src/guides/compile.js';
import { GuideCompileError, type GuideProblem } from '../../src/guides/diagnostics.js';
import { Catalog } from '../../src/schema/guide.js';
import type { Field } from '../../src/schema/fields.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const fixtures = path.join(here, 'fixtures');
const errors = path.join(here, 'errors');

/** Fixtures that warn (their output is still pinned): fixture -> [line, column, message pattern] for each warning. */
const FIXTURE_WARNINGS: Record<string, [number, number, RegExp][]> = {
  // Its body list is there to show that front matter replaces it.
  'front-matter': [[8, 1, /^fields: front matter lists Username, .*; the guide's field list also has Ignored, which front matter drops, and has no Username, /]],
  // Paths on the documentation site, with no base URL: the image kept as written, the link's text kept.
  images: [[9, 5, /^image "\/relative\/b\.png" is a path on the documentation site: kept as written, so it loads only where the catalog's own site serves that path; set --base-url/]],
  'markdown-flavour': [[20, 7, /^image "\/images\/birchwood\/tokens\.png" is a path on the documentation site: kept as written/]],
  'relative-links': [[5, 10, /^link "\/guides\/other" is a path on the documentation site: its text is kept, the link is dropped; set --base-url/]],
};

describe('fixtures: one construct each, in both flavours', () => {
  for (const name of readdirSync(fixtures).sort()) {
    test(name, () => {
      const input = readFileSync(path.join(fixtures, name, 'input.mdx'), 'utf8');
      const result = compileGuide(`${name}.mdx`, input);
      assert.deepEqual(result.problems, [], 'no problems');
      const expectedWarnings = FIXTURE_WARNINGS[name] ?? [];
      assert.equal(result.warnings.length, expectedWarnings.length, result.warnings.map((w) => `${w.line}:${w.column} ${w.message}`).join('\n'));
      expectedWarnings.forEach(([line, column, pattern], i) => {
        assert.deepEqual([result.warnings[i]!.line, result.warnings[i]!.column], [line, column]);
        assert.match(result.warnings[i]!.message, pattern);
      });
      const catalog = assemble([result]);
      const actual = catalog.providers[0];
      const expectedFile = path.join(fixtures, name, 'expected.json');
      if (process.env.UPDATE_FIXTURES === '1' || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      }
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
      assert.ok(Catalog.safeParse(catalog).success, 'validates against the catalog schema');
    });
  }
});

/** file -> [line, column, message pattern] for each problem expected, in order. */
const EXPECTED_ERRORS: Record<string, [number, number, RegExp][]> = {
  'bare-less-than.mdx': [[5, 19, /MDX syntax error: .*bare "<" in prose/]],
  'unclosed-tag.mdx': [[8, 3, /MDX syntax error: .*closing tag/i]],
  'unknown-component.mdx': [[5, 3, /^unknown component <Carousel>\. Guides may use Warning, /]],
  // Only a component that closes itself (<SupportFooter />) is dropped with a warning: see warnings/unknown-self-closing.mdx.
  'unknown-component-written-open.mdx': [[11, 1, /^unknown component <Banner>: did you mean <Danger>\? Guides may use Warning, /]],
  'misspelt-component.mdx': [[5, 3, /^unknown component <Setps>: did you mean <Steps>\? Guides may use Warning, /]],
  'expression.mdx': [[5, 13, /expressions like \{1 \+ 1\} are not allowed/]],
  'no-title.mdx': [[1, 1, /no title/]],
  'no-fields.mdx': [[1, 1, /no credential fields/]],
  // Patterns run in linear time: one that needs a backtracking engine is refused where it is written.
  'pattern-backtracking.mdx': [[7, 14, /^front matter fields\[1\]\.pattern: this pattern is refused: a backreference cannot run in linear time/]],
  'bad-front-matter.mdx': [
    [3, 11, /front matter authType: expected one of "api_key", "basic", "oauth2"/],
    [6, 11, /front matter fields\[0\]/],
  ],
  'javascript-link.mdx': [
    [5, 12, /link "javascript:alert\(1\)": links must use http:, https: or mailto:/],
    [7, 6, /link "data:text\/html,<b>x<\/b>": links must use/],
  ],
  // Relative in appearance only: a browser reads /\host and \\host as //host.
  'backslash-image.mdx': [
    [5, 5, /^image "\/\\cdn\.evil\.example\/settings\.png": a URL may not hold spaces, control characters or backslashes/],
    [8, 9, /^link "\\admin\.evil\.example\/keys": a URL may not hold/],
  ],
  'data-image.mdx': [
    [5, 3, /image "data:image\/png;base64,AAAA": images must use an https: URL or a relative path/],
    [6, 3, /image "http:\/\/insecure.example\/a.png": images must use an https:/],
  ],
  // Scope-aware guides: each problem at the character of the JSON it is about (entities counted as written).
  'actions-malformed-json.mdx': [[4, 147, /^scope selector: data-guide-actions-json is not valid JSON \(Expected double-quoted property name\)/]],
  'actions-missing-id-or-label.mdx': [
    [7, 7, /^scope selector: action 1 has no id: give it "id"/],
    [8, 7, /^scope selector: action "edit_docs" has no label: .* \(it has "name": did you mean "label"\?\)$/],
  ],
  'actions-duplicate-id.mdx': [[4, 188, /^scope selector: duplicate action id "read_docs" \(actions 1 and 2\)/]],
  'actions-front-matter-missing-label.mdx': [[4, 5, /^front matter actions\[0\]\.label: expected string, but it is missing$/]],
  'actions-front-matter-duplicate-id.mdx': [[7, 9, /^front matter actions\[1\]\.id: duplicate action id "edit_docs" \(actions 1 and 2\)/]],
};

describe('errors: each bad input fails at file:line:column', () => {
  test('every error fixture has an expectation', () => {
    assert.deepEqual(readdirSync(errors).sort(), Object.keys(EXPECTED_ERRORS).sort());
  });
  for (const [file, expected] of Object.entries(EXPECTED_ERRORS)) {
    test(file, () => {
      const result = compileGuide(`guides/${file}`, readFileSync(path.join(errors, file), 'utf8'));
      assert.equal(result.problems.length, expected.length, result.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
      expected.forEach(([line, column, pattern], i) => {
        const problem = result.problems[i]!;
        assert.equal(problem.file, `guides/${file}`);
        assert.match(problem.message, pattern);
        assert.deepEqual([problem.line, problem.column], [line, column], problem.message);
      });
    });
  }
});

describe('a folder of guides', () => {
  const scratch = () => mkdtempSync(path.join(tmpdir(), 'link-hub-guides-'));

  test('every problem in every file is reported together', async () => {
    const dir = scratch();
    cpSync(path.join(errors, 'unknown-component.mdx'), path.join(dir, 'a.mdx'));
    cpSync(path.join(errors, 'javascript-link.mdx'), path.join(dir, 'b.mdx'));
    await assert.rejects(compileGuides(dir, { cwd: dir }), (error: unknown) => {
      assert.ok(error instanceof GuideCompileError);
      assert.deepEqual(error.problems.map((p) => `${p.file}:${p.line}`), ['a.mdx:5', 'b.mdx:5', 'b.mdx:7']);
      assert.match(error.message, /^a\.mdx:5:3: unknown component <Carousel>/m);
      return true;
    });
    rmSync(dir, { recursive: true });
  });

  test('a duplicate provider key fails, naming both files', async () => {
    const dir = scratch();
    const guide = readFileSync(path.join(fixtures, 'inline/input.mdx'), 'utf8');
    writeFileSync(path.join(dir, 'one.mdx'), `---\nkey: same\n---\n${guide}`);
    writeFileSync(path.join(dir, 'two.mdx'), `---\nkey: same\n---\n${guide}`);
    await assert.rejects(compileGuides(dir, { cwd: dir }), /two\.mdx:1:1: duplicate provider key "same" \(also used by one\.mdx\)/);
    rmSync(dir, { recursive: true });
  });

  test('a localized guide joins the catalog under its locale', async () => {
    const dir = scratch();
    cpSync(path.join(fixtures, 'inline/input.mdx'), path.join(dir, 'inline.mdx'));
    writeFileSync(
      path.join(dir, 'inline.fr.mdx'),
      readFileSync(path.join(fixtures, 'inline/input.mdx'), 'utf8').replace('Inline content', 'Contenu en ligne'),
    );
    const catalog = await compileGuides(dir);
    assert.deepEqual(catalog.providers.map((p) => p.key), ['inline']);
    assert.equal(catalog.locales?.[0]?.locale, 'fr');
    assert.equal(catalog.locales?.[0]?.providers[0]?.sections[0]?.title, 'Contenu en ligne');
    rmSync(dir, { recursive: true });
  });

  test('a localized guide must keep the default guide\'s field keys', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'link-hub-guides-'));
    cpSync(path.join(fixtures, 'inline/input.mdx'), path.join(dir, 'inline.mdx'));
    writeFileSync(path.join(dir, 'inline.de.mdx'), `---\nfields:\n  - Schlüssel\n---\n${readFileSync(path.join(fixtures, 'inline/input.mdx'), 'utf8')}`);
    await assert.rejects(compileGuides(dir, { cwd: dir }), /inline\.de\.mdx:1:1: localized fields must keep the default guide's keys \(apiKey\), got \(schlussel\)/);
    rmSync(dir, { recursive: true });
  });

  test('a localized field takes its nature from the default guide: "Clé API" stays secret; its words stay translated', async () => {
    const catalog = await compileGuides(path.join(here, 'localized/inferred'));
    const fr = catalog.locales?.[0]?.providers[0]?.fields;
    const nature = (f: Field) => [f.key, f.type, f.secret, f.required, f.pattern ?? null, f.options?.map((o) => o.value) ?? null];
    assert.deepEqual(fr?.map(nature), catalog.providers[0]?.fields.map(nature));
    assert.deepEqual(fr?.map((f) => [f.label, f.help ?? null, f.placeholder ?? null]), [
      ['Clé API', 'Dans Paramètres avancés, section API.', null],
      ["Identifiant de l'entreprise", null, null],
      // What the translation does not word (this placeholder) is the default guide's, in the catalog as in the browser.
      ['Sous-domaine', null, 'acme'],
      ['Région', null, null],
    ]);
    assert.equal(fr?.[0]?.type, 'secret');
    assert.deepEqual(fr?.[3]?.options, [{ value: 'eu', label: 'Europe' }, { value: 'us', label: 'États-Unis' }]);
  });

  test('a localized guide words its actions; their ids and scopes are the default guide\'s, and one that widens them fails at its actions', async () => {
    await assert.rejects(compileGuides(path.join(here, 'localized/actions'), { cwd: here }), (error: unknown) => {
      assert.ok(error instanceof GuideCompileError);
      assert.deepEqual(error.problems.map((p) => `${p.file}:${p.line}:${p.column}`), ['localized/actions/lanternfish.de.mdx:3:1']);
      assert.match(error.problems[0]!.message, /^actions: read_docs \(docs:read admin:all\) contradict the default guide .*lanternfish\.mdx \(read_docs \(docs:read\), edit_docs \(docs:read docs:write\)\)/);
      return true;
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'link-hub-actions-'));
    for (const file of ['lanternfish.mdx', 'lanternfish.fr.mdx']) cpSync(path.join(here, 'localized/actions', file), path.join(dir, file));
    const catalog = await compileGuides(dir);
    rmSync(dir, { recursive: true });
    assert.deepEqual(catalog.locales?.[0]?.providers[0]?.actions, [
      { id: 'read_docs', label: 'Lire les documents', scopes: ['docs:read'] },
      { id: 'edit_docs', label: 'Modifier les documents', scopes: ['docs:read', 'docs:write'] },
    ]);
  });

  test('a localized guide that sets a field\'s nature against the default guide fails at each front matter entry', async () => {
    await assert.rejects(compileGuides(path.join(here, 'localized/contradicts'), { cwd: here }), (error: unknown) => {
      assert.ok(error instanceof GuideCompileError);
      const where = (p: GuideProblem) => `${p.file}:${p.line}:${p.column}`;
      assert.deepEqual(error.problems.map(where), [
        'localized/contradicts/flatchr.fr.mdx:6:5',
        'localized/contradicts/flatchr.fr.mdx:9:5',
        'localized/contradicts/flatchr.fr.mdx:12:5',
        'localized/contradicts/flatchr.fr.mdx:15:5',
      ]);
      assert.match(error.problems[0]!.message, /^field "apiKey": secret false contradicts the default guide localized\/contradicts\/flatchr\.mdx \(secret true\)\..*remove `secret:` here$/);
      assert.match(error.problems[1]!.message, /^field "companyId": type "secret" contradicts .*\(type "text"\)/);
      assert.match(error.problems[2]!.message, /^field "subdomain": pattern "\^\.\*\$" contradicts/);
      assert.match(error.problems[3]!.message, /^field "region": options \["eu","fr"\] contradicts .*\(options \["eu","us"\]\)/);
      return true;
    });
  });

  test('a guide with no front matter infers key, name, auth type and fields', () => {
    const { provider } = compileGuide('guides/Pinecrest ATS.mdx', readFileSync(path.join(fixtures, 'docs-full/input.mdx'), 'utf8'));
    assert.equal(provider?.key, 'pinecrest-ats');
    assert.equal(provider?.name, 'Pinecrest ATS');
    assert.equal(provider?.authType, 'api_key');
    assert.deepEqual(provider?.fields.map((f) => [f.key, f.label, f.secret]), [['workspaceId', 'Workspace ID', false], ['apiKey', 'API Key', true]]);
  });

  test('secret inference: keys, secrets, passwords and tokens are secret; IDs and subdomains are not', () => {
    const labels = ['API Key', 'Client Secret', 'Firm Service Key', 'Password', 'Access Token', 'Company ID', 'Subdomain', 'User ID', 'Client ID', 'Firm Name'];
    const source = `# Connect Labels with API Key\n\n<div data-whitelabel-hide>\n  Fill out the following fields using details from your provider:\n\n  <ul>\n${labels.map((l) => `    <li><strong>${l}</strong></li>`).join('\n')}\n  </ul>\n</div>\n`;
    const { provider } = compileGuide('labels.mdx', source);
    assert.deepEqual(provider?.fields.map((f) => f.secret), [true, true, true, true, true, false, false, false, false, false]);
  });
});

describe('the CLI', () => {
  const cli = path.join(root, 'src/guides/cli.ts');
  const tsx = path.join(root, 'node_modules/.bin/tsx');

  test('compiles a folder into one catalog, and the split form', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'link-hub-cli-'));
    const out = path.join(dir, 'out/catalog.json');
    const split = path.join(dir, 'split');
    execFileSync(tsx, [cli, path.join(root, 'guides'), '--out', out, '--split', split], { stdio: 'pipe' });
    const catalog = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(Catalog.safeParse(catalog).success);
    const index = JSON.parse(readFileSync(path.join(split, 'index.json'), 'utf8'));
    assert.deepEqual(index.providers.map((p: { key: string }) => p.key), catalog.providers.map((p: { key: string }) => p.key));
    assert.equal(index.providers[0].sections, undefined, 'the index holds no guide bodies');
    for (const p of catalog.providers) assert.deepEqual(JSON.parse(readFileSync(path.join(split, `${p.key}.json`), 'utf8')), p);
    rmSync(dir, { recursive: true });
  });

  test('a bad guide: path:line:column on stderr, exit 1, nothing written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'link-hub-cli-'));
    mkdirSync(path.join(dir, 'guides'));
    cpSync(path.join(fixtures, 'inline/input.mdx'), path.join(dir, 'guides/good.mdx'));
    cpSync(path.join(errors, 'expression.mdx'), path.join(dir, 'guides/bad.mdx'));
    const result = spawnSync(tsx, [cli, 'guides', '--out', 'catalog.json', '--split', 'split'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^guides\/bad\.mdx:5:13: expressions like/m);
    assert.match(result.stderr, /nothing was written/);
    assert.deepEqual(readdirSync(dir).sort(), ['guides']);
    rmSync(dir, { recursive: true });
  });

  test('usage errors exit 2', () => {
    const result = spawnSync(tsx, [cli], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /usage: link-hub-guides/);
  });
});

describe('guides/: the shipped guides', () => {
  test('every guide compiles and validates', async () => {
    const catalog = await compileGuides(path.join(root, 'guides'));
    assert.ok(Catalog.safeParse(catalog).success);
    assert.ok(catalog.providers.length >= 5);
  });

  test('the five seed providers keep their field labels, in order', async () => {
    const catalog = await compileGuides(path.join(root, 'guides'));
    const labels = Object.fromEntries(catalog.providers.map((p) => [p.name, p.fields.map((f) => f.label)]));
    assert.deepEqual(labels['Flatchr'], ['API Key', 'Company ID', 'Subdomain']);
    assert.deepEqual(labels['ClayHR'], ['Company Subdomain', 'API Key', 'User ID']);
    assert.deepEqual(labels['SmartRecruiters'], ['API Key']);
    assert.deepEqual(labels['CharlieHR'], ['Client ID', 'Client Secret']);
    assert.deepEqual(labels['Clockwork Recruiting'], ['Firm Name', 'API Key', 'API Secret', 'Firm Service Key']);
  });
});

describe('documentation pages saved as text', () => {
  test('a folder with no .mdx or .md compiles its .txt files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'link-hub-txt-'));
    cpSync(path.join(fixtures, 'docs-full/input.mdx'), path.join(dir, 'pinecrest.txt'));
    const catalog = await compileGuides(dir);
    assert.deepEqual(catalog.providers.map((p) => [p.key, p.name]), [['pinecrest', 'Pinecrest ATS']]);
    rmSync(dir, { recursive: true });
  });

  test('.txt files are ignored when the folder has .mdx guides', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'link-hub-txt-'));
    cpSync(path.join(fixtures, 'docs-full/input.mdx'), path.join(dir, 'pinecrest.mdx'));
    writeFileSync(path.join(dir, 'notes.txt'), 'not a guide');
    const catalog = await compileGuides(dir);
    assert.deepEqual(catalog.providers.map((p) => p.key), ['pinecrest']);
    rmSync(dir, { recursive: true });
  });
});

describe('scope-aware guides', () => {
  const actionsJson = '[{&#x22;id&#x22;: &#x22;read&#x22;, &#x22;label&#x22;: &#x22;Read&#x22;, &#x22;scopes&#x22;: [&#x22;a:read&#x22;]}]';
  const guide = (selector: string) => `# Connect Wrapped with OAuth\n\n${selector}\n\n## Steps\n\nDo the thing.\n`;

  test('any element may wrap the scope selector, which may also stand alone or in a line of text; it renders nothing', () => {
    const selector = `<div data-guides-scope-selector data-guide-actions-json="${actionsJson}"></div>`;
    for (const source of [
      guide(`<Panel>\n  ${selector}\n</Panel>`),
      guide(`<Sidebar>\n  <Panel>\n    ${selector}\n  </Panel>\n</Sidebar>`),
      guide(`<Frame>\n  ${selector}\n</Frame>`),
      guide(selector),
      guide(`Pick below. <Panel>${selector}</Panel>`),
    ]) {
      const { provider, problems, warnings } = compileGuide('wrapped.mdx', source);
      assert.deepEqual([problems, warnings], [[], []], source);
      assert.deepEqual(provider?.actions, [{ id: 'read', label: 'Read', scopes: ['a:read'] }], source);
      assert.deepEqual(JSON.stringify(provider?.intro).includes('Read'), false, 'the selector shows no text');
    }
  });

  test('a guide with no actions keeps scopes without a warning, and has no actions key', () => {
    const { provider, warnings } = compileGuide('scopes.mdx', readFileSync(path.join(fixtures, 'scopes/input.mdx'), 'utf8'));
    assert.deepEqual(warnings, []);
    assert.equal(provider && 'actions' in provider, false);
    assert.deepEqual(provider?.sections[0]?.scopes, ['admin', 'read']);
  });

  test('a second scope selector is an error at it', () => {
    const selector = `<div data-guides-scope-selector data-guide-actions-json="${actionsJson}"></div>`;
    const { problems } = compileGuide('two.mdx', guide(`${selector}\n\n${selector}`));
    assert.deepEqual(problems.map((p) => [p.line, p.column]), [[5, 1]]);
    assert.match(problems[0]!.message, /^a guide has one scope selector: another one starts at line 3/);
  });
});

describe('disclosures, tabs, tables, cards and keys', () => {
  const guide = (body: string, front = '') => `---\ntitle: Kinds - API Key\n${front}fields:\n  - API Key\n---\n\n## Set up\n\n${body}\n`;
  const content = (body: string, front = '') => {
    const result = compileGuide('kinds.mdx', guide(body, front));
    assert.deepEqual(result.problems, []);
    return { blocks: result.provider?.sections[0]?.content, warnings: result.warnings.map((w) => w.message) };
  };
  const text = (words: string) => ({ type: 'text', text: words });
  const para = (words: string) => ({ type: 'paragraph', children: [text(words)] });

  test('<Accordion title> and <Expandable title> are disclosures; <AccordionGroup> only wraps them; a <Steps> inside is an ordered list', () => {
    const { blocks, warnings } = content(
      '<AccordionGroup>\n  <Accordion title="First">\n    One.\n  </Accordion>\n  <Expandable title="Second">\n    <Steps>\n      <Step title="Go">\n        Two.\n      </Step>\n    </Steps>\n  </Expandable>\n</AccordionGroup>',
    );
    assert.deepEqual(warnings, []);
    assert.deepEqual(blocks, [
      { type: 'disclosure', title: [text('First')], children: [para('One.')] },
      { type: 'disclosure', title: [text('Second')], children: [{ type: 'list', ordered: true, items: [[{ type: 'paragraph', children: [{ type: 'strong', children: [text('Go')] }] }, para('Two.')]] }] },
    ]);
  });

  test('<Tabs> of <Tab title> is one tabs block; a <Tab> outside <Tabs> is a heading and its body; a <Tabs> with no <Tab> shows what it holds', () => {
    assert.deepEqual(content('<Tabs>\n  <Tab title="Web">\n    One.\n  </Tab>\n  <Tab title="Desktop">\n    Two.\n  </Tab>\n</Tabs>').blocks, [
      { type: 'tabs', tabs: [{ title: 'Web', children: [para('One.')] }, { title: 'Desktop', children: [para('Two.')] }] },
    ]);
    assert.deepEqual(content('<Tab title="Web">\n  One.\n</Tab>').blocks, [{ type: 'heading', children: [text('Web')] }, para('One.')]);
    assert.deepEqual(content('<Tabs>\n  Only text.\n</Tabs>'), { blocks: [para('Only text.')], warnings: [] });
  });

  test('text inside <Tabs> goes with the tab before it (before the first, before the tabs); an untitled <Tab> is numbered', () => {
    const result = compileGuide('guides/text-inside-tabs.mdx', readFileSync(path.join(here, 'warnings/text-inside-tabs.mdx'), 'utf8'));
    const tabs = result.provider?.sections[0]?.content;
    assert.deepEqual(tabs?.[0], para('Pick the app you use.'));
    assert.deepEqual(tabs?.[1]?.type === 'tabs' && tabs[1].tabs.map((t) => [t.title, t.children.length]), [['Web', 2], ['Tab 2', 1]]);
    assert.ok(Catalog.safeParse(assemble([result])).success);
  });

  test('a GFM table: header and rows of cells, each its runs; short rows padded, extra cells kept under empty header cells', () => {
    const { blocks, warnings } = content('| Field | Where |\n| --- | --- |\n| **Key** | Settings | once |\n| Region |');
    assert.equal(warnings.length, 1);
    assert.deepEqual(blocks, [
      {
        type: 'table',
        head: [[text('Field')], [text('Where')], []],
        rows: [
          [[{ type: 'strong', children: [text('Key')] }], [text('Settings')], [text('once')]],
          [[text('Region')], [], []],
        ],
      },
    ]);
    assert.deepEqual(content('| Field | Where |\n| --- | --- |').blocks, [{ type: 'table', head: [[text('Field')], [text('Where')]], rows: [] }]);
  });

  test('<Card title href> is a card; its href is checked and resolved as a link is; an untitled card shows its body', () => {
    const card = '<CardGroup>\n  <Card title="Admin guide" href="/guides/admin" icon="book">\n    Who approves.\n  </Card>\n  <Card title="Plain">\n    Text.\n  </Card>\n</CardGroup>';
    assert.deepEqual(content(card, 'baseUrl: https://docs.kinds.example\n'), {
      blocks: [
        { type: 'card', title: 'Admin guide', href: 'https://docs.kinds.example/guides/admin', children: [para('Who approves.')] },
        { type: 'card', title: 'Plain', children: [para('Text.')] },
      ],
      warnings: [],
    });
    const unresolved = content(card);
    assert.deepEqual(unresolved.blocks?.[0], { type: 'card', title: 'Admin guide', children: [para('Who approves.')] });
    assert.match(unresolved.warnings[0]!, /^link "\/guides\/admin" is a path on the documentation site/);
    assert.deepEqual(content('<Card href="https://kinds.example">\n  Body.\n</Card>').blocks, [para('Body.')]);
    const bad = compileGuide('kinds.mdx', guide('<Card title="Bad" href="javascript:alert(1)">\n  Body.\n</Card>'));
    assert.match(bad.problems[0]!.message, /^link "javascript:alert\(1\)": links must use http:, https: or mailto:/);
  });

  test('<kbd> is a key run', () => {
    assert.deepEqual(content('Press <kbd>Ctrl</kbd> + <kbd> R </kbd>.').blocks, [
      { type: 'paragraph', children: [text('Press '), { type: 'kbd', text: 'Ctrl' }, text(' + '), { type: 'kbd', text: 'R' }, text('.')] },
    ]);
  });
});
