// The demo as a person uses it: the built bundle (IIFE and ES module) on the served
// Integrations page, under the demo's strict CSP, driven by role and accessible name.
import { describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, catalog, valueFor, test } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

async function openHub(page) {
  await page.getByRole('button', { name: 'Add integration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect an integration' });
  await dialog.waitFor();
  return dialog;
}

for (const [build, path] of [
  ['IIFE build', '/'],
  ['ES module build', '/esm.html'],
]) {
  describe(`demo, ${build}`, () => {
    // Providers that sign in by redirect (OAuth) have their own tests: oauth.test.mjs.
    for (const provider of catalog.providers.filter((p) => p.authType !== 'oauth2')) {
      test(`links ${provider.name}`, async () => {
        const { page, problems, violations, close } = await openPage(env.browser, env.demo.origin + path);
        const dialog = await openHub(page);
        await dialog.getByRole('searchbox').fill(provider.name.slice(0, 5));
        await dialog.getByRole('button', { name: new RegExp(`^${provider.name}`) }).click();
        const providerDialog = page.getByRole('dialog', { name: `Connect ${provider.name}` });
        await providerDialog.waitFor();
        for (const field of provider.fields) {
          const input = providerDialog.getByLabel(field.label, { exact: true });
          assert.equal(await input.getAttribute('type'), field.secret ? 'password' : 'text', `${field.label} type`);
          // Values of their own per build: the same credentials twice would be an account linked twice (setup.test.mjs).
          await input.fill(valueFor(field, path === '/' ? 'iife' : 'esm'));
        }
        await providerDialog.getByRole('button', { name: 'Connect', exact: true }).click();
        if (provider.key === 'quarry-ats') {
          // Quarry ATS asks after the link which departments to sync (setup.test.mjs tests it).
          await providerDialog.getByRole('checkbox', { name: 'Engineering' }).check();
          await providerDialog.getByRole('button', { name: 'Save', exact: true }).click();
        }
        const popup = page.getByRole('alertdialog');
        await popup.waitFor();
        assert.match(await popup.innerText(), new RegExp(`${provider.name} is connected`));
        await popup.getByRole('button', { name: 'Done' }).click();
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
        await page.getByRole('listitem').filter({ hasText: provider.name }).first().waitFor();
        assert.deepEqual(await violations(), []);
        assert.deepEqual(problems, []);
        await close();
      });
    }

    test('speaks French (and links), and lays Arabic out right to left', async () => {
      const { page, problems, violations, close } = await openPage(env.browser, env.demo.origin + path);
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'fr'));
      await page.getByRole('button', { name: 'Add integration' }).click();
      const dialog = page.getByRole('dialog', { name: 'Connecter une intégration' });
      await dialog.getByRole('searchbox', { name: 'Rechercher une intégration' }).fill('smart');
      await dialog.getByRole('button', { name: /^SmartRecruiters/ }).click();
      const form = page.getByRole('dialog', { name: 'Connecter SmartRecruiters' });
      await form.getByLabel('API Key', { exact: true }).fill(`cle-123-${path === '/' ? 'iife' : 'esm'}`);
      await form.getByRole('button', { name: 'Connecter', exact: true }).click();
      await page.getByRole('alertdialog').getByText('SmartRecruiters est connecté').waitFor();
      await page.getByRole('button', { name: 'Terminé' }).click();
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'ar'));
      await page.getByRole('button', { name: 'Add integration' }).click();
      await page.getByRole('dialog', { name: 'ربط تكامل' }).waitFor();
      assert.equal(await page.locator('link-hub').evaluate((hub) => hub.shadowRoot.querySelector('dialog').dir), 'rtl');
      assert.deepEqual(await violations(), []);
      assert.deepEqual(problems, []);
      await close();
    });

    test('a key the server rejects shows its message, keeps the values, and fixing it links', async () => {
      const { page, problems, violations, close } = await openPage(env.browser, env.demo.origin + path);
      const dialog = await openHub(page);
      await dialog.getByRole('button', { name: /^Flatchr/ }).click();
      const form = page.getByRole('dialog', { name: 'Connect Flatchr' });
      await form.getByLabel('API Key', { exact: true }).fill('bad');
      await form.getByLabel('Company ID', { exact: true }).fill('c-42');
      await form.getByLabel('Subdomain', { exact: true }).fill('acme');
      await form.getByRole('button', { name: 'Connect', exact: true }).click();
      const alert = form.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /Flatchr rejected this API Key \(401 Unauthorized\)/);
      assert.equal(await form.getByLabel('Company ID', { exact: true }).inputValue(), 'c-42');
      assert.equal(await form.getByLabel('Subdomain', { exact: true }).inputValue(), 'acme');
      await form.getByLabel('API Key', { exact: true }).fill(`good-key-123-${path === '/' ? 'iife' : 'esm'}`);
      await form.getByRole('button', { name: 'Connect', exact: true }).click();
      await page.getByRole('alertdialog').waitFor();
      assert.match(await page.getByRole('alertdialog').innerText(), /Flatchr · c-42/);
      assert.deepEqual(await violations(), []);
      // The browser logs the rejected request itself; nothing else may be logged.
      assert.deepEqual(
        problems.filter((p) => !/status of 401/.test(p)),
        [],
      );
      await close();
    });
  });
}
