/**
 * A second docs house (trees/house2/, in our own words): guides that say what they need in
 * prose ("To authenticate with X, you will need:" and a list of `**Credential** - what it
 * is`, or a sentence), `#### Step N:` headings for steps, a last step about the connect form
 * (not shown: it cross-checks the fields), page-suffix titles ("X - How do I link my
 * account?"), `(API Key)` variants and `sidebarTitle:`. A key guide whose fields cannot be
 * found is an error (lenient: a warning, the guide left out), never a sign-in.
 * Expected output per guide in trees/house2-expected/; UPDATE_FIXTURES=1 rewrites it.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileGuide, compileGuideFiles, listGuides } from '../../src/guides/compile.js';
import { GuideCompileError } from '../../src/guides/diagnostics.js';
import { authTypeOfText } from '../../src/guides/handlers/title.js';
import type { Catalog, Provider } from '../../src/schema/guide.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const tree = path.join(here, 'trees/house2');
const expectedDir = path.join(here, 'trees/house2-expected');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cli = path.join(root, 'src/guides/cli.ts');

const scratch = () => mkdtempSync(path.join(tmpdir(), 'link-hub-house2-'));
const lenient = async (dir = tree, cwd = here) => compileGuideFiles(await listGuides(dir), { root: dir, cwd, lenient: true });
const keyed = (catalog: Catalog) => Object.fromEntries(catalog.providers.map((p) => [p.key, p]));
const fieldRows = (p: Provider) => p.fields.map((f) => [f.key, f.label, f.type, f.secret, f.help ?? null]);
const stepTitles = (p: Provider) => p.sections.map((s) => [s.title, s.steps.map((step) => step.title)]);

/** A guide in the house style, with what it says it needs and its connect step given. */
const guide = (needs: string, connect: string) =>
  `---\ntitle: "Quillby - How do I link my account?"\n---\n\n## Overview\n\n${needs}\n\n### Instructions:\n\n#### Step 1: Generating your API Key\n\n1. Open **Settings**.\n\n#### Step 2: Enter credentials in the Connect UI\n\n${connect}\n`;

