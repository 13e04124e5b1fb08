// npm run dev, as a guide author uses it: a new guide saved into the watched folder shows up
// in the hub without a restart and links; a broken one is shown at its file:line:column in
// the terminal and on the page while the last good catalog keeps working; fixing it recovers.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDev } from '../../scripts/dev.mjs';
import { dbTemplate } from '../server/demo-data.mjs';
import { launch } from './browser.mjs';
import { openPage, test } from './helpers.mjs';

let dir;
let dev;
let browser;
const said = [];

const guide = (name) => `# Connect ${name} with API Key

> A practice guide for the dev loop.

<div data-whitelabel-hide>
  ## Linking the Account from the Hub

  Fill out the following fields using details from your provider:

  <ul>
    <li><strong>API Key</strong></li>
  </ul>
</div>
`;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'link-hub-dev-test-'));
  cpSync('guides', path.join(dir, 'guides'), { recursive: true });
  const say = (line) => void said.push(line);
  dev = await startDev({
    port: 0,
    guides: [path.join(dir, 'guides')],
    catalogPath: path.join(dir, 'catalog.json'),
    build: false,
    log: say,
    error: say,
    server: { dataDir: path.join(dir, 'data'), dbTemplate },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await dev?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a saved guide appears without a restart and links; a broken one shows where, and the last catalog keeps working', async () => {
  const { page, problems, violations, close } = await openPage(browser, `${dev.origin}/`);
  // A new guide: the page reloads by itself, and the new provider is in the hub.
  const reloaded = page.waitForEvent('load');
  writeFileSync(path.join(dir, 'guides/quill-hr.mdx'), guide('Quill HR'));
  await reloaded;
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Quill HR/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Connect Quill HR' });
  await dialog.getByLabel('API Key', { exact: true }).fill('quill-key');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('alertdialog').getByText('Quill HR is connected').waitFor();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();

  // A broken guide: the terminal and the page say where; nothing reloads; the hub still works.
  writeFileSync(path.join(dir, 'guides/quill-hr.mdx'), `${guide('Quill HR')}\n<Setps>\n</Setps>\n`);
  const alert = page.getByRole('alert').filter({ hasText: 'A guide has a problem' });
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /quill-hr\.mdx:15:1: unknown component <Setps>: did you mean <Steps>\?/);
  assert.doesNotMatch(text, /\bat \S+ \(|node:internal/, 'no stack trace');
  assert.ok(
    said.some((line) => /quill-hr\.mdx:15:1: unknown component <Setps>/.test(line)),
    said.join('\n'),
  );
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Quill HR/ })
    .waitFor();
  await page.keyboard.press('Escape');

  // Fixed: the page reloads with the guide again, and the problem is gone.
  const fixed = page.waitForEvent('load');
  writeFileSync(path.join(dir, 'guides/quill-hr.mdx'), guide('Quill HR Cloud'));
  await fixed;
  assert.equal(await page.getByRole('alert').filter({ hasText: 'A guide has a problem' }).count(), 0);
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Quill HR Cloud/ })
    .waitFor();
  assert.deepEqual(await violations(), []);
  assert.deepEqual(problems, []);
  await close();
});
