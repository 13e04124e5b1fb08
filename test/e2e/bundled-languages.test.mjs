// Languages in a host's own bundle: `npm pack`, install the tarball into a fresh app that
// does `import 'link-hub'`, build it with Vite and with esbuild (code splitting on), serve
// only what each build wrote, and open the hub in French and in Arabic (right to left).
// Each language must come from the app's own output, as a chunk of its own: no request
// for a file the build did not write, no warning, no error.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { launch } from './browser.mjs';
import { test } from './helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const FRENCH = 'Connecter une intégration';
const ARABIC = 'ربط تكامل';

/** The app's page: the language comes from `?lang=` (on <html>, where a host's app sets it). */
const html = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host app</title><link rel="icon" href="data:,">
<script type="module" src="${src}"></script></head><body><button id="add">Add integration</button><link-hub></link-hub></body></html>`;

/** The app's code, as a host writes it: the package by name, its catalog as JSON. */
const main = `import 'link-hub';
import catalog from 'link-hub/catalog.json';

document.documentElement.lang = new URLSearchParams(location.search).get('lang') ?? 'en';
const hub = document.querySelector('link-hub');
hub.catalog = catalog;
hub.onSubmit = ({ providerKey }) => ({ accountId: 'acc-' + providerKey, label: 'Bundled' });
document.querySelector('#add').addEventListener('click', () => hub.show());
`;

let scratch;
let server;
let origin;
let browser;
const out = {};

before(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'link-hub-bundled-'));
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [info] = JSON.parse(packed.slice(packed.search(/\[\s*\{\s*"id"/)));
  const app = path.join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', path.join(scratch, info.filename)], {
    cwd: app,
    stdio: 'ignore',
  });
  writeFileSync(path.join(app, 'main.js'), main);
  writeFileSync(path.join(app, 'index.html'), html('/main.js'));

  out.vite = path.join(scratch, 'vite');
  await viteBuild({ root: app, base: '/vite/', configFile: false, logLevel: 'silent', build: { outDir: out.vite, emptyOutDir: true } });

  // The same app with French imported by name: French is in its main bundle, not a chunk of its own.
  const eager = path.join(app, 'eager');
  mkdirSync(eager);
  writeFileSync(path.join(eager, 'main.js'), `import 'link-hub/locales/fr';\n${main}`);
  writeFileSync(path.join(eager, 'index.html'), html('/main.js'));
  out.eager = path.join(scratch, 'eager-dist');
  await viteBuild({ root: eager, base: '/eager/', configFile: false, logLevel: 'silent', build: { outDir: out.eager, emptyOutDir: true } });

  out.esbuild = path.join(scratch, 'esbuild');
  await esbuild({
    absWorkingDir: app,
    entryPoints: ['main.js'],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    charset: 'utf8',
    outdir: out.esbuild,
    logLevel: 'silent',
  });
  writeFileSync(path.join(out.esbuild, 'index.html'), html('./main.js'));

  // /vite/* and /esbuild/* are each build's output folder, and nothing else.
  server = createServer((req, res) => {
    const [, name, ...rest] = new URL(req.url, 'http://x').pathname.split('/');
    const dir = out[name];
    const file = dir && path.join(dir, path.posix.normalize(rest.join('/') || 'index.html'));
    if (!file || !file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return res.writeHead(404).end();
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

/** The built JavaScript files that hold `text`. */
const holding = (dir, text) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.js') && readFileSync(path.join(dir, f), 'utf8').includes(text))
    .map((f) => f.split(path.sep).join('/'));

for (const bundler of ['vite', 'esbuild']) {
  test(`an app built with ${bundler} from the tarball has each language as a chunk of its own`, () => {
    const entry =
      bundler === 'vite' ? readFileSync(path.join(out.vite, 'index.html'), 'utf8').match(/src="\/vite\/([^"]+)"/)[1] : 'main.js';
    const english = holding(out[bundler], 'Connect an integration');
    assert.equal(english.length, 1, `English is in ${english.join(', ')}`);
    for (const words of [FRENCH, ARABIC]) {
      const files = holding(out[bundler], words);
      assert.equal(files.length, 1, `${words} is in ${files.join(', ')}`);
      assert.ok(files[0] !== entry && files[0] !== english[0], `${words} is a chunk of its own (${files[0]})`);
    }
  });

  for (const [lang, title, dir, connect] of [
    ['fr', FRENCH, 'ltr', 'Connecter'],
    ['ar', ARABIC, 'rtl', 'ربط'],
  ]) {
    test(`${bundler}: lang="${lang}" shows the hub in ${lang === 'fr' ? 'French' : 'Arabic'} (${dir}), through to the provider's form`, async () => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      tab.setDefaultTimeout(15_000);
      const problems = [];
      tab.on('pageerror', (e) => problems.push(e.message));
      tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
      tab.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${new URL(r.url()).pathname}`));
      await tab.goto(`${origin}/${bundler}/?lang=${lang}`);
      await tab.getByRole('button', { name: 'Add integration' }).click();
      const dialog = tab.getByRole('dialog', { name: title });
      await dialog.waitFor();
      assert.equal(await dialog.evaluate((el) => getComputedStyle(el).direction), dir);
      await dialog.getByRole('button', { name: /^SmartRecruiters/ }).click();
      const form = tab.getByRole('dialog', { name: `${connect} SmartRecruiters` });
      await form.getByLabel('API Key', { exact: true }).fill('key-1');
      await form.getByRole('button', { name: connect, exact: true }).waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test("import 'link-hub/locales/fr' puts French in the app's main bundle (no chunk of its own), and the hub speaks it", async () => {
  const entry = readFileSync(path.join(out.eager, 'index.html'), 'utf8').match(/src="\/eager\/([^"]+)"/)[1];
  assert.deepEqual(holding(out.eager, FRENCH), [entry]);
  assert.notDeepEqual(holding(out.eager, ARABIC), [entry], 'the other languages stay chunks of their own');
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (e) => problems.push(e.message));
  tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
  await tab.goto(`${origin}/eager/?lang=fr`);
  await tab.getByRole('button', { name: 'Add integration' }).click();
  await tab.getByRole('dialog', { name: FRENCH }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
