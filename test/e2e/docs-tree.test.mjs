// A documentation tree, compiled as it is (test/guides/trees/docs: folders as categories,
// a file name shared by two folders, an untitled step, text inside <Steps>, a footer
// snippet, a relative image), opened in the hub from the built bundle: one provider from
// each folder is linked by role and accessible name, and the guide with the leniencies
// shows everything its source says.
import { before, after, test as nodeTest } from 'node:test';
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
/** A 1x1 PNG: what the docs site would serve for the guide's screenshot. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Docs tree</title></head>
<body>
  <link-hub catalog="/catalog.json"></link-hub>
  <script type="module">
    import '/link-hub.js';
    const hub = document.querySelector('link-hub');
    window.linked = [];
    hub.onSubmit = async ({ providerKey, values }) => {
      window.linked.push({ providerKey, fields: Object.keys(values).sort() });
      return { accountId: 'acc-' + providerKey, label: providerKey };
    };
  </script>
</body></html>`;

let dir, catalog, server, origin, browser;
/** Paths the server had nothing for (the page asking for something the tree or the bundle does not have). */
const missing = [];

before(async () => {
  // The tree compiles with no edit (its leniencies are warnings), with the CLI a guides repository would run.
  dir = mkdtempSync(path.join(tmpdir(), 'link-hub-docs-tree-'));
  const out = path.join(dir, 'catalog.json');
  const compiled = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'src/guides/cli.ts'), path.join(root, 'test/guides/trees/docs'), '--out', out],
    { encoding: 'utf8' },
  );
  assert.equal(compiled.status, 0, compiled.stderr);
  assert.match(compiled.stdout, /7 provider\(s\)/);
  catalog = readFileSync(out);
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const send = (body, type, status = 200) => response.writeHead(status, { 'content-type': type }).end(body);
    if (url.pathname === '/') return send(PAGE, TYPES['.html']);
    if (url.pathname === '/favicon.ico') return send('', 'image/x-icon', 204);
    if (url.pathname === '/catalog.json') return send(catalog, TYPES['.json']);
    if (url.pathname === '/ats/images/admin-menu.png') return send(PIXEL, TYPES['.png']);
    // The built bundle and its chunks, from dist/ (never above it).
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

async function openHub(page) {
  await page.evaluate(() => document.querySelector('link-hub').show());
  const list = page.getByRole('dialog', { name: 'Connect an integration' });
  await list.waitFor();
  return list;
}

/** Fills a provider's form (a select gets its first option), connects, and closes the confirmation. */
async function link(page, name, fields) {
  const dialog = page.getByRole('dialog', { name: `Connect ${name}` });
  await dialog.waitFor();
  for (const [label, value] of fields) {
    const input = dialog.getByLabel(label, { exact: true });
    if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
    else await input.fill(value);
  }
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  const popup = page.getByRole('alertdialog');
  assert.match(await popup.innerText(), new RegExp(`${name} is connected`));
  await popup.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

test("one provider from each folder links, picked under its folder's category", async () => {
  const { page, problems, close } = await openPage(browser, `${origin}/`);
  let list = await openHub(page);
  // The folders are the categories (hris/ spelled as its front matter spells it).
  const chips = list.getByRole('group', { name: /categor/i }).getByRole('button');
  assert.deepEqual((await chips.allInnerTexts()).map((t) => t.trim().toLowerCase()).sort(), ['all', 'ats', 'crm', 'hris']);

  await list.getByRole('button', { name: /^ats$/i }).click();
  await list.getByRole('button', { name: /^Lumen ATS/ }).click();
  await link(page, 'Lumen ATS', [
    ['API Key', 'lumen-key'],
    ['Region', 'eu'],
  ]);

  list = await openHub(page);
  await list.getByRole('button', { name: /^hris$/i }).click();
  // Two Hibob guides, one per folder: each entry says which it is.
  const hibobs = list.getByRole('button', { name: /^Hibob/ });
  assert.equal(await hibobs.count(), 1, 'only the HRIS one under HRIS');
  await hibobs.click();
  await link(page, 'Hibob', [
    ['Service User ID', 'svc-7'],
    ['Service User Token', 'svc-token'],
  ]);

  list = await openHub(page);
  await list.getByRole('button', { name: /^crm$/i }).click();
  // Two "Tallyho CRM" guides in one folder: the key finds the API-key one (the search matches keys).
  await list.getByRole('searchbox').fill('crm-tallyho');
  await list.getByRole('button', { name: /^Tallyho CRM/ }).click();
  await link(page, 'Tallyho CRM', [['API Key', 'tally-key']]);

  list = await openHub(page);
  await list.getByRole('button', { name: /^all$/i }).click();
  await list.getByRole('button', { name: /^Quokka Pay/ }).click();
  await link(page, 'Quokka Pay', [['API Key', 'quokka-key']]);

  assert.deepEqual(await page.evaluate(() => window.linked), [
    { providerKey: 'lumen-ats', fields: ['apiKey', 'region'] },
    { providerKey: 'hris-hibob', fields: ['serviceUserId', 'serviceUserToken'] },
    { providerKey: 'crm-tallyho', fields: ['apiKey'] },
    { providerKey: 'quokka', fields: ['apiKey'] },
  ]);
  assert.deepEqual(missing, []);
  assert.deepEqual(problems, []);
  await close();
});

test('the guide compiled leniently shows its warning, every step, the text inside <Steps> and the image', async () => {
  const { page, problems, close } = await openPage(browser, `${origin}/`);
  const list = await openHub(page);
  await list.getByRole('button', { name: /^Lumen ATS/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect Lumen ATS' });
  await dialog.getByText('Only administrators can make keys in Lumen ATS.').waitFor();
  await dialog.getByRole('heading', { name: 'Make a key' }).waitFor();
  await dialog.getByText('You need about two minutes.').waitFor();
  assert.deepEqual(await dialog.getByRole('heading', { name: /^(Step 1|Copy the key)$/ }).allInnerTexts(), ['Step 1', 'Copy the key']);
  const image = dialog.getByRole('img', { name: 'The admin menu' });
  await image.scrollIntoViewIfNeeded();
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await image.elementHandle());
  assert.deepEqual(problems, []);
  await close();
});

test('the two Hibob entries never read the same in the list', async () => {
  const { page, close } = await openPage(browser, `${origin}/`);
  const list = await openHub(page);
  const names = await list
    .getByRole('button', { name: /^Hibob/ })
    .evaluateAll((buttons) => buttons.map((b) => b.textContent.replace(/\s+/g, ' ').trim()));
  assert.equal(names.length, 2);
  assert.notEqual(names[0], names[1]);
  await close();
});

// The two Tallyho CRM guides share a folder: only their variants ("API Key", "OAuth 2.0") tell them apart.
nodeTest('every entry reads differently from every other (the variant shown beside the name)', { timeout: 120_000 }, async () => {
  const { page, close } = await openPage(browser, `${origin}/`);
  const list = await openHub(page);
  const names = await list.getByRole('listitem').evaluateAll((items) => items.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
  assert.equal(new Set(names).size, names.length, names.join(' | '));
  await close();
});
