/**
 * Warnings: what a guide says that the compiler ignores or doubts. One fixture per kind
 * under warnings/ (message and position), how a folder's compile returns them, strict mode,
 * and the CLI's output. The shipped guides have none.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, mkdtempSync, cpSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileGuide, compileGuideFiles, compileGuides, listGuides } from '../../src/guides/compile.js';
import { Diagnostics, formatProblem, GuideCompileError } from '../../src/guides/diagnostics.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const warnings = path.join(here, 'warnings');

/** file -> [line, column, message pattern] for each warning expected, in order. */
const EXPECTED_WARNINGS: Record<string, [number, number, RegExp][]> = {
  'unknown-keys.mdx': [
    [3, 1, /^front matter: unknown key "catgory" is ignored: did you mean `category`\?$/],
    [9, 1, /^front matter: unknown key "summary" is ignored: the compiler reads name, title, key, description, category, logo, authType, variant, baseUrl, fields, actions$/],
  ],
  'mintlify-keys.mdx': [],
  'fields-dropped.mdx': [
    [3, 1, /^fields: front matter lists API Key, Subdomain; the guide's field list also has Region \(Optional\), which front matter drops\. The form asks for the front matter's fields/],
  ],
  'fields-added.mdx': [[3, 1, /^fields: front matter lists API Key, Account Number, Subdomain; the guide's field list has no Account Number, which front matter adds\./]],
  // The same fields: one found by its `key:`, one marked Optional only in the body, in another order.
  'fields-agree.mdx': [],
  // A misspelt section scope hides the section; a step scope and a listed scope no action needs.
  'scopes-no-action-needs.mdx': [
    [7, 29, /^section "Share the rota" is about scope "shift:read", which no action needs \(the actions need shifts:read\), so the hub never shows this section: check the spelling/],
    [12, 28, /^step "Open sharing" is about scope "rota:admin", which no action needs \(the actions need shifts:read\): check/],
    [12, 72, /^step "Open sharing" lists scope "rota:admin" to grant, which no action needs .*, so the hub never lists it: check/],
  ],
  // Real docs trees: lenient where the meaning is clear, and each time it says what it did.
  'step-without-title.mdx': [
    [6, 5, /^<Step> has no title: shown as a numbered step titled "Step 1"; give it one: <Step title="Open the settings">$/],
    [9, 5, /^<Step> has no title: its first heading, "Copy the key", is its title$/],
  ],
  'text-inside-steps.mdx': [
    [10, 3, /^text directly inside <Steps> is shown before the steps \(only <Step> elements belong there\)$/],
    [16, 3, /^text directly inside <Steps> is kept with the step before it, "Open the developer page"/],
  ],
  // The same rule in <Tabs>; a <Tab> without a title is numbered.
  'text-inside-tabs.mdx': [
    [10, 3, /^text directly inside <Tabs> is shown before the tabs \(only <Tab> elements belong there\)$/],
    [16, 3, /^text directly inside <Tabs> is kept with the tab before it, "Web" \(only <Tab> elements belong there\)$/],
    [18, 3, /^<Tab> has no title: shown as a tab titled "Tab 2"; give it one: <Tab title="Web">$/],
  ],
  // A row longer than the header keeps its cells, under empty header cells; a short row is padded quietly.
  'table-extra-cells.mdx': [[11, 1, /^this table row has 3 cells and the header 2: the extra cell is kept under an empty header cell$/]],
  // An <Accordion> with no title has nothing to open: its content shows.
  'untitled-disclosure.mdx': [[9, 1, /^<Accordion> has no title: its content is shown open; give it one: <Accordion title="Troubleshooting">$/]],
  'frame-between-items.mdx': [
    [10, 3, /^text directly inside <ol> is shown before its items \(only <li> items belong there\)$/],
    [12, 3, /^an image between the <li> items of <ol> is kept with the item before it/],
    [16, 3, /^an image between the <li> items of <ol> is kept with the item before it/],
  ],
  'unknown-self-closing.mdx': [
    [11, 1, /^unknown component <SupportFooter \/> is dropped: it closes itself, so it holds nothing here \(on the docs site its content comes from elsewhere, such as a snippet\)$/],
    [13, 1, /^unknown component <Notee \/> is dropped: it closes itself, so it holds nothing here: did you mean <Note>\?$/],
  ],
  'escapes.mdx': [[9, 18, /^\\< \\> \\_ \\\{ \\\} in the text are escapes: shown as "<" ">" "_" "\{" "\}"$/]],
  'relative-paths.mdx': [
    [9, 5, /^link "\/guides\/marlin\/tokens" is a path on the documentation site: its text is kept, the link is dropped; set --base-url \(or `baseUrl:` in the front matter\)/],
    [11, 1, /^image "\/images\/marlin\/tokens\.png" is a path on the documentation site: kept as written/],
    [13, 1, /^image "pictures\/copy\.png" is a path on the documentation site: kept as written/],
  ],
  // Front matter and the scope selector disagree (front matter wins); the selector's action has a key actions do not have.
  'actions-disagree.mdx': [
    [12, 61, /^scope selector: action "read_shifts": unknown key "icon" is ignored \(an action has id, label, scopes, description\)$/],
    [3, 1, /^actions: front matter declares read_shifts \(shifts:read\); the scope selector declares read_shifts \(shifts:read\), swap_shifts \(shifts:write\)\. The hub offers the front matter's/],
  ],
};

describe('warnings: each fixture compiles, and warns at file:line:column', () => {
  test('every warning fixture has an expectation', () => {
    assert.deepEqual(readdirSync(warnings).sort(), Object.keys(EXPECTED_WARNINGS).sort());
  });
  for (const [file, expected] of Object.entries(EXPECTED_WARNINGS)) {
    test(file, () => {
      const result = compileGuide(`guides/${file}`, readFileSync(path.join(warnings, file), 'utf8'));
      assert.deepEqual(result.problems, []);
      assert.ok(result.provider, 'compiled');
      const where = result.warnings.map((w) => `${w.line}:${w.column} ${w.message}`).join('\n');
      assert.equal(result.warnings.length, expected.length, where);
      expected.forEach(([line, column, pattern], i) => {
        const warning = result.warnings[i]!;
        assert.equal(warning.file, `guides/${file}`);
        assert.equal(warning.severity, 'warning');
        assert.match(warning.message, pattern);
        assert.deepEqual([warning.line, warning.column], [line, column], warning.message);
      });
    });
  }
});

describe('Diagnostics: warnings beside problems', () => {
  test('warn() collects a warning at file:line:column, apart from the problems', () => {
    const diagnostics = new Diagnostics('guides/a.mdx');
    diagnostics.warn('doubtful', { line: 3, column: 7 });
    diagnostics.warn('no place', undefined);
    diagnostics.report('wrong', { line: 9, column: 1 });
    assert.deepEqual(diagnostics.warnings, [
      { file: 'guides/a.mdx', line: 3, column: 7, message: 'doubtful', severity: 'warning' },
      { file: 'guides/a.mdx', line: 1, column: 1, message: 'no place', severity: 'warning' },
    ]);
    assert.deepEqual(diagnostics.problems, [{ file: 'guides/a.mdx', line: 9, column: 1, message: 'wrong' }]);
  });

  test('a warning prints as path:line:column: warning: message; an error without the word', () => {
    const diagnostics = new Diagnostics('guides/a.mdx');
    diagnostics.warn('doubtful', { line: 3, column: 7 });
    diagnostics.report('wrong', { line: 9, column: 1 });
    assert.equal(formatProblem(diagnostics.warnings[0]!), 'guides/a.mdx:3:7: warning: doubtful');
    assert.equal(formatProblem(diagnostics.problems[0]!), 'guides/a.mdx:9:1: wrong');
  });
});

describe('a folder with warnings', () => {
  const folder = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'link-hub-warnings-'));
    cpSync(path.join(warnings, 'unknown-keys.mdx'), path.join(dir, 'quillstack.mdx'));
    cpSync(path.join(warnings, 'mintlify-keys.mdx'), path.join(dir, 'larchfield.mdx'));
    return dir;
  };

  test('compileGuideFiles returns the catalog and every warning; compileGuides, the catalog alone', async () => {
    const dir = folder();
    const { catalog, warnings: found } = await compileGuideFiles(await listGuides(dir), { cwd: dir });
    assert.deepEqual(catalog.providers.map((p) => p.key).sort(), ['larchfield', 'quillstack']);
    assert.deepEqual(found.map(formatProblem).map((line) => line.replace(/: (did you|the compiler).*/, '')), [
      'quillstack.mdx:3:1: warning: front matter: unknown key "catgory" is ignored',
      'quillstack.mdx:9:1: warning: front matter: unknown key "summary" is ignored',
    ]);
    assert.deepEqual(await compileGuides(dir, { cwd: dir }), catalog);
    rmSync(dir, { recursive: true });
  });

  test('strict: the warnings fail the compile, in file order, each still marked as a warning', async () => {
    const dir = folder();
    await assert.rejects(compileGuides(dir, { cwd: dir, strict: true }), (error: unknown) => {
      assert.ok(error instanceof GuideCompileError);
      assert.deepEqual(error.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}`), ['quillstack.mdx:3:1 warning', 'quillstack.mdx:9:1 warning']);
      assert.match(error.message, /^quillstack\.mdx:3:1: warning: front matter: unknown key "catgory"/m);
      return true;
    });
    rmSync(dir, { recursive: true });
  });

  test('strict with no warnings compiles as usual', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'link-hub-warnings-'));
    cpSync(path.join(warnings, 'mintlify-keys.mdx'), path.join(dir, 'larchfield.mdx'));
    const { catalog, warnings: found } = await compileGuideFiles(await listGuides(dir), { strict: true });
    assert.deepEqual([catalog.providers.map((p) => p.name), found], [['Larchfield Payroll'], []]);
    rmSync(dir, { recursive: true });
  });
});

describe('the CLI and warnings', () => {
  const cli = path.join(root, 'src/guides/cli.ts');
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const project = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'link-hub-cli-'));
    mkdirSync(path.join(dir, 'guides'));
    cpSync(path.join(warnings, 'unknown-keys.mdx'), path.join(dir, 'guides/quillstack.mdx'));
    return dir;
  };

  test('each warning on stderr as path:line:column: warning: message; the catalog is written; exit 0', () => {
    const dir = project();
    const result = spawnSync(tsx, [cli, 'guides', '--out', 'catalog.json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stderr.trim().split('\n'), [
      'guides/quillstack.mdx:3:1: warning: front matter: unknown key "catgory" is ignored: did you mean `category`?',
      'guides/quillstack.mdx:9:1: warning: front matter: unknown key "summary" is ignored: the compiler reads name, title, key, description, category, logo, authType, variant, baseUrl, fields, actions',
    ]);
    assert.match(result.stdout, /1 provider\(s\) -> 1 file\(s\) \(catalog\.json\), 2 warnings \(--strict makes them errors\)/);
    assert.equal(JSON.parse(readFileSync(path.join(dir, 'catalog.json'), 'utf8')).providers[0].key, 'quillstack');
    rmSync(dir, { recursive: true });
  });

  test('--strict: the warnings are errors, exit 1, nothing written', () => {
    const dir = project();
    const result = spawnSync(tsx, [cli, 'guides', '--out', 'catalog.json', '--split', 'split', '--strict'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^guides\/quillstack\.mdx:3:1: warning: front matter: unknown key "catgory"/m);
    assert.match(result.stderr, /^link-hub-guides: 2 problems \(2 warnings, errors with --strict\); nothing was written$/m);
    assert.equal(existsSync(path.join(dir, 'catalog.json')) || existsSync(path.join(dir, 'split')), false);
    rmSync(dir, { recursive: true });
  });

  test('--help names --strict', () => {
    const result = spawnSync(tsx, [cli, '--help'], { encoding: 'utf8' });
    assert.match(result.stdout, /\[--strict \| --lenient\]/);
  });
});

describe('the shipped guides', () => {
  for (const folder of ['guides', 'demo/guides']) {
    test(`${folder}/ compiles with no warnings`, async () => {
      const { warnings: found } = await compileGuideFiles(await listGuides(path.join(root, folder)));
      assert.deepEqual(found.map(formatProblem), []);
    });
  }
});