describe('trees/house2: each guide as expected', () => {
  const EXPECTED = ['brightdesk', 'ferngrove', 'keelhaul', 'parcelpoint'];

  test('lenient: the four good guides are the catalog, each exactly as pinned', async () => {
    const { catalog, leftOut } = await lenient();
    assert.deepEqual(catalog.providers.map((p) => p.key), EXPECTED);
    assert.deepEqual(leftOut, ['trees/house2/hollowmere.mdx']);
    for (const provider of catalog.providers) {
      const file = path.join(expectedDir, `${provider.key}.json`);
      if (process.env.UPDATE_FIXTURES === '1' || !existsSync(file)) writeFileSync(file, `${JSON.stringify(provider, null, 2)}\n`);
      assert.deepEqual(provider, JSON.parse(readFileSync(file, 'utf8')), provider.key);
    }
    assert.deepEqual(readdirSync(expectedDir).sort(), [...EXPECTED.map((k) => `${k}.json`), 'hollowmere.problems.json'].sort());
  });

  test('the key guide whose fields cannot be found is an error at file:line:column, never a sign-in', async () => {
    await assert.rejects(compileGuideFiles(await listGuides(tree), { root: tree, cwd: here }), (error: unknown) => {
      assert.ok(error instanceof GuideCompileError);
      const file = path.join(expectedDir, 'hollowmere.problems.json');
      if (process.env.UPDATE_FIXTURES === '1' || !existsSync(file)) writeFileSync(file, `${JSON.stringify(error.problems, null, 2)}\n`);
      assert.deepEqual(error.problems, JSON.parse(readFileSync(file, 'utf8')));
      assert.deepEqual(error.problems.map((p) => `${p.file}:${p.line}:${p.column}`), ['trees/house2/hollowmere.mdx:17:1']);
      assert.match(error.problems[0]!.message, /^no credential fields, and the guide does not say that Hollowmere links by signing in \(OAuth\)/);
      return true;
    });
    // What the compiler made of it (were it let through): never oauth2.
    const hollowmere = compileGuide('hollowmere.mdx', readFileSync(path.join(tree, 'hollowmere.mdx'), 'utf8'));
    assert.equal(hollowmere.provider?.authType, 'api_key');
  });

  test('lenient: the error is a warning at the same place, saying the guide is left out; the rest warns only about relative images', async () => {
    const { warnings } = await lenient();
    assert.deepEqual(warnings.map((w) => `${w.file}:${w.line}:${w.column}`), [
      'trees/house2/brightdesk.mdx:30:1',
      'trees/house2/brightdesk.mdx:34:1',
      'trees/house2/hollowmere.mdx:17:1',
      'trees/house2/parcelpoint.mdx:27:1',
    ]);
    assert.match(warnings[2]!.message, /^no credential fields, .*; lenient: the guide is left out of the catalog$/);
    for (const i of [0, 1, 3]) assert.match(warnings[i]!.message, /^image "\/images\/.*" is a path on the documentation site/);
    // With the docs site's address, the images resolve and nothing else warns.
    const based = await compileGuideFiles(await listGuides(tree), { root: tree, cwd: here, lenient: true, baseUrl: 'https://docs.house2.example' });
    assert.deepEqual(based.warnings.map((w) => w.file), ['trees/house2/hollowmere.mdx']);
  });

  test('fields: from the list (its words after the dash as help) or the sentence, typed by their words', async () => {
    const providers = keyed((await lenient()).catalog);
    assert.deepEqual(fieldRows(providers.parcelpoint!), [
      ['apiKey', 'API Key', 'secret', true, 'A private key that lets the integration read your shipments.'],
      ['accountNumber', 'Account Number', 'text', false, 'The number Parcelpoint gave your company when it signed up.'],
    ]);
    assert.deepEqual(fieldRows(providers.brightdesk!), [
      ['instanceUrl', 'Instance URL', 'url', false, 'The address you open Brightdesk at, such as https://acme.brightdesk.example.'],
      ['apiToken', 'API Token', 'secret', true, 'A token made by a Brightdesk agent with the admin role.'],
    ]);
    // The sentence form: "you need to authenticate using an **Access Token** and a **Directory URL**".
    assert.deepEqual(fieldRows(providers.keelhaul!), [
      ['accessToken', 'Access Token', 'secret', true, null],
      ['directoryUrl', 'Directory URL', 'url', false, null],
    ]);
    assert.deepEqual(providers.ferngrove!.fields, []);
    assert.deepEqual(Object.values(providers).map((p) => [p.key, p.authType]), [['brightdesk', 'api_key'], ['ferngrove', 'oauth2'], ['keelhaul', 'api_key'], ['parcelpoint', 'api_key']]);
  });

  test('titles: the page suffix is dropped, "(API Key)" is a variant, sidebarTitle names a page whose title does not', async () => {
    const providers = keyed((await lenient()).catalog);
    assert.deepEqual(Object.values(providers).map((p) => [p.key, p.name, p.variant ?? null]), [
      ['brightdesk', 'Brightdesk', null], // title "How to connect your account", sidebarTitle Brightdesk
      ['ferngrove', 'Ferngrove', null], // "Ferngrove - How do I link my account?"
      ['keelhaul', 'Keelhaul', 'API Key'], // "Keelhaul (API Key)"
      ['parcelpoint', 'Parcelpoint', null],
    ]);
  });

  test('steps: "#### Step N:" headings in order under their section, Prerequisites a section before them, the connect step not shown', async () => {
    const providers = keyed((await lenient()).catalog);
    assert.deepEqual(stepTitles(providers.parcelpoint!), [
      ['Overview', []],
      ['Prerequisites', []],
      ['Instructions', ['Generating your API Key', 'Finding your Account Number']],
    ]);
    assert.deepEqual(stepTitles(providers.keelhaul!), [['Overview', []], ['Prerequisites', []], ['Instructions', ['Turning on provisioning', 'Copying the Directory URL and Access Token']]]);
    assert.deepEqual(stepTitles(providers.ferngrove!), [['Overview', []], ['Prerequisites', []], ['Instructions', ['Signing in', 'Approving access']]]);
    const json = JSON.stringify(Object.values(providers));
    assert.doesNotMatch(json, /Connect UI|designated field/, 'nothing of the connect step is shown');
    assert.deepEqual(providers.parcelpoint!.sections[1]!.content.map((b) => b.type), ['list']);
  });

  test('a numbered list that an image interrupts goes on numbering: one list, the image with the item before it; callouts stay in their step', async () => {
    const parcelpoint = keyed((await lenient()).catalog).parcelpoint!;
    const [first] = parcelpoint.sections[2]!.steps;
    assert.deepEqual(first!.content.map((b) => b.type), ['list', 'callout']);
    const list = first!.content[0]!;
    assert.ok(list.type === 'list' && list.ordered);
    assert.deepEqual(list.items.map((item) => item.map((b) => b.type)), [['paragraph', 'image'], ['paragraph'], ['paragraph']]);
    const brightdesk = keyed((await lenient()).catalog).brightdesk!;
    const token = brightdesk.sections[2]!.steps[1]!.content[0]!;
    assert.ok(token.type === 'list');
    assert.deepEqual(token.items.map((item) => item.map((b) => b.type)), [['paragraph', 'image'], ['paragraph', 'image'], ['paragraph']]);
  });

  test('list items may say "Your **X**" or "**X**: …"; an item with no bold name is not a field', () => {
    const source = guide('To authenticate with Quillby, you will need:\n\n1. Your **API Key**: the key\n2. An admin account\n3. **Region** – where it runs', 'Enter your **API Key** and **Region**.');
    const result = compileGuide('quillby.mdx', source);
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.provider!.fields.map((f) => [f.key, f.help]), [['apiKey', 'the key'], ['region', 'where it runs']]);
  });

  test('inside a <Step> of the seeds\' dialect too, a numbered list an image interrupts is one list', () => {
    const source = '# Connect Quillby with API Key\n\n## Keys\n\n<Steps>\n  <Step title="Make one">\n    1. Open **Settings**.\n\n    ![Settings](https://img.example/s.png)\n\n    2. Press **New**.\n  </Step>\n</Steps>\n\n## Linking the Account from the Hub\n\nFill out the following fields:\n\n- **API Key**\n';
    const step = compileGuide('quillby.mdx', source).provider!.sections[0]!.steps[0]!;
    const list = step.content[0]!;
    assert.ok(list.type === 'list' && step.content.length === 1);
    assert.deepEqual(list.items.map((item) => item.map((b) => b.type)), [['paragraph', 'image'], ['paragraph']]);
  });

  test('a list that starts again at 1 after an image is a new list', () => {
    const source = guide('To authenticate with Quillby, you will need:\n\n1. **API Key** - the key', 'Enter your **API Key**.').replace(
      '1. Open **Settings**.',
      '1. Open **Settings**.\n\n<img src="https://img.example/a.png" alt="A" />\n\n1. Another list.',
    );
    const step = compileGuide('quillby.mdx', source).provider!.sections[1]!.steps[0]!;
    assert.deepEqual(step.content.map((b) => b.type), ['list', 'image', 'list']);
  });
});

