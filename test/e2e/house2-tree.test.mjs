// A second docs house's tree, compiled as it is (test/guides/trees/house2: guides that say
// what they need in prose, "#### Step N:" headings, a connect-form step, page-suffix titles),
// with the CLI and --lenient, opened in the hub from the built bundle: each provider asks for
// the fields its guide names (typed and explained by their words) and links; the sign-in guide
// signs in by redirect; the key guide whose fields cannot be found is not in the list at all.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { openPage, test } from './helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.png': 'image/png' };
/** A 1x1 PNG: what the docs site would serve for each screenshot. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');
const IMAGES = ['/images/parcelpoint/settings.png', '/images/brightdesk/api.png', '/images/brightdesk/token.png'];

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Second docs house</title></head>
<body>
  <link-hub catalog="/catalog.json"></link-hub>
  <script type="module">
    import '/link-hub.js';
    const hub = document.querySelector('link-hub');
    window.linked = [];
    hub.onSubmit = async ({ providerKey, values, state }) => {
      window.linked.push({ providerKey, fields: Object.keys(values).sort() });
      // The sign-in provider: the callback page posts the outcome back (link-hub/oauth-callback).
      if (providerKey === 'ferngrove') return { redirectUrl: location.origin + '/callback?state=' + state + '&ok=1&accountId=acc-ferngrove&label=Ferngrove' };
      return { accountId: 'acc-' + providerKey, label: providerKey };
    };
  </script>
</body></html>`;

const CALLBACK =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signing in</title></head><body><script src="/oauth-callback.js"></script></body></html>';

let dir, catalog, compiled, server, origin, browser;
const missing = [];

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'link-hub-house2-'));
  const out = path.join(dir, 'catalog.json');
  compiled = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'src/guides/cli.ts'), path.join(root, 'test/guides/trees/house2'), '--out', out, '--lenient'],
    { encoding: 'utf8' },
  );
  assert.equal(compiled.status, 0, compiled.stderr);
  catalog = readFileSync(out);
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const send = (body, type, status = 200) => response.writeHead(status, { 'content-type': type }).end(body);
    if (url.pathname === '/') return send(PAGE, TYPES['.html']);
    if (url.pathname === '/callback') return send(CALLBACK, TYPES['.html']);
    if (url.pathname === '/favicon.ico') return send('', 'image/x-icon', 204);
    if (url.pathname === '/catalog.json') return send(catalog, TYPES['.json']);
    if (IMAGES.includes(url.pathname)) return send(PIXEL, TYPES['.png']);
    const file = path.join(root, 'dist', path.normalize(url.pathname));
    if (!file.startsWith(path.join(root, 'dist') + path.sep)) return send('no', 'text/plain', 404);
    try {
      return send(readFileSync(file), TYPES[path.extname(file)] ?? 'application/octet-stream');
    } catch {
      missing.push(url.pathname);
      return send('not found', 'text/plain', 404);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openProvider(page, name) {
  await page.evaluate(() => document.querySelector('link-hub').show());
  const list = page.getByRole('dialog', { name: 'Connect an integration' });
  await list.waitFor();
  await list.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  const dialog = page.getByRole('dialog', { name: `Connect ${name}` });
  await dialog.waitFor();
  return dialog;
}

/** Connects and closes the confirmation that names the provider. */
async function finish(page, dialog, name) {
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  const popup = page.getByRole('alertdialog');
  assert.match(await popup.innerText(), new RegExp(`${name} is connected`));
  await popup.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

/** The form's inputs, each as its accessible name and its type. */
const inputs = (dialog) =>
  dialog
    .locator('input:not([type=checkbox])')
    .evaluateAll((els) => els.map((el) => [el.labels?.[0]?.textContent.replace(/[*\s]+$/g, '').trim() ?? '', el.type]));

test('the CLI leaves out the key guide it cannot find fields in, and says where; the list has the other four', async () => {
  assert.match(compiled.stdout, /4 provider\(s\) .*1 guide left out/);
  assert.match(
    compiled.stderr,
    /house2\/hollowmere\.mdx:17:1: warning: no credential fields, .*; lenient: the guide is left out of the catalog/,
  );
  const { page, problems, close } = await openPage(browser, `${origin}/`);
  await page.evaluate(() => document.querySelector('link-hub').show());
  const list = page.getByRole('dialog', { name: 'Connect an integration' });
  const names = await list.getByRole('listitem').evaluateAll((items) => items.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
  assert.equal(names.length, 4, names.join(' | '));
  for (const name of ['Brightdesk', 'Ferngrove', 'Keelhaul', 'Parcelpoint'])
    assert.equal(await list.getByRole('button', { name: new RegExp(`^${name}`) }).count(), 1, name);
  assert.match(
    names.find((n) => n.includes('Keelhaul')),
    /Keelhaul.*API Key/,
    'Keelhaul (API Key): the variant beside the name',
  );
  assert.ok(
    names.every((n) => !/How do I link|How to connect|Hollowmere/.test(n)),
    names.join(' | '),
  );
  assert.deepEqual(problems, []);
  await close();
});

test('each key provider asks for the fields its guide names, typed and explained, and links', async () => {
  const { page, problems, close } = await openPage(browser, `${origin}/`);
  const cases = [
    [
      'Parcelpoint',
      [
        ['API Key', 'password', 'pp-key'],
        ['Account Number', 'text', '100-200'],
      ],
      'A private key that lets the integration read your shipments.',
    ],
    [
      'Brightdesk',
      [
        ['Instance URL', 'url', 'https://acme.brightdesk.example'],
        ['API Token', 'password', 'bd-token'],
      ],
      'A token made by a Brightdesk agent with the admin role.',
    ],
    [
      'Keelhaul',
      [
        ['Access Token', 'password', 'kh-token'],
        ['Directory URL', 'url', 'https://scim.keelhaul.example'],
      ],
      undefined,
    ],
  ];
  for (const [name, fields, help] of cases) {
    const dialog = await openProvider(page, name);
    assert.deepEqual(
      await inputs(dialog),
      fields.map(([label, type]) => [label, type]),
      name,
    );
    if (help) await dialog.getByText(help).first().waitFor();
    for (const [label, , value] of fields) await dialog.getByLabel(label, { exact: true }).fill(value);
    await finish(page, dialog, name);
  }
  assert.deepEqual(await page.evaluate(() => window.linked), [
    { providerKey: 'parcelpoint', fields: ['accountNumber', 'apiKey'] },
    { providerKey: 'brightdesk', fields: ['apiToken', 'instanceUrl'] },
    { providerKey: 'keelhaul', fields: ['accessToken', 'directoryUrl'] },
  ]);
  assert.deepEqual(missing, []);
  assert.deepEqual(problems, []);
  await close();
});

test('the guide shows its sections and steps in order, the image in its list, and not the connect-form step', async () => {
  const { page, problems, close } = await openPage(browser, `${origin}/`);
  const dialog = await openProvider(page, 'Parcelpoint');
  const headings = await dialog.getByRole('heading').allInnerTexts();
  const order = ['Overview', 'Prerequisites', 'Instructions', 'Generating your API Key', 'Finding your Account Number'].map((t) =>
    headings.findIndex((h) => h.trim() === t),
  );
  assert.ok(
    order.every((i, n) => i >= 0 && (n === 0 || i > order[n - 1])),
    headings.join(' | '),
  );
  assert.ok(!headings.some((h) => /Connect UI/.test(h)), headings.join(' | '));
  await dialog.getByText('An administrator login for the Parcelpoint dashboard.').waitFor();
  await dialog.getByText('Parcelpoint shows the key only once: copy it before you leave the page.').waitFor();
  assert.equal(await dialog.getByText('designated fields').count(), 0);
  const image = dialog.getByRole('img', { name: 'The Settings menu' });
  await image.scrollIntoViewIfNeeded();
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await image.elementHandle());
  // The numbering goes on after the image: one list of three steps.
  assert.equal(await image.evaluate((img) => img.closest('ol')?.querySelectorAll(':scope > li').length), 3);
  assert.deepEqual(problems, []);
  await close();
});

test('the sign-in guide asks for nothing and links by signing in, in a window', async () => {
  const { page, problems, close } = await openPage(browser, `${origin}/`);
  const dialog = await openProvider(page, 'Ferngrove');
  assert.deepEqual(await inputs(dialog), []);
  const popupOpened = page.waitForEvent('popup');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await popupOpened;
  const done = page.getByRole('alertdialog');
  assert.match(await done.innerText(), /Ferngrove is connected/);
  await done.getByRole('button', { name: 'Done' }).click();
  assert.deepEqual(await page.evaluate(() => window.linked), [{ providerKey: 'ferngrove', fields: [] }]);
  assert.deepEqual(problems, []);
  await close();
});

test('on a phone: the same guide and fields, and it links', async () => {
  const { page, problems, close } = await openPage(browser, `${origin}/`, { width: 390, height: 844 });
  const dialog = await openProvider(page, 'Brightdesk');
  await dialog.getByRole('heading', { name: 'Creating an API Token' }).waitFor();
  assert.deepEqual(await inputs(dialog), [
    ['Instance URL', 'url'],
    ['API Token', 'password'],
  ]);
  await dialog.getByLabel('Instance URL', { exact: true }).fill('https://acme.brightdesk.example');
  await dialog.getByLabel('API Token', { exact: true }).fill('bd-token');
  await finish(page, dialog, 'Brightdesk');
  assert.deepEqual(await page.evaluate(() => window.linked), [{ providerKey: 'brightdesk', fields: ['apiToken', 'instanceUrl'] }]);
  assert.deepEqual(problems, []);
  await close();
});
