// React (link-hub/react) and Vue 3 (<link-hub> directly) host pages, built with Vite from
// this package's entries, each linking a provider end to end under the demo's strict CSP.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, test } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

for (const app of ['react', 'vue']) {
  test(`the ${app} demo links a provider, and its page hears link-hub-success`, async () => {
    const { page, problems, violations, close } = await openPage(env.browser, `${env.demo.origin}/${app}/`);
    await page.getByRole('button', { name: 'Add integration' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect an integration' });
    await dialog.getByRole('button', { name: /^Flatchr/ }).click();
    const form = page.getByRole('dialog', { name: 'Connect Flatchr' });
    await form.getByLabel('API Key', { exact: true }).fill(`${app}-key-1`);
    await form.getByLabel('Company ID', { exact: true }).fill(`${app}-co`);
    await form.getByLabel('Subdomain', { exact: true }).fill('acme');
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Done' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: `Flatchr · ${app}-co` })
      .waitFor();
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
    await close();
  });
}
