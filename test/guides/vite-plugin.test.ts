/** The Vite plugin: the guides folder as `virtual:link-hub-guides`, in a build and in the dev server. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, mkdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, createLogger, createServer } from 'vite';
import { linkHubGuides, VIRTUAL_ID } from '../../src/guides/vite-plugin.js';

const guide = (name: string) => `# Connect ${name} with API Key

<div data-whitelabel-hide>
  Fill out the following fields using details from your provider:

  <ul>
    <li><strong>API Key</strong></li>
  </ul>
</div>
`;

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'link-hub-vite-'));
  mkdirSync(path.join(root, 'guides'));
  writeFileSync(path.join(root, 'guides/alpha.mdx'), guide('Alpha Tool'));
  writeFileSync(path.join(root, 'main.js'), "import catalog from 'virtual:link-hub-guides';\nconsole.log(catalog.providers.map((p) => p.name).join(','));\n");
  writeFileSync(path.join(root, 'index.html'), '<script type="module" src="/main.js"></script>');
  return root;
}

test('a build gets the catalog as a module, and can emit catalog.json and the split form', async () => {
  const root = project();
  await build({ root, logLevel: 'silent', configFile: false, plugins: [linkHubGuides({ emitCatalog: 'catalog.json', emitSplit: 'catalog' })] });
  const assets = readdirSync(path.join(root, 'dist/assets'));
  const js = readFileSync(path.join(root, 'dist/assets', assets.find((f) => f.endsWith('.js'))!), 'utf8');
  assert.match(js, /Alpha Tool/);
  assert.equal(JSON.parse(readFileSync(path.join(root, 'dist/catalog.json'), 'utf8')).providers[0].key, 'alpha');
  assert.deepEqual(readdirSync(path.join(root, 'dist/catalog')).sort(), ['alpha.json', 'index.json']);
  rmSync(root, { recursive: true });
});

test('the split form the plugin emits is the CLI\'s: localized guides under <locale>/, listed in the index', async () => {
  const root = project();
  writeFileSync(path.join(root, 'guides/alpha.fr.mdx'), guide('Alpha Outil'));
  await build({ root, logLevel: 'silent', configFile: false, plugins: [linkHubGuides({ emitSplit: 'catalog' })] });
  assert.deepEqual(readdirSync(path.join(root, 'dist/catalog'), { recursive: true }).map(String).sort(), ['alpha.json', 'fr', path.join('fr', 'alpha.json'), 'index.json']);
  assert.deepEqual(JSON.parse(readFileSync(path.join(root, 'dist/catalog/index.json'), 'utf8')).locales, [{ locale: 'fr', providers: ['alpha'] }]);
  assert.equal(JSON.parse(readFileSync(path.join(root, 'dist/catalog/fr/alpha.json'), 'utf8')).name, 'Alpha Outil');
  rmSync(root, { recursive: true });
});

test('a tree of guides: first folders are categories, shared names keyed by path, baseUrl resolves relative images', async () => {
  const root = project();
  const withImage = (name: string) => guide(name).replace('<div data-whitelabel-hide>', '![Screen](img/screen.png)\n\n<div data-whitelabel-hide>');
  mkdirSync(path.join(root, 'guides/ats'));
  mkdirSync(path.join(root, 'guides/crm'));
  writeFileSync(path.join(root, 'guides/ats/alpha.mdx'), withImage('Alpha Recruit'));
  writeFileSync(path.join(root, 'guides/crm/beta.mdx'), guide('Beta Sales'));
  await build({ root, logLevel: 'silent', configFile: false, plugins: [linkHubGuides({ emitCatalog: 'catalog.json', baseUrl: 'https://docs.alpha.example' })] });
  const catalog = JSON.parse(readFileSync(path.join(root, 'dist/catalog.json'), 'utf8'));
  type Summary = { key: string; category?: string; intro?: { src?: string }[] };
  assert.deepEqual(catalog.providers.map((p: Summary) => [p.key, p.category ?? null]), [['alpha', null], ['ats-alpha', 'ats'], ['beta', 'crm']]);
  assert.equal(catalog.providers[1].intro[0].src, 'https://docs.alpha.example/ats/img/screen.png');
  await assert.rejects(build({ root, logLevel: 'silent', configFile: false, plugins: [linkHubGuides({ baseUrl: 'docs.alpha.example' })] }), /baseUrl "docs\.alpha\.example" is not the documentation site's http\(s\) address/);
  rmSync(root, { recursive: true });
});

test('a bad guide fails the build at file:line:column', async () => {
  const root = project();
  writeFileSync(path.join(root, 'guides/broken.mdx'), `${guide('Broken')}\n<Carousel>Slides</Carousel>\n`);
  await assert.rejects(
    build({ root, logLevel: 'silent', configFile: false, plugins: [linkHubGuides()] }),
    /guides\/broken\.mdx:11:1: unknown component <Carousel>/,
  );
  rmSync(root, { recursive: true });
});

test('lenient: a bad guide is left out of the build\'s catalog, its problem logged as a warning', async () => {
  const root = project();
  writeFileSync(path.join(root, 'guides/broken.mdx'), `${guide('Broken')}\n<Carousel>Slides</Carousel>\n`);
  const warnings: string[] = [];
  const logger = { ...createLogger('silent'), warn: (message: string) => void warnings.push(message) };
  await build({ root, customLogger: logger, configFile: false, plugins: [linkHubGuides({ emitCatalog: 'catalog.json', lenient: true })] });
  assert.deepEqual(JSON.parse(readFileSync(path.join(root, 'dist/catalog.json'), 'utf8')).providers.map((p: { key: string }) => p.key), ['alpha']);
  assert.ok(warnings.some((w) => /guides\/broken\.mdx:11:1: unknown component <Carousel>.*; lenient: the guide is left out of the catalog/.test(w)), warnings.join('\n'));
  rmSync(root, { recursive: true });
});

/**
 * A Vite logger that keeps what it was told, and a promise for the first line matching a
 * pattern from now on. The promise fails after 10 s, so that a missing line fails the test
 * and the server is still closed.
 */
