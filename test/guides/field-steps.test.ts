/**
 * Where to find each field (issue 26, item 4, the compiler's half): a field is linked to the
 * first step that names its label (bold in its content, or in its title; case-insensitive;
 * else the first step of a section whose title names it), or to the step front matter's
 * `step:` names. The step gets an `id`, the field a `step` referring to it; a translation's
 * steps get the ids its default guide's fields refer to.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileGuide, compileGuideFiles, listGuides } from '../../src/guides/compile.js';
import { Catalog, type Provider } from '../../src/schema/guide.js';
import { Field } from '../../src/schema/field.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A guide in the seeds' dialect: these steps in one section, and these fields in its Hub block. */
const seedGuide = (steps: [title: string, body: string][], fields: string[], frontMatter = '') => `${frontMatter}# Connect Tamarind with API Key

<section data-guide-section>
  <h2>Get your credentials</h2>
  <Steps>
${steps.map(([title, body]) => `    <Step title="${title}">\n      <p>${body}</p>\n    </Step>`).join('\n')}
  </Steps>
</section>

<div data-whitelabel-hide>
  Fill out the following fields using details from your provider:
  <ul>
${fields.map((f) => `    <li><strong>${f}</strong></li>`).join('\n')}
  </ul>
</div>
`;

const compiled = (source: string) => {
  const result = compileGuide('tamarind.mdx', source);
  assert.deepEqual(result.problems, [], result.problems.map((p) => p.message).join('\n'));
  return result.provider!;
};
/** Each field's key and the title of the step it refers to (null: none). */
const links = (provider: Provider) => {
  const steps = new Map(provider.sections.flatMap((s) => s.steps.filter((step) => step.id).map((step) => [step.id!, step.title])));
  return provider.fields.map((f) => [f.key, f.step === undefined ? null : (steps.get(f.step) ?? `missing ${f.step}`)]);
};
const ids = (provider: Provider) => provider.sections.flatMap((s) => s.steps.map((step) => step.id ?? null));

describe('a field is linked to the first step that names its label', () => {
  test('in bold, case-insensitively: "Copy your **api key** and your **Company Key**"; the first such step wins', () => {
    const provider = compiled(
      seedGuide(
        [
          ['Open the settings', 'Go to <strong>Settings</strong>.'],
          ['Copy the values', 'Copy your <strong>api key</strong> and your <strong>Company Key</strong>.'],
          ['Check them', 'Your <strong>API Key</strong> starts with tk_.'],
        ],
        ['API Key', 'Company Key', 'Region'],
      ),
    );
    assert.deepEqual(links(provider), [['apiKey', 'Copy the values'], ['companyKey', 'Copy the values'], ['region', null]]);
    // Only the step a field refers to has an id; the ids are by position (section 1, step 2).
    assert.deepEqual(ids(provider), [null, 'step-1-2', null]);
    assert.deepEqual(provider.fields.map((f) => f.step ?? null), ['step-1-2', 'step-1-2', null]);
    assert.ok(Catalog.safeParse({ providers: [provider] }).success);
  });

  test('in its title ("Generating your API Key"), as words: "Key" is not named by "Keys page"', () => {
    const provider = compiled(
      seedGuide(
        [
          ['Open the Keys page', 'Press <strong>New</strong>.'],
          ['Generating your API Key', 'Copy it.'],
        ],
        ['API Key', 'Key'],
      ),
    );
    assert.deepEqual(links(provider), [['apiKey', 'Generating your API Key'], ['key', 'Generating your API Key']]);
  });

  test('else the first step of a section whose title names it; a label named nowhere links to nothing', () => {
    const source = seedGuide([['Copy the token', 'Copy the <strong>Token</strong>.']], ['Token', 'Firm Name', 'Color']).replace(
      '<section data-guide-section>',
      '<section data-guide-section>\n  <h2>Find your firm name</h2>\n  <Steps>\n    <Step title="Read your address">\n      <p>It is in the address bar.</p>\n    </Step>\n  </Steps>\n</section>\n\n<section data-guide-section>',
    );
    const provider = compiled(source);
    assert.deepEqual(links(provider), [['token', 'Copy the token'], ['firmName', 'Read your address'], ['color', null]]);
    assert.deepEqual(ids(provider), ['step-1-1', 'step-2-1']);
  });

  test('a bold name inside a list, a callout or a link counts; a bold run that only contains the label does not', () => {
    const provider = compiled(
      seedGuide(
        [
          ['Open it', 'Open <strong>Settings > API Key</strong>.'],
          ['Copy it', '</p><Note><ul><li>Copy the <a href="https://t.example"><strong>API KEY</strong></a>.</li></ul></Note><p>'],
        ],
        ['API Key'],
      ),
    );
    assert.deepEqual(links(provider), [['apiKey', 'Copy it']]);
  });

  test('a guide that names no field in its steps compiles as before: no ids, no step', () => {
    const provider = compiled(seedGuide([['Open the settings', 'Go to <strong>Settings</strong>.']], ['API Key']));
    assert.deepEqual(ids(provider), [null]);
    assert.equal(JSON.stringify(provider).includes('"step"'), false);
    assert.equal(JSON.stringify(provider).includes('"id"'), false);
  });
});