describe('the connect step cross-checks the fields, or supplies them', () => {
  test('names the list lacks are warned at the name; fields it does not name, at the step', () => {
    const result = compileGuide(
      'quillby.mdx',
      guide('To authenticate with Quillby, you will need:\n\n1. **API Key** - the key\n2. **Region** - where it runs', 'Enter your **API Key** and **Workspace ID**, then press **Connect**.'),
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.provider!.fields.map((f) => f.key), ['apiKey', 'region'], 'the list decides');
    assert.deepEqual(result.warnings.map((w) => `${w.line}:${w.column}`), ['20:28', '18:1']);
    assert.match(result.warnings[0]!.message, /^the connect step names "Workspace ID", which the guide's list of what is needed does not: the form asks for API Key, Region/);
    assert.match(result.warnings[1]!.message, /^the connect step does not name "Region", which the guide says is needed/);
  });

  test('with no list or sentence, its bold credential names are the fields (buttons are not)', () => {
    const result = compileGuide('quillby.mdx', guide('This guide links Quillby.', 'Once you have your **API Key** and **Company Domain**, enter them and press **Connect**.'));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.provider!.fields.map((f) => [f.key, f.type]), [['apiKey', 'secret'], ['companyDomain', 'text']]);
    assert.equal(result.provider!.authType, 'api_key');
  });

  test('front matter fields win over the list, with a warning when they differ (as with the Hub block)', () => {
    const source = guide('To authenticate with Quillby, you will need:\n\n1. **API Key** - the key\n2. **Region** - where', 'Enter your **API Key**.').replace(
      '---\n\n',
      'fields:\n  - API Key\n---\n\n',
    );
    const result = compileGuide('quillby.mdx', source);
    assert.deepEqual(result.provider!.fields.map((f) => f.key), ['apiKey']);
    assert.deepEqual(result.warnings.map((w) => `${w.line}:${w.column}`), ['3:1']);
    assert.match(result.warnings[0]!.message, /^fields: front matter lists API Key; the guide's field list also has Region, which front matter drops/);
  });
});

describe('no fields: a sign-in only when something says so', () => {
  test('the old default is gone: a guide with no fields and no word about signing in fails (it was silently oauth2)', () => {
    const result = compileGuide('plain.mdx', '# Plainly\n\nOpen the settings and copy what you see.\n');
    assert.deepEqual(result.problems.map((p) => `${p.line}:${p.column}`), ['1:1']);
    assert.match(result.problems[0]!.message, /^no credential fields, and the guide does not say that Plainly links by signing in/);
  });

  test('OAuth, signing in or authorizing in the text (with no key to copy), the title, the file name or front matter say so', () => {
    const says = (file: string, source: string) => {
      const result = compileGuide(file, source);
      assert.deepEqual(result.problems, [], file);
      return result.provider!.authType;
    };
    assert.equal(says('a.mdx', '# Alder\n\nPress Connect and sign in to Alder.\n'), 'oauth2');
    assert.equal(says('b.mdx', '# Birch\n\nYou will authorize the app.\n'), 'oauth2');
    assert.equal(says('c.mdx', '# Cedar\n\nCedar uses OAuth 1.0a.\n'), 'oauth1');
    assert.equal(says('d.mdx', '# Dogwood - Sign in\n\nPress Connect.\n'), 'oauth2');
    assert.equal(says('elm-oauth.mdx', '# Elm\n\nPress Connect.\n'), 'oauth2');
    assert.equal(says('f.mdx', '---\nname: Fir\nauthType: oauth2\n---\n\nPress Connect.\n'), 'oauth2');
    assert.equal(says('g.mdx', '---\nname: Gum\ndescription: Links by signing in.\n---\n\nPress Connect.\n'), 'oauth2');
    assert.equal(says('h.mdx', '---\ntitle: Sign in with Hazel\n---\n\nPress Connect.\n'), 'oauth2');
  });

  test('authTypeOfText: words about a key to copy outweigh "sign in"', () => {
    const table: [string, ReturnType<typeof authTypeOfText>][] = [
      ['Sign in to Acme and copy your API key.', undefined],
      ['Log in, then generate a token.', undefined],
      ['Signing in is all it takes.', 'oauth2'],
      ['Press Authorize.', 'oauth2'],
      ['An authorized admin copies the secret.', undefined],
      ['The OAuth app has a client secret.', 'oauth2'],
      ['Uses OAuth1.', 'oauth1'],
      ['Copy the value.', undefined],
    ];
    for (const [text, type] of table) assert.equal(authTypeOfText(text), type, text);
  });
});

describe('lenient, in the CLI and with translations', () => {
  test('--lenient writes the rest and exits 0; without it nothing is written; with --strict it is a usage error', () => {
    const dir = scratch();
    const out = path.join(dir, 'catalog.json');
    const failed = spawnSync(tsx, [cli, tree, '--out', out], { encoding: 'utf8' });
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /hollowmere\.mdx:17:1: no credential fields/);
    assert.equal(existsSync(out), false);
    const result = spawnSync(tsx, [cli, tree, '--out', out, '--lenient'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /hollowmere\.mdx:17:1: warning: no credential fields, .*; lenient: the guide is left out of the catalog/);
    assert.match(result.stdout, /4 provider\(s\) .*1 guide left out \(.*hollowmere\.mdx\)/);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')).providers.map((p: Provider) => p.key), ['brightdesk', 'ferngrove', 'keelhaul', 'parcelpoint']);
    const both = spawnSync(tsx, [cli, tree, '--out', out, '--lenient', '--strict'], { encoding: 'utf8' });
    assert.equal(both.status, 2);
    assert.match(both.stderr, /--strict and --lenient contradict each other/);
    rmSync(dir, { recursive: true });
  });

  test('a translation of a guide left out is left out too; a duplicate key still fails', async () => {
    const dir = scratch();
    cpSync(tree, dir, { recursive: true });
    // The translation compiles on its own (its front matter lists a field); its default guide does not.
    writeFileSync(path.join(dir, 'hollowmere.fr.mdx'), '---\ntitle: "Hollowmere - Comment lier mon compte ?"\nfields:\n  - label: Clé API\n    key: apiKey\n---\n\nCopiez la clé.\n');
    const { catalog, warnings, leftOut } = await lenient(dir, dir);
    assert.deepEqual(leftOut, ['hollowmere.fr.mdx', 'hollowmere.mdx']);
    assert.equal(catalog.locales, undefined);
    assert.ok(warnings.some((w) => w.file === 'hollowmere.fr.mdx' && /^lenient: the guide is left out of the catalog, as its default guide hollowmere\.mdx is$/.test(w.message)));
    mkdirSync(path.join(dir, 'more'));
    writeFileSync(path.join(dir, 'more/other.mdx'), readFileSync(path.join(tree, 'parcelpoint.mdx'), 'utf8').replace('---\n\n', 'key: parcelpoint\n---\n\n'));
    await assert.rejects(lenient(dir, dir), /duplicate provider key "parcelpoint"/);
    rmSync(dir, { recursive: true });
  });
});

describe('the README', () => {
  test('its example of this house compiles to what it says: two fields with their help, one step, the connect step not shown', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const block = [...readme.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('you will need:'));
    assert.ok(block, 'the README shows the house style');
    const result = compileGuide('parcelpoint.mdx', block);
    assert.deepEqual(result.problems, []);
    const provider = result.provider!;
    assert.deepEqual([provider.name, provider.authType], ['Parcelpoint', 'api_key']);
    assert.deepEqual(fieldRows(provider), [
      ['apiKey', 'API Key', 'secret', true, 'A private key that lets the integration read your shipments.'],
      ['accountNumber', 'Account Number', 'text', false, 'The number Parcelpoint gave your company.'],
    ]);
    assert.deepEqual(stepTitles(provider), [['Overview', []], ['Prerequisites', []], ['Instructions', ['Generating your API Key']]]);
  });
});