function recordingLogger() {
  const logger = createLogger('info', { allowClearScreen: false });
  const lines: string[] = [];
  const waiting: [RegExp, () => void][] = [];
  const record = (message: string) => {
    lines.push(message);
    for (const [pattern, resolve] of waiting) if (pattern.test(message)) resolve();
  };
  Object.assign(logger, { info: record, warn: record, warnOnce: record, error: record });
  const next = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the dev server logged no line matching ${pattern} within 10 s:\n${lines.join('\n')}`)), 10_000);
      waiting.push([pattern, () => (clearTimeout(timer), resolve())]);
    });
  return { logger, lines, next };
}

/** A dev server on the project, its watcher ready, and the catalog module as the page gets it. */
async function devServer(root: string) {
  const log = recordingLogger();
  const server = await createServer({ root, customLogger: log.logger, configFile: false, server: { port: 0 }, plugins: [linkHubGuides()] });
  await new Promise<void>((resolve) => (server.watcher.listenerCount('ready') ? server.watcher.once('ready', resolve) : resolve()));
  const catalogCode = async () => (await server.environments.client.transformRequest(VIRTUAL_ID))?.code ?? '';
  return { server, log, catalogCode };
}

test('the dev server recompiles when a guide changes, and tells the page to reload', { timeout: 30_000 }, async () => {
  const root = project();
  const { server, log, catalogCode } = await devServer(root);
  try {
    assert.match(await catalogCode(), /"name":"Alpha Tool"/);
    const reload = log.next(/^page reload guides\/alpha\.mdx$/);
    writeFileSync(path.join(root, 'guides/alpha.mdx'), guide('Alpha Renamed'));
    await reload;
    assert.match(await catalogCode(), /"name":"Alpha Renamed"/);
  } finally {
    await server.close();
    rmSync(root, { recursive: true });
  }
});

test('the dev server reloads when a guide is added or removed', { timeout: 30_000 }, async () => {
  const root = project();
  const { server, log, catalogCode } = await devServer(root);
  try {
    assert.match(await catalogCode(), /"name":"Alpha Tool"/);
    const added = log.next(/^page reload guides\/beta\.mdx$/);
    writeFileSync(path.join(root, 'guides/beta.mdx'), guide('Beta Tool'));
    await added;
    assert.match(await catalogCode(), /"name":"Beta Tool"/);
    const removed = log.next(/^page reload guides\/beta\.mdx$/);
    unlinkSync(path.join(root, 'guides/beta.mdx'));
    await removed;
    assert.doesNotMatch(await catalogCode(), /Beta Tool/);
  } finally {
    await server.close();
    rmSync(root, { recursive: true });
  }
});

// Each step below changes a path the test has not changed yet: the dev server's watcher
// drops a second change to the same file within 50 ms (one save often fires twice),
// which a test could hit and a person at a keyboard cannot.
test('in dev, a bad guide is an error at its file:line:column (the overlay shows it), and fixing it recovers', { timeout: 30_000 }, async () => {
  const root = project();
  const { server, log, catalogCode } = await devServer(root);
  const broken = path.join(root, 'guides/broken.mdx');
  try {
    assert.match(await catalogCode(), /"name":"Alpha Tool"/);
    const added = log.next(/^page reload guides\/broken\.mdx$/);
    writeFileSync(broken, `${guide('Broken')}\n<Carousel>Slides</Carousel>\n`);
    await added;
    type Failure = { message: string; id?: string; loc?: { file?: string; line: number; column: number }; frame?: string; plugin?: string };
    await assert.rejects(catalogCode(), (error: Failure) => {
      assert.match(error.message, /guides\/broken\.mdx:11:1: unknown component <Carousel>/);
      assert.equal(error.plugin, 'link-hub-guides');
      assert.equal(error.id, broken);
      assert.deepEqual(error.loc, { file: broken, line: 11, column: 1 });
      assert.match(error.frame ?? '', /^11 \| {2}<Carousel>Slides<\/Carousel>\n {3}\| {2}\^$/m);
      return true;
    });
    const fixed = log.next(/^page reload guides\/broken\.mdx$/);
    writeFileSync(broken, guide('Fixed'));
    await fixed;
    assert.match(await catalogCode(), /"name":"Fixed"/);
  } finally {
    await server.close();
    rmSync(root, { recursive: true });
  }
});

/** A guide whose front matter has a misspelt key: compiled, with a warning at line 2. */
const misspelt = (name: string) => `---\ncatgory: ATS\n---\n${guide(name)}`;

test('a build logs each warning at file:line:column, and builds; strict fails it', { timeout: 30_000 }, async () => {
  const root = project();
  writeFileSync(path.join(root, 'guides/alpha.mdx'), misspelt('Alpha Tool'));
  const log = recordingLogger();
  await build({ root, customLogger: log.logger, configFile: false, plugins: [linkHubGuides()] });
  const warned = log.lines.filter((line) => /catgory/.test(line));
  assert.equal(warned.length, 1, log.lines.join('\n'));
  assert.match(warned[0]!, /guides\/alpha\.mdx:2:1: front matter: unknown key "catgory" is ignored: did you mean `category`\?/);
  await assert.rejects(
    build({ root, logLevel: 'silent', configFile: false, plugins: [linkHubGuides({ strict: true })] }),
    /guides\/alpha\.mdx:2:1: warning: front matter: unknown key "catgory"/,
  );
  rmSync(root, { recursive: true });
});

test('in dev, a warning is logged in the terminal each time the catalog compiles', { timeout: 30_000 }, async () => {
  const root = project();
  writeFileSync(path.join(root, 'guides/alpha.mdx'), misspelt('Alpha Tool'));
  const { server, log, catalogCode } = await devServer(root);
  try {
    const warned = log.next(/guides\/alpha\.mdx:2:1: front matter: unknown key "catgory"/);
    assert.match(await catalogCode(), /"name":"Alpha Tool"/);
    await warned;
  } finally {
    await server.close();
    rmSync(root, { recursive: true });
  }
});