describe('front matter names the step when the text does not', () => {
  const front = (step: string) => `---\nfields:\n  - label: API Key\n    step: ${JSON.stringify(step)}\n  - Region\n---\n\n`;

  test('`step:` is a step title (case-insensitive), and wins over the text', () => {
    const provider = compiled(
      seedGuide(
        [
          ['Copy the values', 'Copy the <strong>API Key</strong> and the <strong>Region</strong>.'],
          ['Find the key', 'It is under Developers.'],
        ],
        ['API Key', 'Region'],
        front('find THE key'),
      ),
    );
    assert.deepEqual(links(provider), [['apiKey', 'Find the key'], ['region', 'Copy the values']]);
  });

  test('a title that is no step of the guide is an error at the `step:` key, with the title meant', () => {
    const result = compileGuide('tamarind.mdx', seedGuide([['Copy the values', 'Copy it.'], ['Find the key', 'Here.']], ['API Key', 'Region'], front('Find the keys')));
    assert.deepEqual(result.problems.map((p) => `${p.line}:${p.column}`), ['4:5']);
    assert.equal(result.problems[0]!.message, 'field "API Key": step "Find the keys" is not a step of this guide: did you mean "Find the key"? (the steps are "Copy the values", "Find the key")');
  });

  test('the front matter schema takes `step:` on a field object only, and refuses an empty one', () => {
    const result = compileGuide('tamarind.mdx', seedGuide([['Copy the values', 'Copy it.']], ['API Key'], '---\nfields:\n  - label: API Key\n    step: ""\n---\n\n'));
    assert.match(result.problems[0]!.message, /step/);
    assert.equal(Field.safeParse({ key: 'apiKey', label: 'API Key', step: 'step-1-2' }).success, true);
  });
});

describe('translations and the shipped guides', () => {
  test('a translation\'s steps take the ids its default guide\'s fields refer to; one with fewer steps is warned', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'link-hub-field-steps-'));
    const en = seedGuide([['Open it', 'Open <strong>Settings</strong>.'], ['Copy the values', 'Copy your <strong>API Key</strong>.']], ['API Key']);
    writeFileSync(path.join(dir, 'tamarind.mdx'), en);
    // The French text names the key differently: the ids still line up, by position.
    writeFileSync(path.join(dir, 'tamarind.fr.mdx'), en.replace('Open it', 'Ouvrez-les').replace('Copy the values', 'Copiez les valeurs').replace('Copy your <strong>API Key</strong>', 'Copiez votre clé').replace('<strong>API Key</strong></li>', '<strong>Clé API</strong></li>').replace('# Connect Tamarind with API Key', '---\nfields:\n  - label: Clé API\n    key: apiKey\n---\n\n# Connect Tamarind with API Key'));
    const { catalog, warnings } = await compileGuideFiles(await listGuides(dir), { root: dir, cwd: dir });
    const fr = catalog.locales![0]!.providers[0]!;
    assert.deepEqual(links(fr), [['apiKey', 'Copiez les valeurs']]);
    assert.deepEqual(warnings, []);
    // With one step only, the field's step has no counterpart in the translation.
    writeFileSync(path.join(dir, 'tamarind.fr.mdx'), seedGuide([['Ouvrez-les', 'Ouvrez.']], ['Clé API'], '---\nfields:\n  - label: Clé API\n    key: apiKey\n---\n\n'));
    const fewer = await compileGuideFiles(await listGuides(dir), { root: dir, cwd: dir });
    assert.deepEqual(fewer.warnings.map((w) => `${w.file}:${w.line}:${w.column}`), ['tamarind.fr.mdx:1:1']);
    assert.match(fewer.warnings[0]!.message, /^field "apiKey": the default guide says where to find it in its step step-1-2, which this translation does not have/);
    rmSync(dir, { recursive: true });
  });

  test('guides/ and demo/guides: every field\'s step is a step of its provider, in every language', async () => {
    for (const folder of ['guides', 'demo/guides']) {
      const dir = path.join(root, folder);
      const { catalog } = await compileGuideFiles(await listGuides(dir), { root: dir, strict: true });
      for (const provider of [...catalog.providers, ...(catalog.locales ?? []).flatMap((l) => l.providers)]) {
        const stepIds = provider.sections.flatMap((s) => s.steps.flatMap((step) => (step.id ? [step.id] : [])));
        assert.equal(new Set(stepIds).size, stepIds.length, `${provider.key}: step ids are unique`);
        for (const field of provider.fields) if (field.step) assert.ok(stepIds.includes(field.step), `${folder} ${provider.key}.${field.key} -> ${field.step}`);
      }
    }
  });

  test('the shipped guides link the fields their steps name', async () => {
    const dir = path.join(root, 'guides');
    const { catalog } = await compileGuideFiles(await listGuides(dir), { root: dir });
    const flatchr = catalog.providers.find((p) => p.key === 'flatchr')!;
    // Company ID by its front matter's step: the text calls it the Company Key.
    assert.deepEqual(links(flatchr), [['apiKey', 'Copy both values'], ['companyId', 'Copy both values'], ['subdomain', 'Read it from the subdomain settings']]);
  });
});
