// The packed package on a plain host page: `npm pack`, unpack, serve the tarball's dist/
// folder as a host would (no bundler), and link a provider with each build. The ES module
// fetches its provider view from dist/chunks/ beside itself; the classic script is one file.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { test } from './helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let scratch;
let server;
let origin;
let browser;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

/** The host's page: its own onSubmit, the catalog shipped in the package. */
const page = (
  script,
  { lang = 'en', hubs = 1 } = {},
) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
${script}
<script type="module">
  await customElements.whenDefined('link-hub');
  const hub = document.querySelector('link-hub');
  hub.catalog = await (await fetch('/vendor/link-hub/catalog.json')).json();
  hub.onSubmit = ({ providerKey }) => ({ accountId: 'acc-' + providerKey, label: 'From the tarball' });
  document.querySelector('#add').addEventListener('click', () => hub.show());
</script></head><body><button id="add">Add integration</button>${'<link-hub></link-hub>'.repeat(hubs)}</body></html>`;

before(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'link-hub-tarball-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  execFileSync('tar', ['-xzf', path.join(scratch, info.filename), '-C', scratch]);
  const pages = {
    '/es.html': page('<script type="module" src="/vendor/link-hub/link-hub.js"></script>'),
    '/iife.html': page('<script src="/vendor/link-hub/link-hub.iife.js"></script>'),
    '/es-fr.html': page('<script type="module" src="/vendor/link-hub/link-hub.js"></script>', { lang: 'fr' }),
    // Two hubs in a language whose module this server does not serve (see below).
    '/es-ar-missing.html': page('<script type="module" src="/vendor/link-hub/link-hub.js"></script>', { lang: 'ar', hubs: 2 }),
  };
  const missing = '/vendor/link-hub/locales/ar.js';
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x').pathname;
    if (pages[url]) return res.writeHead(200, { 'content-type': 'text/html' }).end(pages[url]);
    if (url === missing) return res.writeHead(404).end();
    // /vendor/link-hub/* is the tarball's dist/ folder, copied as it is.
    const file = url.startsWith('/vendor/link-hub/')
      ? path.join(scratch, 'package/dist', path.posix.normalize(url.slice('/vendor/link-hub/'.length)))
      : '';
    if (!file.startsWith(path.join(scratch, 'package/dist')) || !statSync(file, { throwIfNoEntry: false })?.isFile())
      return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

for (const build of ['es', 'iife']) {
  test(`the tarball's ${build === 'es' ? 'ES module (with its lazy provider view)' : 'classic script'} links a provider on a plain page`, async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    const requested = [];
    tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await tab.goto(`${origin}/${build}.html`);
    await tab.getByRole('button', { name: 'Add integration' }).click();
    await tab
      .getByRole('dialog', { name: 'Connect an integration' })
      .getByRole('button', { name: /^SmartRecruiters/ })
      .click();
    const dialog = tab.getByRole('dialog', { name: 'Connect SmartRecruiters' });
    await dialog.getByLabel('API Key', { exact: true }).fill('key-1');
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await tab.getByRole('alertdialog').getByText('SmartRecruiters is connected').waitFor();
    const chunks = requested.filter((p) => p.startsWith('/vendor/link-hub/chunks/'));
    assert.equal(chunks.length, build === 'es' ? 1 : 0, `chunks fetched: ${chunks.join(', ')}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('self-hosted, the ES module fetches a language from dist/locales/ beside itself, only when the page asks', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const requested = [];
  tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await tab.goto(`${origin}/es-fr.html`);
  await tab.getByRole('button', { name: 'Add integration' }).click();
  await tab.getByRole('dialog', { name: 'Connecter une intégration' }).waitFor();
  assert.deepEqual(
    requested.filter((p) => p.includes('/locales/')),
    ['/vendor/link-hub/locales/fr.js'],
  );
  await context.close();
});

test('a language that cannot load warns once in the console, and the hub stays in English', async () => {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const warnings = [];
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) =>
    (m.type() === 'warning' ? warnings : m.type() === 'error' && !/404/.test(m.text()) ? errors : []).push(m.text()),
  );
  const warned = tab.waitForEvent('console', (m) => m.type() === 'warning');
  await tab.goto(`${origin}/es-ar-missing.html`);
  await warned;
  // Both hubs asked for Arabic (its module fails for both at once); the page is told once.
  await tab.getByRole('button', { name: 'Add integration' }).click();
  await tab
    .getByRole('dialog', { name: 'Connect an integration' })
    .getByRole('button', { name: /^SmartRecruiters/ })
    .waitFor();
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /^link-hub: the "ar" language could not load; showing English/);
  assert.deepEqual(errors, []);
  await context.close();
});
