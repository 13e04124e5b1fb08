// The demo keeps what it was given: an account linked on the demo page is still linked after
// the server restarts on the same data folder (the hub shows it Connected), and the key typed
// for it is nowhere in the data folder's files in clear.
import { after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { startDemoServer } from '../../demo/server.mjs';
import { demoDataDir, dbTemplate } from '../server/demo-data.mjs';
import { launch } from './browser.mjs';
import { openPage, test } from './helpers.mjs';

const data = demoDataDir();
const browser = await launch();
after(async () => (await browser.close(), data.remove()));

const KEY = `rk_live_${Date.now().toString(36)}_restart_secret`;

/** The data folder's files that hold `text`, byte for byte. */
const filesHolding = (text) =>
  readdirSync(data.dir, { recursive: true })
    .map((f) => path.join(data.dir, String(f)))
    .filter((f) => statSync(f).isFile() && readFileSync(f).includes(Buffer.from(text)));

test('an account linked on the demo page is still linked after a restart, and its key is not in the data folder in clear', async () => {
  let demo = await startDemoServer({ port: 0, quiet: true, dataDir: data.dir, dbTemplate });
  const { port } = demo.server.address();
  const { page, problems, violations, close } = await openPage(browser, `${demo.origin}/`);
  try {
    await page.getByRole('button', { name: 'Add integration' }).click();
    await page
      .getByRole('dialog', { name: 'Connect an integration' })
      .getByRole('button', { name: /^Flatchr/ })
      .click();
    const form = page.getByRole('dialog', { name: 'Connect Flatchr' });
    await form.getByLabel('API Key', { exact: true }).fill(KEY);
    await form.getByLabel('Company ID', { exact: true }).fill('c-restart');
    await form.getByLabel('Subdomain', { exact: true }).fill('acme');
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Flatchr · c-restart' }).waitFor();

    await demo.close();
    demo = await startDemoServer({ port, quiet: true, dataDir: data.dir });
    await page.reload();
    await page.getByRole('listitem').filter({ hasText: 'Flatchr · c-restart' }).waitFor();
    await page.getByRole('button', { name: 'Add integration' }).click();
    await page
      .getByRole('dialog', { name: 'Connect an integration' })
      .getByRole('button', { name: /^Flatchr Connected · Flatchr · c-restart/ })
      .waitFor();
    assert.deepEqual(await demo.accounts.secretsOf((await demo.accounts.list('demo-customer'))[0].accountId), { apiKey: KEY });
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  } finally {
    await close();
    await demo.close();
  }
  // With the server stopped, everything it wrote is on disk: the key is not there in clear.
  assert.deepEqual(filesHolding(KEY), []);
  assert.ok(filesHolding('c-restart').length > 0, 'the search does read the database files');
});
