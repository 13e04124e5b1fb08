/** The Vite plugin: the guides folder as `virtual:link-hub-guides`, in a build and in the dev server. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, createServer } from 'vite';
import { linkHubGuides } from '../../src/guides/vite-plugin.js';

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

test('a bad guide fails the build at file:line:column', async () => {
  const root = project();
  writeFileSync(path.join(root, 'guides/broken.mdx'), `${guide('Broken')}\n<Carousel />\n`);
  await assert.rejects(
    build({ root, logLevel: 'silent', configFile: false, plugins: [linkHubGuides()] }),
    /guides\/broken\.mdx:11:1: unknown component <Carousel>/,
  );
  rmSync(root, { recursive: true });
});

test('the dev server recompiles when a guide changes', async () => {
  const root = project();
  const server = await createServer({ root, logLevel: 'silent', configFile: false, server: { port: 0 }, plugins: [linkHubGuides()] });
  try {
    const first = (await server.ssrLoadModule('virtual:link-hub-guides')) as { default: { providers: { name: string }[] } };
    assert.equal(first.default.providers[0]!.name, 'Alpha Tool');
    const changed = new Promise<void>((resolve) => server.watcher.on('change', (file) => file.endsWith('alpha.mdx') && resolve()));
    await new Promise<void>((resolve) => (server.watcher.listenerCount('ready') ? server.watcher.once('ready', resolve) : resolve()));
    writeFileSync(path.join(root, 'guides/alpha.mdx'), guide('Alpha Renamed'));
    await changed;
    const second = (await server.ssrLoadModule('virtual:link-hub-guides')) as { default: { providers: { name: string }[] } };
    assert.equal(second.default.providers[0]!.name, 'Alpha Renamed');
  } finally {
    await server.close();
    rmSync(root, { recursive: true });
  }
});
