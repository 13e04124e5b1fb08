#!/usr/bin/env node
// Takes the README's screenshots of the demo in headless Chromium (run after a build):
//   node scripts/screenshots.mjs   -> docs/*.png
import { launch } from '../test/e2e/browser.mjs';
import { startDemoServer } from '../demo/server.mjs';

const demo = await startDemoServer({ port: 0, quiet: true });
const browser = await launch();

async function shot(name, { viewport = { width: 1280, height: 800 }, provider, theme = 'light', lang = 'en', error = false, linked = false, waiting = false } = {}) {
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  demo.accounts.clear();
  if (linked) {
    // Accounts the demo server already holds: its page hands them to the hub as linkedAccounts.
    const createdAt = new Date().toISOString();
    demo.accounts.set('a-1', { accountId: 'a-1', providerKey: 'flatchr', label: 'Flatchr · c-7', values: { companyId: 'c-7', subdomain: 'acme' }, createdAt });
    demo.accounts.set('a-2', { accountId: 'a-2', providerKey: 'northwind-hr', label: 'Northwind HR · acme', values: { workspace: 'acme' }, createdAt });
  }
  await page.goto(`${demo.origin}/`);
  if (linked) await page.getByRole('listitem').first().waitFor();
  await page.evaluate(({ theme, lang, waiting }) => {
    const hub = document.querySelector('link-hub');
    hub.setAttribute('theme', theme);
    document.documentElement.lang = lang;
    if (waiting) {
      window.open = () => null; // as a popup blocker would
      hub.onSubmit = () => ({ redirectUrl: '/fake-idp/authorize?client_id=acme-people&state=demo' });
    }
  }, { theme, lang, waiting });
  await page.getByRole('button', { name: 'Add integration' }).click();
  await page.getByRole('dialog').waitFor();
  if (lang !== 'en') await page.getByRole('dialog', { name: 'Connecter une intégration' }).waitFor();
  if (provider) {
    await page.getByRole('dialog').getByRole('button', { name: new RegExp(`^${provider}`) }).click();
    await page.getByRole('dialog').getByRole('button', { name: /^(Connect|Connecter)$/ }).waitFor();
    if (error) await page.getByRole('dialog').getByRole('button', { name: /^(Connect|Connecter)$/ }).click();
    if (waiting) {
      await page.getByRole('dialog').getByLabel('Workspace', { exact: true }).fill('acme');
      await page.getByRole('dialog').getByRole('button', { name: 'Connect', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Open sign-in window' }).waitFor();
    }
  }
  await page.screenshot({ path: `docs/${name}.png` });
  await page.close();
  console.log(`docs/${name}.png`);
}

await shot('hub-list');
await shot('hub-provider', { provider: 'CharlieHR' });
await shot('hub-dark', { provider: 'Clockwork Recruiting', theme: 'dark', error: true });
await shot('hub-mobile', { provider: 'Flatchr', viewport: { width: 375, height: 740 } });
await shot('hub-fr', { provider: 'ClayHR', lang: 'fr' });
await shot('hub-linked', { linked: true });
await shot('hub-accounts', { provider: 'Flatchr', linked: true });
await shot('hub-blocked', { provider: 'Northwind HR', waiting: true });
await browser.close();
await demo.close();
