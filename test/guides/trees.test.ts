/**
 * A documentation tree compiles as it is: categories from folders, keys that stay unique
 * (and stable) without editing files, entries that never read the same, relative paths
 * resolved against --base-url, and every leniency said in a warning (strict fails them).
 * trees/docs/ is a small tree in our own words: names shared across folders, a folder
 * category that front matter spells, untitled steps, stray text in <Steps>, a footer snippet.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileGuideFiles, compileGuides, listGuides } from '../../src/guides/compile.js';
import { GuideCompileError } from '../../src/guides/diagnostics.js';
import { treePlaces } from '../../src/guides/tree.js';
import type { Catalog } from '../../src/schema/guide.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const tree = path.join(here, 'trees/docs');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cli = path.join(root, 'src/guides/cli.ts');

const scratch = () => mkdtempSync(path.join(tmpdir(), 'link-hub-tree-'));
const write = (dir: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const keyed = (catalog: Catalog) => Object.fromEntries(catalog.providers.map((p) => [p.key, p]));
const apiKeyGuide = (title: string) => `---\ntitle: ${title}\nfields:\n  - API Key\n---\n\n## Find the key\n\nCopy it from the settings.\n`;

describe('trees/docs: a tree compiles as it is', () => {
  test('each provider: key, name, variant, category and auth type', async () => {
    const { catalog } = await compileGuideFiles(await listGuides(tree), { root: tree, cwd: here });
    const rows = catalog.providers.map((p) => [p.key, p.name, p.variant ?? null, p.category ?? null, p.authType]);
    assert.deepEqual(rows, [
      // Two hibob.mdx in two folders: each keyed by its path; told apart by their variants.
      ['ats-hibob', 'Hibob', 'API Key', 'ats', 'api_key'],
      ['lumen-ats', 'Lumen ATS', 'API Key', 'ats', 'api_key'],
      // Two tallyho.mdx, one a folder deeper: the first folder is the category of both.
      ['crm-emea-tallyho', 'Tallyho CRM', 'OAuth 2.0', 'crm', 'oauth2'],
      ['crm-tallyho', 'Tallyho CRM', 'API Key', 'crm', 'api_key'],
      // The folder hris/ is spelled as pebble.mdx's front matter spells it; service users are API keys.
      ['hris-hibob', 'Hibob', 'Service User', 'HRIS', 'api_key'],
      ['pebble', 'Pebble People', 'Basic Auth', 'HRIS', 'basic'],
      // At the root: no category.
      ['quokka', 'Quokka Pay', 'API Key', null, 'api_key'],
    ]);
  });

  test('what the compiler did leniently is a warning at file:line:column; nothing else warns', async () => {
    const { warnings } = await compileGuideFiles(await listGuides(tree), { root: tree, cwd: here });
    assert.deepEqual(
      warnings.map((w) => `${w.file}:${w.line}:${w.column}`),
      ['trees/docs/ats/lumen-ats.mdx:15:3', 'trees/docs/ats/lumen-ats.mdx:17:3', 'trees/docs/ats/lumen-ats.mdx:20:5', 'trees/docs/ats/lumen-ats.mdx:27:1'],
    );
    assert.match(warnings[0]!.message, /^text directly inside <Steps> is shown before the steps/);
    assert.match(warnings[1]!.message, /^<Step> has no title: shown as a numbered step titled "Step 1"/);
    assert.match(warnings[2]!.message, /^image "images\/admin-menu\.png" is a path on the documentation site: kept as "ats\/images\/admin-menu\.png" \(from the guides' root\)/);
    assert.match(warnings[3]!.message, /^unknown component <SupportFooter \/> is dropped/);
  });

  test('the untitled step, the text beside it and the image are all in the guide, in order', async () => {
    const lumen = keyed(await compileGuides(tree))['lumen-ats']!;
    const section = lumen.sections[0]!;
    assert.equal(lumen.warnings.length, 1, 'the warning callout');
    assert.deepEqual(section.content.map((b) => b.type), ['paragraph']);
    assert.deepEqual(section.steps.map((s) => s.title), ['Step 1', 'Copy the key']);
    assert.deepEqual(section.steps[0]!.content.map((b) => b.type), ['paragraph', 'image']);
  });

  test('strict: the same warnings fail the compile', async () => {
    await assert.rejects(compileGuides(tree, { strict: true, cwd: here }), (error: unknown) => {
      assert.ok(error instanceof GuideCompileError);
      assert.equal(error.problems.length, 4);
      assert.ok(error.problems.every((p) => p.severity === 'warning' && p.file === 'trees/docs/ats/lumen-ats.mdx'));
      return true;
    });
  });
});

describe('keys in a tree', () => {
  const places = (files: string[]) =>
    Object.fromEntries([...treePlaces('/g', files.map((f) => `/g/${f}`))].map(([file, p]) => [file.slice(3), p.key]));

  test('a name used in one folder is the key; one shared by folders is keyed by each path; the root keeps the name', () => {
    assert.deepEqual(places(['ats/hibob.mdx', 'hris/hibob.mdx', 'hris/eu/hibob.mdx', 'crm/solo.mdx', 'hibob.mdx']), {
      'ats/hibob.mdx': 'ats-hibob',
      'hris/hibob.mdx': 'hris-hibob',
      'hris/eu/hibob.mdx': 'hris-eu-hibob',
      'crm/solo.mdx': 'solo',
      'hibob.mdx': 'hibob',
    });
  });

  test('a translation (hibob.fr.mdx) takes the key of the guide beside it, and makes no collision', () => {
    assert.deepEqual(places(['ats/hibob.mdx', 'ats/hibob.fr.mdx', 'hris/hibob.mdx']), { 'ats/hibob.mdx': 'ats-hibob', 'ats/hibob.fr.mdx': 'ats-hibob', 'hris/hibob.mdx': 'hris-hibob' });
    assert.deepEqual(places(['ats/solo.mdx', 'ats/solo.fr.mdx']), { 'ats/solo.mdx': 'solo', 'ats/solo.fr.mdx': 'solo' });
  });

  test('folder and file names are made url-safe the way file names always were', () => {
    assert.deepEqual(places(['Ressources Humaines/Zéphyr.mdx', 'ATS/Zéphyr.mdx']), { 'Ressources Humaines/Zéphyr.mdx': 'ressources-humaines-zephyr', 'ATS/Zéphyr.mdx': 'ats-zephyr' });
  });

  test('stable: adding files elsewhere changes no key, except the plain key of a name a new file comes to share', async () => {
    const dir = scratch();
    cpSync(tree, dir, { recursive: true });
    const before = (await compileGuides(dir)).providers.map((p) => p.key);
    write(dir, 'sales/newcomer.mdx', apiKeyGuide('Newcomer - API Key'));
    write(dir, 'sales/hibob.mdx', apiKeyGuide('Hibob - Sales Key'));
    write(dir, 'sales/quokka.mdx', apiKeyGuide('Quokka Pay - Sales Key'));
    const after = (await compileGuides(dir)).providers.map((p) => p.key);
    assert.deepEqual(after.filter((k) => !before.includes(k)).sort(), ['newcomer', 'sales-hibob', 'sales-quokka']);
    assert.deepEqual(before.filter((k) => !after.includes(k)), [], 'every key of before is still there (quokka.mdx is at the root)');
    // The documented exception: pebble.mdx's key was its name until another folder has a pebble.mdx.
    write(dir, 'sales/pebble.mdx', apiKeyGuide('Pebble Sales - API Key'));
    const keys = (await compileGuides(dir)).providers.map((p) => p.key);
    assert.ok(keys.includes('hris-pebble') && keys.includes('sales-pebble') && !keys.includes('pebble'));
    rmSync(dir, { recursive: true });
  });

  test('front matter key: and category: win over the tree', async () => {
    const dir = scratch();
    write(dir, 'crm/acme.mdx', `---\nkey: acme-crm\ncategory: Sales\ntitle: Acme - API Key\nfields:\n  - API Key\n---\n\nCopy the key.\n`);
    write(dir, 'ats/acme.mdx', apiKeyGuide('Acme - Recruiting Key'));
    assert.deepEqual((await compileGuides(dir)).providers.map((p) => [p.key, p.category]), [['ats-acme', 'ats'], ['acme-crm', 'Sales']]);
    rmSync(dir, { recursive: true });
  });

  test('hidden folders and node_modules are not looked in', async () => {
    const dir = scratch();
    write(dir, 'ats/acme.mdx', apiKeyGuide('Acme - API Key'));
    write(dir, '.drafts/acme.mdx', 'not a guide');
    write(dir, 'node_modules/pkg/readme.md', 'not a guide');
    assert.deepEqual(await listGuides(dir), [path.join(dir, 'ats/acme.mdx')]);
    rmSync(dir, { recursive: true });
  });
});

describe('entries that would read the same are told apart', () => {
  test('same name and variant in two folders: the category is added to each variant, with a warning at each file', async () => {
    const dir = scratch();
    write(dir, 'ats/acme.mdx', apiKeyGuide('Acme - API Key'));
    write(dir, 'hris/acme.mdx', apiKeyGuide('Acme - API Key'));
    const { catalog, warnings } = await compileGuideFiles(await listGuides(dir), { root: dir, cwd: dir });
    assert.deepEqual(catalog.providers.map((p) => [p.key, p.name, p.variant]), [['ats-acme', 'Acme', 'API Key · ats'], ['hris-acme', 'Acme', 'API Key · hris']]);
    assert.deepEqual(warnings.map((w) => `${w.file}:${w.line}:${w.column}`), ['ats/acme.mdx:1:1', 'hris/acme.mdx:1:1']);
    assert.match(warnings[0]!.message, /^"Acme" \(API Key\) would read the same as hris\/acme\.mdx in the list: its variant is "API Key · ats" to tell them apart\. Set `variant:` in the front matter/);
    rmSync(dir, { recursive: true });
  });

  test('in one category, by key; with no variant at all, the key alone', async () => {
    const dir = scratch();
    write(dir, 'ats/eu/acme.mdx', '---\nname: Acme\nfields:\n  - API Key\n---\n\nCopy the key.\n');
    write(dir, 'ats/us/acme.mdx', '---\nname: Acme\nfields:\n  - API Key\n---\n\nCopy the key.\n');
    const { catalog } = await compileGuideFiles(await listGuides(dir), { root: dir, cwd: dir });
    assert.deepEqual(catalog.providers.map((p) => p.variant), ['ats-eu-acme', 'ats-us-acme']);
    rmSync(dir, { recursive: true });
  });

  test('front matter variant: chooses the words, and then nothing needs telling apart', async () => {
    const dir = scratch();
    write(dir, 'ats/acme.mdx', apiKeyGuide('Acme - API Key').replace('---\n\n', 'variant: Recruiting\n---\n\n'));
    write(dir, 'hris/acme.mdx', apiKeyGuide('Acme - API Key'));
    const { catalog, warnings } = await compileGuideFiles(await listGuides(dir), { root: dir, cwd: dir });
    assert.deepEqual(catalog.providers.map((p) => p.variant), ['Recruiting', 'API Key']);
    assert.deepEqual(warnings, []);
    rmSync(dir, { recursive: true });
  });
});

describe('the CLI on a tree', () => {
  test('--base-url resolves relative images and links against the docs site, the guide\'s folder included', () => {
    const dir = scratch();
    const out = path.join(dir, 'catalog.json');
    const result = spawnSync(tsx, [cli, tree, '--out', out, '--base-url', 'https://docs.lumen.example/help'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const lumen = keyed(JSON.parse(readFileSync(out, 'utf8')))['lumen-ats']!;
    assert.deepEqual(lumen.sections[0]!.steps[0]!.content[1], { type: 'image', src: 'https://docs.lumen.example/help/ats/images/admin-menu.png', alt: 'The admin menu' });
    assert.doesNotMatch(result.stderr, /admin-menu/, 'no warning for a resolved image');
    rmSync(dir, { recursive: true });
  });

  test('--strict fails on the tree\'s warnings and writes nothing; a bad --base-url is a usage error', () => {
    const dir = scratch();
    const strict = spawnSync(tsx, [cli, tree, '--out', path.join(dir, 'catalog.json'), '--strict'], { encoding: 'utf8' });
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /lumen-ats\.mdx:27:1: warning: unknown component <SupportFooter \/> is dropped/);
    assert.deepEqual(readdirSync(dir), []);
    const bad = spawnSync(tsx, [cli, tree, '--out', path.join(dir, 'catalog.json'), '--base-url', 'docs.example.com'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--base-url "docs\.example\.com": expected the documentation site's http\(s\) address/);
    rmSync(dir, { recursive: true });
  });
});
